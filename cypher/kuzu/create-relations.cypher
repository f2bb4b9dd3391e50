// Appends new relations of one type and label pair, for batches too small to repay a COPY (which
// costs about half a second on a non-empty rel table however few rows it adds).
// Row fields go through WITH first so Kuzu hash-joins them (see find-relations.cypher). confidence
// arrives as text (see write-analytics.cypher: a batch mixing 1 and 0.8 would otherwise corrupt).
UNWIND $rows AS row
WITH row, row.from AS source, row.to AS target, CAST(row.confidence AS DOUBLE) AS confidence
MATCH (a:{{from}} {id: source})
WITH a, row, target, confidence
MATCH (b:{{to}} {id: target})
CREATE (a)-[r:{{type}}]->(b)
SET r.id = row.id, r.confidence = confidence, r.docIds = row.docIds, r.evidence = row.evidence, {{setProperties}}
