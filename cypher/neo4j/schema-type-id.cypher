// Template, one per entity type: lets queries written against a type label, such as
// MATCH (p:Person {id: $id}), seek by id instead of scanning the label.
CREATE CONSTRAINT entity_{{label}}_id IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.id IS UNIQUE
