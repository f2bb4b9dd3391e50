// One entity by id in one table: the adapter tries each entity table by primary key.
MATCH (n:{{label}} {id: $id})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.degree AS degree, n.pagerank AS pagerank, n.community AS community, n.merges AS merges
