// Full-text (Lucene) index over names and aliases for ad hoc fuzzy queries
// (db.index.fulltext.queryNodes('entity_names', 'binchen~')). Full-text indexes
// only index string properties, so aliases are also kept joined in aliasText.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
