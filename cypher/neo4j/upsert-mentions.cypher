// Links entities to the documents naming them. spans are [start, end) pairs,
// flattened; a second statement of a link unites its pairs, ordered by offset.
UNWIND $rows AS row
MATCH (n:Entity {id: row.entityId})
MATCH (d:Document {id: row.documentId})
MERGE (n)-[m:MENTIONED_IN]->(d)
WITH m, coalesce(m.spans, []) + row.spans AS spans
SET m.spans = reduce(flat = [], pair IN COLLECT {
    UNWIND range(0, size(spans) - 2, 2) AS i
    WITH DISTINCT spans[i] AS first, spans[i + 1] AS last
    RETURN [first, last] AS pair ORDER BY first, last
  } | flat + pair)
