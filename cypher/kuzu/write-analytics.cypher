// Stores degree, PageRank and community on the entities of one table named in $rows.
// Row fields go through WITH first so Kuzu hash-joins them (see find-relations.cypher). PageRank
// arrives as text: kuzu 0.11.3's Node binding types a list of maps from its first element, so a
// whole-number first value would turn every later fraction into garbage (bits read as INT64).
UNWIND $rows AS row
WITH row, row.id AS id, CAST(row.pagerank AS DOUBLE) AS pagerank
MATCH (n:{{label}} {id: id})
SET n.degree = row.degree, n.pagerank = pagerank, n.community = row.community
