// Members of the given communities (the largest, from community-sizes.cypher), best PageRank first
// within each: one scan for all of them, where a query per community scanned the nodes twenty times.
// The adapter keeps the first few of each. The filter follows a WITH (see edges-from.cypher).
MATCH (n)
WITH n
WHERE label(n) IN $types AND list_contains($communities, n.community)
RETURN n.community AS community, n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases, n.degree AS degree, n.pagerank AS pagerank
ORDER BY community, pagerank DESC, id
