// Which of these entity ids are stored, as what type, with which recorded
// merges: relations and mentions in a batch may refer to entities written by
// earlier batches, and merges (a JSON string) are united by the adapter.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.type AS type, n.merges AS merges
