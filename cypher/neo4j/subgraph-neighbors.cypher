// The entities next to the named ones, best connected first (then id), to grow
// a subgraph up to its node limit.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[]-(m:Entity)
WHERE NOT m.id IN $ids
WITH DISTINCT m
RETURN m.id AS id, m.type AS type, m.name AS name, m.aliases AS aliases, m.degree AS degree,
  m.pagerank AS pagerank, m.community AS community
ORDER BY m.degree DESC, m.id
LIMIT $limit
