// Every relation of an entity, with the entity at its other end.
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
RETURN r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
  r.confidence AS confidence, r.evidence AS evidence, properties(r) AS properties,
  r.validFrom AS validFrom, r.validTo AS validTo,
  m {.id, .type, .name, .aliases, .degree, .pagerank, .community} AS other
