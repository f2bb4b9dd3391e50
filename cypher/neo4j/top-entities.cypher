// The entities with the highest PageRank (then degree, then id); an entity
// written before analytics ran counts as PageRank 0.
MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, n.degree AS degree,
  n.pagerank AS pagerank, n.community AS community
ORDER BY coalesce(n.pagerank, 0.0) DESC, coalesce(n.degree, 0) DESC, n.id
LIMIT $limit
