// Template: {{selector}} is ANY (one shortest path) or ALL (every shortest
// path), {{maxHops}} the hop bound, a validated integer: Cypher takes neither
// as a parameter. Each step is one relation between entities, so a path never
// runs through MENTIONED_IN or a Document. The step predicates sit inside the
// quantified path pattern, so the search itself skips what they exclude instead
// of filtering the paths it found (which would lose longer valid ones).
// A step follows its relation forwards for 'out', backwards for 'in', either
// way for 'both'; a symmetric relation ($symmetric) goes either way in every
// mode. Node filters apply to intermediate nodes only: every y but $to.
// A dated relation must overlap [$since, $until]; an undated one passes.
MATCH p = {{selector}} SHORTEST (:Entity {id: $from})
  ((x:Entity)-[r]-(y:Entity)
    WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
      AND ($direction = 'both' OR type(r) IN $symmetric
        OR ($direction = 'out' AND startNode(r) = x) OR ($direction = 'in' AND endNode(r) = x))
      AND NOT r.id IN $avoidEdges
      AND ($since IS NULL OR r.validTo IS NULL OR r.validTo >= $since)
      AND ($until IS NULL OR r.validFrom IS NULL OR r.validFrom <= $until)
      AND (y.id = $to OR (NOT y.type IN $avoidTypes AND NOT y.id IN $avoidNodes
        AND ($maxDegree IS NULL OR y.degree <= $maxDegree)))
  ){1,{{maxHops}}}
  (:Entity {id: $to})
RETURN [n IN nodes(p) | n.id] AS nodeIds, [e IN relationships(p) | e.id] AS edgeIds
ORDER BY edgeIds
LIMIT $limit
