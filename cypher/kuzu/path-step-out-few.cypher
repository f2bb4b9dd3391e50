// path-step-out.cypher for a small frontier: the frontier found by one scan of the node tables
// (~8 ms) rather than joined from an UNWIND (~35 ms whatever its size, which dominated a search of
// a few levels). The scan compares each node with every id, so it loses beyond ~100 ids.
MATCH (a)
WITH a
WHERE list_contains($ids, a.id)
MATCH (a)-[r]->(m)
WITH a, r, m
WHERE label(r) IN $relTypes AND NOT list_contains($avoidEdges, r.id)
  AND (r.validTo IS NULL OR r.validTo >= $since) AND (r.validFrom IS NULL OR r.validFrom <= $until)
  AND (m.id = $target OR (NOT label(m) IN $avoidTypes AND NOT list_contains($avoidNodes, m.id) AND m.degree <= $maxDegree))
RETURN a.id AS prev, r.id AS edge, m.id AS next
