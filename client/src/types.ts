// Types the client shares with the server, imported as types only: nothing
// from server/ reaches the bundle, the client talks to it over HTTP alone.
import type { describeOntology } from '../../server/ontology/index.js';

export type {
  EdgeDetail, GraphEdge, GraphNode, Neighborhood, NodeDetail, SearchHit,
} from '../../server/store/records.js';

export type { DocumentDetail, QueryResult } from '../../server/store/views.js';

/** A path as GET /api/paths serves it: its nodes and edges in order, and how it reads. */
export interface PathResult {
  nodes: import('../../server/store/records.js').GraphNode[];
  edges: import('../../server/store/records.js').GraphEdge[];
  reading: string;
  evidenceCount: number;
}
export interface PathsAnswer {
  paths: PathResult[];
}

/** The body of GET /api/schema: exactly what the route serves. */
export type Schema = ReturnType<typeof describeOntology>;
export type EntityTypeInfo = Schema['entityTypes'][number];
export type RelationTypeInfo = Schema['relationTypes'][number];
