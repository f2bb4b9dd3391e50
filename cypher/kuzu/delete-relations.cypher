// Removes relations left without evidence.
// Row fields go through WITH first so Kuzu hash-joins them (see find-relations.cypher).
UNWIND $rows AS row
WITH row, row.source AS source, row.target AS target
MATCH (a:{{from}} {id: source})-[r:{{type}}]->(b:{{to}} {id: target})
WHERE r.id = row.id
DELETE r
