// Every relation touching an entity, either direction, with the other endpoint. The direction
// comes back in r's source/destination ids, compared with self.
MATCH (n:{{label}} {id: $id})-[r]-(m)
WHERE label(r) <> 'MENTIONED_IN'
RETURN id(n) AS self, r, m.id AS otherId, label(m) AS otherType, m.name AS otherName, m.aliases AS otherAliases, m.degree AS otherDegree, m.pagerank AS otherPagerank, m.community AS otherCommunity
