// Every entity's names, for the loader's cross-document resolution.
MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases
