// Degree counts relations to other entities, not links to documents.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.degree = COUNT { (n)-[]-(:Entity) }
