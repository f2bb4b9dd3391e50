// Entities mentioned in these documents: candidates for removal once the documents are gone.
UNWIND $ids AS id
MATCH (e)-[:MENTIONED_IN]->(d:Document {id: id})
RETURN DISTINCT e.id AS id, label(e) AS label
