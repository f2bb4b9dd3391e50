// Drops entities left with no mention and no relation.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (n)-[:MENTIONED_IN]->(:Document) } AND NOT EXISTS { (n)-[]-(:Entity) }
DETACH DELETE n
