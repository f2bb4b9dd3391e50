// Counts of everything, per type where the ontology has types. COLLECT
// subqueries keep the one result row even when the store is empty.
RETURN COUNT { (:Document) } AS documents,
  COUNT { ()-[:MENTIONED_IN]->() } AS mentions,
  COLLECT { MATCH (n:Entity) WITH n.type AS type, count(*) AS total RETURN {type: type, count: total} } AS entitiesByType,
  COLLECT { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS total RETURN {type: type, count: total} } AS relationsByType
