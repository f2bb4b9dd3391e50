// One relation by id, with its endpoints.
MATCH (a)-[r]->(b)
WHERE label(r) <> 'MENTIONED_IN' AND r.id = $id
RETURN r, a.id AS source, b.id AS target
LIMIT 1
