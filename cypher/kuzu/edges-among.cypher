// Template: edges-from.cypher for a small node set, the targets tested in Kuzu: a hub's thousands
// of relations then never leave the engine. The test follows a WITH (right after MATCH, Kuzu 0.11.3
// returns wrong rows for it) and compares each row with every id, so large sets use edges-from.
UNWIND $ids AS id
MATCH (a {id: id})-[r]->(b)
WITH a, r, b
WHERE label(r) <> 'MENTIONED_IN' AND list_contains($to, b.id)
RETURN label(r) AS type, r.id AS id, r.confidence AS confidence, r.evidence AS evidence, {{relColumns}}, a.id AS source, b.id AS target
