// Which of these ids already exist in one entity table, with their aliases and merges (to merge into).
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.merges AS merges
