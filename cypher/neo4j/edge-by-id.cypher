// Template, one branch per relation type joined with UNION ALL: only a typed
// pattern can seek through that type's relation_<type>_id index.
MATCH (a:Entity)-[r:{{type}} {id: $id}]->(b:Entity)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target,
  r.confidence AS confidence, r.evidence AS evidence, properties(r) AS properties,
  r.validFrom AS validFrom, r.validTo AS validTo
