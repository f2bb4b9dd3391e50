// Every entity's names, for the loader's cross-document resolution.
MATCH (n)
WHERE label(n) IN $types
RETURN n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases
