// One page of an entity's relations with the neighbours they lead to, best
// connected neighbour first (then name, then relation id). The filters are the
// same as neighbor-counts'. A symmetric relation ($symmetric) has no direction
// to filter on, so it matches whichever direction is asked for.
MATCH (c:Entity {id: $id})-[r]-(m:Entity)
WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
  AND ($types IS NULL OR m.type IN $types)
  AND ($direction = 'both' OR type(r) IN $symmetric
    OR ($direction = 'out' AND startNode(r) = c) OR ($direction = 'in' AND endNode(r) = c))
RETURN {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
    confidence: r.confidence, evidenceCount: r.evidenceCount, properties: properties(r),
    validFrom: r.validFrom, validTo: r.validTo} AS edge,
  m {.id, .type, .name, .aliases, .degree, .pagerank, .community} AS node
ORDER BY m.degree DESC, m.name, r.id
SKIP $offset
LIMIT $limit
