// Relationship count per table (relation types and MENTIONED_IN).
MATCH ()-[r]->()
RETURN label(r) AS label, count(*) AS count
