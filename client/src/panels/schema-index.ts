// Quick lookups into /api/schema for the panels: a type's display info by name.
import type { EntityTypeInfo, RelationTypeInfo, Schema } from '../types.js';

export interface SchemaIndex {
  entity(type: string): EntityTypeInfo | undefined;
  relation(type: string): RelationTypeInfo | undefined;
  /** A type's display label, or the raw name for a type the schema lacks. */
  entityLabel(type: string): string;
}

export function indexSchema(schema: Schema): SchemaIndex {
  const entities = new Map<string, EntityTypeInfo>(schema.entityTypes.map((t) => [t.type, t]));
  const relations = new Map<string, RelationTypeInfo>(schema.relationTypes.map((r) => [r.type, r]));
  return {
    entity: (type) => entities.get(type),
    relation: (type) => relations.get(type),
    entityLabel: (type) => entities.get(type)?.label ?? type,
  };
}
