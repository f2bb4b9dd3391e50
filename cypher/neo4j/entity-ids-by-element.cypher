// Entity ids of nodes known only by element id: a relationship in a read-only
// query's result names its endpoints that way, and the wire form needs ids.
UNWIND $elementIds AS eid
MATCH (n:Entity)
WHERE elementId(n) = eid
RETURN eid AS elementId, n.id AS id
