// One document with its text and how many entities it mentions.
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.published AS published, d.source AS source, d.text AS text,
  coalesce(d.length, size(d.text)) AS length, COUNT { (:Entity)-[:MENTIONED_IN]->(d) } AS entities
