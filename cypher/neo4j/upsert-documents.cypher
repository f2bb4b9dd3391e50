// Writes documents; a reloaded document replaces its stored fields. length is
// the text's length as JS counts it (UTF-16 units), the unit of mention offsets.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.published = row.published, d.source = row.source, d.hash = row.hash, d.text = row.text, d.length = row.length
