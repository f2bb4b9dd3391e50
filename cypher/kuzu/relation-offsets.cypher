// Internal row offsets of these relations, to exclude them inside a recursive path predicate.
MATCH ()-[r]->()
WHERE label(r) <> 'MENTIONED_IN' AND list_contains($ids, r.id)
RETURN label(r) AS label, offset(id(r)) AS offset
