// Types the client shares with the server, imported as types only: nothing
// from server/ reaches the bundle, the client talks to it over HTTP alone.
import type { describeOntology } from '../../server/ontology/index.js';

export type {
  EdgeDetail, GraphEdge, GraphNode, Neighborhood, NodeDetail, SearchHit,
} from '../../server/store/records.js';

/** The body of GET /api/schema: exactly what the route serves. */
export type Schema = ReturnType<typeof describeOntology>;
export type EntityTypeInfo = Schema['entityTypes'][number];
export type RelationTypeInfo = Schema['relationTypes'][number];
