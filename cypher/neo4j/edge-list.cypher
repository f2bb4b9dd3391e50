// Every relation's endpoints (links to documents are not relations), for the
// analytics computed outside the engine.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS source, b.id AS target
