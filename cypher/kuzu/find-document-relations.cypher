// Relations with evidence from a document about to be deleted, with both endpoints' labels.
UNWIND $ids AS docId
MATCH (a)-[r]->(b)
WHERE label(r) <> 'MENTIONED_IN' AND list_contains(r.docIds, docId)
RETURN r, a.id AS source, label(a) AS sourceLabel, b.id AS target, label(b) AS targetLabel
