// Which of these entity ids are stored, and as what type: relations and
// mentions in a batch may refer to entities written by earlier batches.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.type AS type
