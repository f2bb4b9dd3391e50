// Which of these document ids are stored, for mentions of documents written earlier.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id
