// Every relation edge's endpoints (mention links excluded), for analytics computed outside the engine.
MATCH (a)-[r]->(b)
WHERE label(r) <> 'MENTIONED_IN'
RETURN a.id AS source, b.id AS target
