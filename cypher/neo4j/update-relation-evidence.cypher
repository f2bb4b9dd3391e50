// Keeps relations whose evidence survives a document delete, with that
// evidence only and the best confidence left among it.
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity)
SET r.confidence = row.confidence, r.evidence = row.evidence, r.evidenceCount = row.evidenceCount, r.docIds = row.docIds
