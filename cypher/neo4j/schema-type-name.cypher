// Template, one per entity type: people write MATCH (p:Person {name: 'Ana Ruiz'}) by hand.
CREATE INDEX entity_{{label}}_name IF NOT EXISTS FOR (n:{{label}}) ON (n.name)
