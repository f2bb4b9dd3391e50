// Replaces a stored document's fields (an unchanged document written again).
MATCH (d:Document {id: $id})
SET d.title = $title, d.published = $published, d.source = $source, d.hash = $hash, d.text = $text
