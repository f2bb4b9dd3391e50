// Template, one branch per relation type joined with UNION ALL: relations by a
// list of ids with their evidence, for exports; each branch seeks its id index.
MATCH (a:Entity)-[r:{{type}}]->(b:Entity)
WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target,
  r.confidence AS confidence, r.evidence AS evidence, properties(r) AS properties,
  r.validFrom AS validFrom, r.validTo AS validTo
