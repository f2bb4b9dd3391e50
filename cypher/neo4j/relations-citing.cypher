// Relations with evidence from the given documents. docIds is a list, which no
// index answers membership for, so this scans relationships once per delete call.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE any(docId IN r.docIds WHERE docId IN $ids)
RETURN r.id AS id, a.id AS source, b.id AS target, r.evidence AS evidence
