// Neighbours of the named entities (either direction, relations only), best-connected first. The
// named ones are dropped by the caller: in kuzu 0.11.3 an undirected match filtered on
// list_contains($ids, b.id) crashes the process.
UNWIND $ids AS id
MATCH (a {id: id})-[r]-(b)
WHERE label(r) <> 'MENTIONED_IN'
RETURN DISTINCT b.id AS id, b.degree AS degree
ORDER BY degree DESC, id
LIMIT $limit
