// One breadth-first step of a path search along stored direction "out" from the frontier $ids,
// for searches Kuzu's recursive patterns cannot express (directed, with symmetric types both ways).
// The node conditions apply to every node reached except the target.
UNWIND $ids AS id
MATCH (a {id: id})-[r]->(m)
WHERE label(r) IN $relTypes AND NOT list_contains($avoidEdges, r.id)
  AND (r.validTo IS NULL OR r.validTo >= $since) AND (r.validFrom IS NULL OR r.validFrom <= $until)
  AND (m.id = $to OR (NOT label(m) IN $avoidTypes AND NOT list_contains($avoidNodes, m.id) AND m.degree <= $maxDegree))
RETURN a.id AS prev, r.id AS edge, m.id AS next
