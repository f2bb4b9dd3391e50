// Entities whose name or an alias contains the text, case-insensitively.
// Each name scores exact (0) before prefix (2) before substring (4), an alias
// one worse than the name (+1); an entity ranks by its best name, then degree.
// searchText CONTAINS is answered by the entity_search text index.
MATCH (n:Entity)
WHERE n.searchText CONTAINS toLower($query) AND ($types IS NULL OR n.type IN $types)
WITH n, toLower($query) AS q
WITH n, [x IN [n.name] + n.aliases | {text: x, score:
  CASE WHEN toLower(x) = q THEN 0 WHEN toLower(x) STARTS WITH q THEN 2 WHEN toLower(x) CONTAINS q THEN 4 ELSE 100 END
  + CASE WHEN x = n.name THEN 0 ELSE 1 END}] AS candidates
WITH n, reduce(best = candidates[0], c IN candidates | CASE WHEN c.score < best.score THEN c ELSE best END) AS best
WHERE best.score < 100
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases, n.degree AS degree,
  n.pagerank AS pagerank, n.community AS community, best.text AS matched
ORDER BY best.score, degree DESC, name, id
LIMIT $limit
