// The GraphStore port: the one interface routes, loader and CLI use. Each
// engine is an adapter behind it; nothing outside an adapter knows which runs.
import type {
  EdgeDetail, GraphBatch, Neighborhood, NodeDetail, SearchHit, StoreStats,
} from './records.js';
import type { EntityType, RelationType } from '../ontology/index.js';

export type * from './records.js';

export type Direction = 'out' | 'in' | 'both';

export interface SearchOptions {
  types?: EntityType[];
  limit: number;
}

export interface NeighborOptions {
  relTypes?: RelationType[];
  types?: EntityType[];
  direction: Direction;
  limit: number;
  offset: number;
}

export interface StoreInfo {
  engine: 'kuzu' | 'neo4j';
  /** Where the data lives: a folder for Kuzu, a URI (without credentials) for Neo4j. */
  location: string;
}

export interface GraphStore {
  readonly info: StoreInfo;
  /** Creates tables, constraints and indexes derived from the ontology; safe to call on every start. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Throws StoreUnavailableError when the engine cannot answer. */
  ping(): Promise<void>;

  /**
   * Writes whole documents with their facts. Entities merge by id (aliases
   * united), relations merge by id (evidence united, highest confidence kept).
   * Callers delete a changed document's facts first (deleteDocuments).
   */
  upsert(batch: GraphBatch): Promise<void>;
  /** Removes documents, their mentions and their evidence; drops relations and entities left with none. */
  deleteDocuments(ids: string[]): Promise<void>;
  /** Content hash of each stored document, to skip unchanged files on reload. */
  documentHashes(): Promise<Map<string, string>>;

  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
  getNode(id: string): Promise<NodeDetail | null>;
  neighbors(id: string, options: NeighborOptions): Promise<Neighborhood | null>;
  getEdge(id: string): Promise<EdgeDetail | null>;
  stats(): Promise<StoreStats>;
}
