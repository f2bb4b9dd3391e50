// One breadth-first step of a path search along stored direction "in" from the frontier $ids, for
// searches Kuzu's recursive patterns cannot express (see paths.ts). The node conditions apply to every
// node reached except $target, the endpoint the search runs towards. The filters follow a WITH: right
// after MATCH, Kuzu 0.11.3 returns wrong rows for list_contains (see edges-from.cypher).
UNWIND $ids AS id
MATCH (a {id: id})<-[r]-(m)
WITH a, r, m
WHERE label(r) IN $relTypes AND NOT list_contains($avoidEdges, r.id)
  AND (r.validTo IS NULL OR r.validTo >= $since) AND (r.validFrom IS NULL OR r.validFrom <= $until)
  AND (m.id = $target OR (NOT label(m) IN $avoidTypes AND NOT list_contains($avoidNodes, m.id) AND m.degree <= $maxDegree))
RETURN a.id AS prev, r.id AS edge, m.id AS next
