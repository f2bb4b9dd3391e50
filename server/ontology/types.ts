// The one definition of what the graph may hold. Stores, API, client styles,
// legend and exporters all derive from these tables; add a type here and
// everything else follows (tests/unit/ontology.test.ts checks that it does).
import { z } from 'zod';

export const ENTITY_TYPES = ['Person', 'Organization', 'Location', 'Event', 'Substance', 'Other'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const RELATION_TYPES = [
  'HOLDS_POSITION', 'MEMBER_OF', 'PART_OF', 'LOCATED_IN', 'PARTICIPATED_IN', 'FOUNDED', 'MET_WITH',
  'COOPERATES_WITH', 'EDUCATED_AT', 'NATIONALITY', 'CHARGED_BY', 'ARRESTED_BY', 'INVOLVED_WITH',
] as const;
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** The node label of source documents, and the link from an entity to each document naming it. */
export const DOCUMENT_LABEL = 'Document' as const;
export const MENTIONED_IN = 'MENTIONED_IN' as const;

/** Cytoscape node shapes the client may use; kept to ones every renderer draws. */
export const NODE_SHAPES = ['ellipse', 'round-rectangle', 'diamond', 'hexagon', 'triangle', 'barrel', 'rectangle'] as const;

export const EntityTypeMetaSchema = z.object({
  label: z.string(),
  plural: z.string(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  shape: z.enum(NODE_SHAPES),
  description: z.string(),
});
export type EntityTypeMeta = z.infer<typeof EntityTypeMetaSchema>;

/**
 * Optional properties a relation may carry. Every store gives every relation
 * type these columns, so a query can filter on them without knowing the type.
 */
export const RELATION_PROPERTIES = ['role', 'action', 'status', 'start', 'end', 'date'] as const;
export const RelationPropertyKeySchema = z.enum(RELATION_PROPERTIES);
export type RelationPropertyKey = z.infer<typeof RelationPropertyKeySchema>;

export const RelationTypeMetaSchema = z.object({
  /** Reads between the two names: "Ana Ruiz — holds position at → Harbour Police". */
  label: z.string(),
  /** Reads from the target back to the source, for incoming edges. */
  inverseLabel: z.string(),
  symmetric: z.boolean(),
  /** Allowed endpoints: each block allows every `from` type to link to every `to` type. */
  endpoints: z.array(z.object({ from: z.array(EntityTypeSchema).min(1), to: z.array(EntityTypeSchema).min(1) })).min(1),
  properties: z.array(RelationPropertyKeySchema),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  lineStyle: z.enum(['solid', 'dashed', 'dotted']),
  description: z.string(),
});
export type RelationTypeMeta = z.infer<typeof RelationTypeMetaSchema>;
