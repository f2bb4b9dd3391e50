// One page (from the start) of outgoing relations of an entity, best-connected neighbours first.
MATCH (n:{{label}} {id: $id})-[r]->(m)
WHERE label(r) IN $relTypes AND label(m) IN $types
RETURN r, n.id AS source, m.id AS target, m.id AS otherId, label(m) AS otherType, m.name AS otherName, m.aliases AS otherAliases, m.degree AS otherDegree, m.pagerank AS otherPagerank, m.community AS otherCommunity
ORDER BY otherDegree DESC, otherName, r.id
LIMIT $limit
