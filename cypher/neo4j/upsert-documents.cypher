// Writes documents; a reloaded document replaces its stored fields.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.published = row.published, d.source = row.source, d.hash = row.hash, d.text = row.text
