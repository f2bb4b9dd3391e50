// Template, one per relation type: relationship indexes need a type, so each
// relation type gets its own index on id (edge lookups by id seek through them).
CREATE INDEX relation_{{type}}_id IF NOT EXISTS FOR ()-[r:{{type}}]-() ON (r.id)
