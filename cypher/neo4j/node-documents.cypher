// The documents naming an entity, most mentions first; spans hold two offsets per mention.
MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document)
RETURN d.id AS id, d.title AS title, size(m.spans) / 2 AS mentions
ORDER BY mentions DESC, id
