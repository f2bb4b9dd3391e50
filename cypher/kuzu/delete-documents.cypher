// Removes documents and, with them, every mention link into them.
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d
