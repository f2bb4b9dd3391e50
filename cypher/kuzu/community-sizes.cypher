// The largest communities found by analytics (-1 means none yet), largest first.
MATCH (n)
WHERE label(n) IN $types AND n.community >= 0
RETURN n.community AS id, count(*) AS size
ORDER BY size DESC, id
LIMIT $limit
