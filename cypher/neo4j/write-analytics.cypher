// Stores the analytics computed at load; entities not named keep theirs.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.degree = row.degree, n.pagerank = row.pagerank, n.community = row.community
