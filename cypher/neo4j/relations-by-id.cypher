// Stored state of relations about to be merged: evidence is a JSON string that
// only the adapter can unite, so it is read first, inside the same transaction.
// The walk starts at the source entity, which the id constraint finds directly.
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity)
RETURN r.id AS id, type(r) AS type, r.confidence AS confidence, r.evidence AS evidence, properties(r) AS properties,
  r.validFrom AS validFrom, r.validTo AS validTo
