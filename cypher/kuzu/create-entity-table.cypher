// Schema template: one node table per entity type; {{label}} comes from the ontology.
// degree is the number of relation edges (kept current by the adapter); pagerank and community are
// filled by analytics (-1: no community yet). merges is a JSON array of the names folded into the entity.
CREATE NODE TABLE IF NOT EXISTS {{label}}(id STRING PRIMARY KEY, name STRING, aliases STRING[], degree INT64 DEFAULT 0, pagerank DOUBLE DEFAULT 0, community INT64 DEFAULT -1, merges STRING DEFAULT '[]')
