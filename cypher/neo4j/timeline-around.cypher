// timeline.cypher for the relations touching the entities in $ids only: starts
// from those entities instead of scanning every relation. Same window, same order.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT r
WHERE (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL)
  AND ($since IS NULL OR r.validTo IS NULL OR r.validTo >= $since)
  AND ($until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $until)
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, confidence: r.confidence,
    evidenceCount: r.evidenceCount, properties: properties(r), validFrom: r.validFrom, validTo: r.validTo} AS edge,
  a {.id, .type, .name, .aliases, .degree, .pagerank, .community} AS sourceNode,
  b {.id, .type, .name, .aliases, .degree, .pagerank, .community} AS targetNode
ORDER BY r.validFrom, r.validTo, r.id
LIMIT $limit
