// Content hash of every stored document, so a reload skips unchanged files.
MATCH (d:Document)
RETURN d.id AS id, d.hash AS hash
