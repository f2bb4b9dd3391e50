// Dated relations overlapping [$since, $until] (a null bound is open), earliest
// first: by validFrom, then validTo (Cypher sorts nulls last), then id. An
// undated relation has no place on a timeline.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL)
  AND ($since IS NULL OR r.validTo IS NULL OR r.validTo >= $since)
  AND ($until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $until)
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, confidence: r.confidence,
    evidenceCount: r.evidenceCount, properties: properties(r), validFrom: r.validFrom, validTo: r.validTo} AS edge,
  a {.id, .type, .name, .aliases, .degree, .pagerank, .community} AS sourceNode,
  b {.id, .type, .name, .aliases, .degree, .pagerank, .community} AS targetNode
ORDER BY r.validFrom, r.validTo, r.id
LIMIT $limit
