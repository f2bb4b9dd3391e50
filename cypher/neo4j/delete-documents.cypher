// Deletes documents with their mentions; returns the entities they mentioned,
// which may now be orphans.
UNWIND $ids AS docId
MATCH (d:Document {id: docId})
OPTIONAL MATCH (n:Entity)-[:MENTIONED_IN]->(d)
WITH d, collect(n.id) AS entityIds
DETACH DELETE d
RETURN entityIds
