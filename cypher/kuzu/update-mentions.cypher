// Writes merged spans onto existing mention links from one entity table.
// Row fields go through WITH first so Kuzu hash-joins them (see find-relations.cypher).
UNWIND $rows AS row
WITH row, row.entityId AS entityId, row.documentId AS documentId
MATCH (e:{{label}} {id: entityId})-[m:MENTIONED_IN]->(d:Document {id: documentId})
SET m.spans = row.spans
