// Titles of these documents, to label evidence.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.title AS title
