// Schema template: the source documents; {{label}} is the ontology's document label.
CREATE NODE TABLE IF NOT EXISTS {{label}}(id STRING PRIMARY KEY, title STRING, published STRING, source STRING, hash STRING, text STRING)
