// Recounts the relation edges (not mentions) of these entities; degree ranks search hits and neighbours.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
OPTIONAL MATCH (n)-[r]-()
WHERE label(r) <> 'MENTIONED_IN'
WITH n, count(r) AS degree
SET n.degree = degree
