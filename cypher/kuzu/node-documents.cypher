// Documents that mention an entity, with how many times (spans hold two offsets per mention).
MATCH (n:{{label}} {id: $id})-[m:MENTIONED_IN]->(d:Document)
RETURN d.id AS id, d.title AS title, size(m.spans) / 2 AS mentions
ORDER BY mentions DESC, id
