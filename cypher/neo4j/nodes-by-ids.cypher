// The entities with these ids that exist (ids of a path, a subgraph, a timeline).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, n.degree AS degree,
  n.pagerank AS pagerank, n.community AS community
