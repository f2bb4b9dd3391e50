// Node count per table (entity types and Document).
MATCH (n)
RETURN label(n) AS label, count(*) AS count
