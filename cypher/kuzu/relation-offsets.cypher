// Internal row offsets of these relations, to exclude them inside a recursive path predicate.
// Hash-joined on the id, as edges-by-ids.cypher.
UNWIND $ids AS rid
MATCH ()-[r]->()
WHERE r.id = rid
WITH r
WHERE label(r) <> 'MENTIONED_IN'
RETURN label(r) AS label, offset(id(r)) AS offset
