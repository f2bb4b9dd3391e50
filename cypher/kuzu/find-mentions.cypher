// Stored mention links into these documents, to merge spans instead of duplicating links.
UNWIND $ids AS id
MATCH (e)-[m:MENTIONED_IN]->(d:Document {id: id})
RETURN e.id AS entityId, d.id AS documentId, m.spans AS spans
