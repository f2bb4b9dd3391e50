// Schema template: one rel table per relation type. {{endpoints}} lists the ontology's allowed
// (from, to) pairs; {{propertyColumns}} every relation property plus validFrom/validTo (ISO dates
// compared as strings). evidence is a JSON array of Evidence.
CREATE REL TABLE IF NOT EXISTS {{type}}({{endpoints}}, id STRING, {{propertyColumns}}, confidence DOUBLE, docIds STRING[], evidence STRING)
