// The relations with these ids, with their endpoints. Relation ids carry no index: this scans.
MATCH (a)-[r]->(b)
WHERE label(r) <> 'MENTIONED_IN' AND list_contains($ids, r.id)
RETURN r, a.id AS source, b.id AS target
