// The members of one community with the highest PageRank.
MATCH (n)
WHERE label(n) IN $types AND n.community = $community
RETURN n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases, n.degree AS degree, n.pagerank AS pagerank, n.community AS community
ORDER BY pagerank DESC, id
LIMIT $limit
