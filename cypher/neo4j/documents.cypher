// One page of documents by id, with how many entities each mentions. Stores
// written before length was kept fall back to size() (code points).
MATCH (d:Document)
WITH d ORDER BY d.id SKIP $offset LIMIT $limit
RETURN d.id AS id, d.title AS title, d.published AS published, d.source AS source,
  coalesce(d.length, size(d.text)) AS length, COUNT { (:Entity)-[:MENTIONED_IN]->(d) } AS entities
ORDER BY id
