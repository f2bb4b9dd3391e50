// Writes merged alias lists and merge records (existing ∪ new) onto stored entities of one table.
// Row fields go through WITH first so Kuzu hash-joins them (see find-relations.cypher).
UNWIND $rows AS row
WITH row, row.id AS id
MATCH (n:{{label}} {id: id})
SET n.aliases = row.aliases, n.merges = row.merges
