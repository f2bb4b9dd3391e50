// Every entity mentioned in one document, with the flattened [start, end) spans of its mentions.
MATCH (e)-[m:MENTIONED_IN]->(d:Document {id: $id})
RETURN e.id AS entityId, e.name AS name, label(e) AS type, m.spans AS spans
