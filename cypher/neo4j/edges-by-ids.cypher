// Template, one branch per relation type joined with UNION ALL: the relations
// with these ids that exist, each branch seeking through its type's id index.
MATCH (a:Entity)-[r:{{type}}]->(b:Entity)
WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target,
  r.confidence AS confidence, r.evidenceCount AS evidenceCount, properties(r) AS properties,
  r.validFrom AS validFrom, r.validTo AS validTo
