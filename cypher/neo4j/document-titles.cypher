// Titles of the documents that evidence cites.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.title AS title
