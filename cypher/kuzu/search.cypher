// Entities whose name or an alias contains the query, case-insensitive. score ranks the best
// candidate: exact (0) before prefix (2) before substring (4), a name before an alias (+1).
MATCH (n)
WHERE label(n) IN $types
UNWIND list_concat([n.name], n.aliases) AS candidate
WITH n, candidate, lower(candidate) AS lc, lower($query) AS q
WHERE contains(lc, q)
WITH n, min(
  CASE WHEN lc = q THEN 0 WHEN starts_with(lc, q) THEN 2 ELSE 4 END
  + CASE WHEN candidate = n.name THEN 0 ELSE 1 END
) AS score
RETURN n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases, n.degree AS degree, n.pagerank AS pagerank, n.community AS community, score
ORDER BY score, degree DESC, name, id
LIMIT $limit
