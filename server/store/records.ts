// What goes into a store and what comes out of it, as zod schemas: the loader
// builds these, adapters persist them, routes serve them (and document them).
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema, RELATION_PROPERTIES } from '../ontology/index.js';

export const EvidenceSchema = z.object({
  documentId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** How the fact was found: an extraction rule's name, or "curation". */
  method: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RelationPropsSchema = z.partialRecord(z.enum(RELATION_PROPERTIES), z.string());
export type RelationProps = z.infer<typeof RelationPropsSchema>;

export const DocumentRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  /** Content hash: a reload of an unchanged file is a no-op. */
  hash: z.string(),
  text: z.string(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

/** A name folded into an entity by resolution or curation, kept so the analyst can see and undo it. */
export const MergeSchema = z.object({
  name: z.string(),
  type: EntityTypeSchema,
  documentId: z.string().nullable(),
  reason: z.string(),
});
export type Merge = z.infer<typeof MergeSchema>;

export const EntityRecordSchema = z.object({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** Recorded merges; united like aliases on upsert. */
  merges: z.array(MergeSchema).default([]),
});
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

export const RelationRecordSchema = z.object({
  id: z.string().min(1),
  type: RelationTypeSchema,
  source: z.string(),
  target: z.string(),
  properties: RelationPropsSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema).min(1),
  /**
   * The time the relation holds, as full ISO dates derived from start/end/date
   * ("2021" → 2021-01-01 .. 2021-12-31); null where the text gives none. Stored
   * so date windows filter in the engine by plain string comparison.
   */
  validFrom: z.string().nullable().default(null),
  validTo: z.string().nullable().default(null),
});
export type RelationRecord = z.infer<typeof RelationRecordSchema>;

export const MentionRecordSchema = z.object({
  entityId: z.string(),
  documentId: z.string(),
  /** Offsets of each mention in the document text, [start, end) pairs flattened. */
  spans: z.array(z.number().int().nonnegative()),
});
export type MentionRecord = z.infer<typeof MentionRecordSchema>;

/** One write: the facts of one or more whole documents. */
export const GraphBatchSchema = z.object({
  documents: z.array(DocumentRecordSchema),
  entities: z.array(EntityRecordSchema),
  relations: z.array(RelationRecordSchema),
  mentions: z.array(MentionRecordSchema),
});
export type GraphBatch = z.infer<typeof GraphBatchSchema>;

// ---- read side: the wire format the API serves and the client draws ----

export const GraphNodeSchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  /** Relation edges touching the node (MENTIONED_IN links do not count). */
  degree: z.number().int().nonnegative(),
  /** PageRank over the relation graph, computed at load (0 until analytics ran). */
  pagerank: z.number().nonnegative().default(0),
  /** Louvain community number, computed at load (-1 until analytics ran). */
  community: z.number().int().default(-1),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphEdgeSchema = z.object({
  id: z.string(),
  type: RelationTypeSchema,
  source: z.string(),
  target: z.string(),
  properties: RelationPropsSchema,
  confidence: z.number(),
  symmetric: z.boolean(),
  evidenceCount: z.number().int().nonnegative(),
  validFrom: z.string().nullable().default(null),
  validTo: z.string().nullable().default(null),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const EdgeDetailSchema = GraphEdgeSchema.extend({
  evidence: z.array(EvidenceSchema.extend({ documentTitle: z.string().nullable() })),
});
export type EdgeDetail = z.infer<typeof EdgeDetailSchema>;

export const SearchHitSchema = GraphNodeSchema.extend({
  /** The name or alias that matched the query. */
  matched: z.string(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const DocumentRefSchema = z.object({ id: z.string(), title: z.string(), mentions: z.number().int() });

export const NodeDetailSchema = z.object({
  node: GraphNodeSchema,
  merges: z.array(MergeSchema).default([]),
  /** Relation edges touching the node, per relation type. */
  degreeByType: z.record(z.string(), z.number().int()).default({}),
  edges: z.array(EdgeDetailSchema),
  /** The other endpoint of every edge, so the client can name it. */
  neighbors: z.array(GraphNodeSchema),
  documents: z.array(DocumentRefSchema),
});
export type NodeDetail = z.infer<typeof NodeDetailSchema>;

export const NeighborhoodSchema = z.object({
  center: GraphNodeSchema,
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  /** Neighbours not returned on this page, per relation type. */
  hidden: z.record(z.string(), z.number().int()),
  total: z.number().int(),
});
export type Neighborhood = z.infer<typeof NeighborhoodSchema>;

export const StoreStatsSchema = z.object({
  documents: z.number().int(),
  entities: z.number().int(),
  relations: z.number().int(),
  mentions: z.number().int(),
  entitiesByType: z.record(z.string(), z.number().int()),
  relationsByType: z.record(z.string(), z.number().int()),
  /** The ten entities with the highest PageRank. */
  topEntities: z.array(GraphNodeSchema).default([]),
  /** Communities by size, largest first (at most 20), each with its top members by PageRank (at most 5). */
  communities: z.array(z.object({ id: z.number().int(), size: z.number().int(), top: z.array(GraphNodeSchema) })).default([]),
});
export type StoreStats = z.infer<typeof StoreStatsSchema>;
