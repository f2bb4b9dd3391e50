// The entities of one table among these ids, in their wire form.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.degree AS degree, n.pagerank AS pagerank, n.community AS community
