// Template: the relations with these ids, with their endpoints, as columns (see edges-from.cypher).
// Relation ids carry no index: this scans every relation once, hash-joined on the id (a
// list_contains($ids, r.id) filter compared every relation with every id: 1.4 s per 2,000 ids).
UNWIND $ids AS rid
MATCH (a)-[r]->(b)
WHERE r.id = rid
WITH a, r, b
WHERE label(r) <> 'MENTIONED_IN'
RETURN label(r) AS type, r.id AS id, r.confidence AS confidence, r.evidence AS evidence, {{relColumns}}, a.id AS source, b.id AS target
