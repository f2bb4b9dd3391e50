// Appends new mention links from one entity table, for batches too small to repay a COPY.
// spans arrive as a JSON string: Kuzu cannot type a parameter list that may be empty. The cast
// happens in the first WITH because Kuzu 0.11 loses its value when cast inside CREATE or SET.
UNWIND $rows AS row
WITH row.from AS entityId, row.to AS documentId, CAST(row.spans AS INT64[]) AS spans
MATCH (e:{{label}} {id: entityId})
WITH e, documentId, spans
MATCH (d:Document {id: documentId})
CREATE (e)-[:MENTIONED_IN {spans: spans}]->(d)
