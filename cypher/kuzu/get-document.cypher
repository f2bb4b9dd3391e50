// One document with its fields.
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.published AS published, d.source AS source, d.text AS text
