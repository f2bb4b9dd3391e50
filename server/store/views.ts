// Exploration results (issue: paths, subgraphs, documents, timeline, analytics,
// read-only queries) as zod schemas shared by the port, the adapters and the routes.
import { z } from 'zod';
import { EntityTypeSchema } from '../ontology/index.js';
import { GraphEdgeSchema, GraphNodeSchema } from './records.js';

/** A path as the engine found it: node ids from `from` to `to`, and the edge ids between them. */
export const RawPathSchema = z.object({ nodeIds: z.array(z.string()).min(1), edgeIds: z.array(z.string()) });
export type RawPath = z.infer<typeof RawPathSchema>;

/** Nodes and edges ready to draw: no edge has an endpoint missing from `nodes`. */
export const SubgraphSchema = z.object({ nodes: z.array(GraphNodeSchema), edges: z.array(GraphEdgeSchema) });
export type Subgraph = z.infer<typeof SubgraphSchema>;

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  length: z.number().int(),
  entities: z.number().int(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentMentionSchema = z.object({
  entityId: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  start: z.number().int(),
  end: z.number().int(),
});

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  /** Every mention of an entity, ordered by start offset, for highlighting. */
  mentions: z.array(DocumentMentionSchema),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

/** Analytics computed at load over the relation graph, one row per entity. */
export const AnalyticsRowSchema = z.object({
  id: z.string(),
  degree: z.number().int().nonnegative(),
  pagerank: z.number().nonnegative(),
  community: z.number().int(),
});
export type AnalyticsRow = z.infer<typeof AnalyticsRowSchema>;

/** The relation graph's bare structure, for engine-independent analytics. */
export const EdgeListItemSchema = z.object({ source: z.string(), target: z.string() });
export type EdgeListItem = z.infer<typeof EdgeListItemSchema>;

export const QueryResultSchema = z.object({
  columns: z.array(z.string()),
  /** Each row is one value per column, JSON-safe: nodes and edges appear as their wire form. */
  rows: z.array(z.array(z.unknown())),
  /** Every entity and relation found anywhere in the rows, for drawing; never a dangling edge. */
  graph: SubgraphSchema,
  rowLimit: z.number().int(),
  truncated: z.boolean(),
  elapsedMs: z.number(),
});
export type QueryResult = z.infer<typeof QueryResultSchema>;
