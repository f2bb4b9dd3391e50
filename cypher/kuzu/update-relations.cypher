// Writes merged evidence, confidence, document ids and properties onto stored relations.
// Row fields go through WITH first so Kuzu hash-joins them (see find-relations.cypher); confidence
// arrives as text (see create-relations.cypher).
UNWIND $rows AS row
WITH row, row.source AS source, row.target AS target, CAST(row.confidence AS DOUBLE) AS confidence
MATCH (a:{{from}} {id: source})-[r:{{type}}]->(b:{{to}} {id: target})
WHERE r.id = row.id
SET r.confidence = confidence, r.docIds = row.docIds, r.evidence = row.evidence, {{setProperties}}
