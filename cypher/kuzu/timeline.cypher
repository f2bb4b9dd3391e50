// Dated relations overlapping [$since, $until] (an open end passes), touching $ids unless $anyEntity,
// in time order: validFrom, then validTo (unknown ends last), then id. The filter comes after a WITH:
// list_contains right after MATCH returns wrong rows in Kuzu 0.11.3 (see edges-from.cypher).
MATCH (a)-[r]->(b)
WITH a, r, b
WHERE label(r) <> 'MENTIONED_IN' AND (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL)
  AND (r.validTo IS NULL OR r.validTo >= $since) AND (r.validFrom IS NULL OR r.validFrom <= $until)
  AND ($anyEntity OR list_contains($ids, a.id) OR list_contains($ids, b.id))
RETURN r, a.id AS source, b.id AS target
ORDER BY r.validFrom IS NULL, r.validFrom, r.validTo IS NULL, r.validTo, r.id
LIMIT $limit
