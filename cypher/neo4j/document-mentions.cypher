// Every entity a document mentions, with the [start, end) offsets of each mention, flattened.
MATCH (n:Entity)-[m:MENTIONED_IN]->(:Document {id: $id})
RETURN n.id AS entityId, n.name AS name, n.type AS type, m.spans AS spans
