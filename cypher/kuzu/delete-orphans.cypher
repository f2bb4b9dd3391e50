// Removes entities of one table left with no mention and no relation.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
WHERE NOT EXISTS { MATCH (n)-[]-() }
DELETE n
