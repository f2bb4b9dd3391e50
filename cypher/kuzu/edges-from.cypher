// Template: every relation stored from the entities in $ids, as columns (a whole `r` costs ~5x more to
// convert). The caller keeps those whose target is in its node set: Kuzu 0.11.3 answers a
// list_contains($to, b.id) filter right after UNWIND/MATCH with wrong rows (one relation repeated,
// ids truncated), and even after a WITH it costs O(|$to|) per row (8 s for 20k ids).
// {{relColumns}} lists every property and validity column (template.ts checks its shape).
UNWIND $ids AS id
MATCH (a {id: id})-[r]->(b)
WITH a, r, b
WHERE label(r) <> 'MENTIONED_IN'
RETURN label(r) AS type, r.id AS id, r.confidence AS confidence, r.evidence AS evidence, {{relColumns}}, a.id AS source, b.id AS target
