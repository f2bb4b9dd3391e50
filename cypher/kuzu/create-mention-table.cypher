// Schema template: entity → document links; spans are flattened [start, end) offsets of each mention.
CREATE REL TABLE IF NOT EXISTS {{type}}({{endpoints}}, spans INT64[])
