// One entity by id; merges is a JSON string (recorded name merges).
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, n.degree AS degree,
  n.pagerank AS pagerank, n.community AS community, n.merges AS merges
