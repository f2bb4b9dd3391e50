// Relations with evidence from a document about to be deleted, with both endpoints' labels.
// The list_contains filter comes after a WITH: right after UNWIND/MATCH, Kuzu 0.11.3 returns wrong
// rows for it on some data (see edges-from.cypher).
UNWIND $ids AS docId
MATCH (a)-[r]->(b)
WITH a, r, b, docId
WHERE label(r) <> 'MENTIONED_IN' AND list_contains(r.docIds, docId)
RETURN r, a.id AS source, label(a) AS sourceLabel, b.id AS target, label(b) AS targetLabel
