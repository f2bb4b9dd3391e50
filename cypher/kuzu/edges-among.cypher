// Relations stored from a node in $from to a node in $to: a subgraph's edges, never a dangling one.
UNWIND $from AS id
MATCH (a {id: id})-[r]->(b)
WHERE label(r) <> 'MENTIONED_IN' AND list_contains($to, b.id)
RETURN r, a.id AS source, b.id AS target
