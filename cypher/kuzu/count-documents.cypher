// How many documents are stored.
MATCH (d:Document)
RETURN count(*) AS count
