// How many of an entity's relations match the neighbours filters, per relation
// type: the page's total and, less the page, what it hides. Same filters as neighbors.
MATCH (c:Entity {id: $id})-[r]-(m:Entity)
WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
  AND ($types IS NULL OR m.type IN $types)
  AND ($direction = 'both' OR type(r) IN $symmetric
    OR ($direction = 'out' AND startNode(r) = c) OR ($direction = 'in' AND endNode(r) = c))
RETURN type(r) AS type, count(*) AS count
