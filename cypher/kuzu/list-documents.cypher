// One page of documents by id, with how many distinct entities each mentions. The text comes back so
// its length is counted as the API counts offsets (UTF-16 units; Kuzu's size() counts code points).
MATCH (d:Document)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(d)
WITH d, count(DISTINCT e) AS entities
RETURN d.id AS id, d.title AS title, d.published AS published, d.source AS source, d.text AS text, entities
ORDER BY id
SKIP $offset
LIMIT $limit
