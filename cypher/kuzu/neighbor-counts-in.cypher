// How many incoming relations of each type match the filters, for paging and hidden counts.
MATCH (n:{{label}} {id: $id})<-[r]-(m)
WHERE label(r) IN $relTypes AND label(m) IN $types
RETURN label(r) AS type, count(*) AS count
