// The entities with the highest PageRank (then degree, then id), for the overview.
MATCH (n)
WHERE label(n) IN $types
RETURN n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases, n.degree AS degree, n.pagerank AS pagerank, n.community AS community
ORDER BY pagerank DESC, degree DESC, id
LIMIT $limit
