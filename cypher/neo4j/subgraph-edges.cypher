// Relations from the entities in $from to any entity in $ids: with $from = $ids
// every edge among the set (induced), with $from the named nodes only the
// edges touching them. Either way no edge leaves the set.
UNWIND $from AS id
MATCH (:Entity {id: id})-[r]-(b:Entity)
WHERE b.id IN $ids
WITH DISTINCT r
RETURN r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
  r.confidence AS confidence, r.evidenceCount AS evidenceCount, properties(r) AS properties,
  r.validFrom AS validFrom, r.validTo AS validTo
