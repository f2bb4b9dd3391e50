// Writes relations already merged with their stored state (relations-by-id).
// The relation type is the relationship type; props carries every relation
// property key, null for absent ones, so += also clears them. validFrom and
// validTo are ISO dates already merged (a stored date is kept).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r.confidence = row.confidence, r.evidence = row.evidence, r.evidenceCount = row.evidenceCount, r.docIds = row.docIds,
  r.validFrom = row.validFrom, r.validTo = row.validTo
SET r += row.props
