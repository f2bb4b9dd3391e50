// The GraphStore port: the one interface routes, loader and CLI use. Each
// engine is an adapter behind it; nothing outside an adapter knows which runs.
import type {
  EdgeDetail, EntityRecord, GraphBatch, GraphEdge, GraphNode, Neighborhood, NodeDetail, SearchHit, StoreStats,
} from './records.js';
import type {
  AnalyticsRow, DocumentDetail, DocumentSummary, EdgeListItem, QueryResult, RawPath, Subgraph,
} from './views.js';
import type { EntityType, RelationType } from '../ontology/index.js';

export type * from './records.js';
export type * from './views.js';

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

/** What a path may cross. Endpoints are always allowed, whatever their type or degree. */
export interface PathConstraints {
  maxHops: number;
  direction: Direction;
  relTypes?: RelationType[];
  avoidTypes?: EntityType[];
  avoidNodes?: string[];
  /** Edges not to use (k-shortest paths excludes the edges of paths already found). */
  avoidEdges?: string[];
  /** Intermediate nodes whose degree is above this are not crossed: hubs connect everyone and tell nothing. */
  maxDegree?: number;
  /** ISO dates (YYYY-MM-DD). A dated relation must overlap [since, until]; an undated one passes. */
  since?: string;
  until?: string;
}

export interface ShortestPathQuery extends PathConstraints {
  from: string;
  to: string;
  /** false: one shortest path; true: every shortest path, up to `limit`. */
  all: boolean;
  limit: number;
}

export interface SubgraphOptions {
  /** Add the neighbours of the named nodes (up to `limit` nodes in all). */
  expand: boolean;
  /**
   * true: every edge among the resulting nodes. false: only edges touching a
   * named node. Either way no edge leaves the node set.
   */
  induced: boolean;
  limit: number;
}

export interface EdgeScanOptions {
  /** Only relations with an end among these (a subgraph that is not induced); by default all among the nodes. */
  touching?: string[];
}

export interface TimelineOptions {
  since?: string;
  until?: string;
  /** Only relations touching these entities. */
  ids?: string[];
  limit: number;
}

export interface QueryOptions {
  rowLimit: number;
  timeoutMs: number;
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
  /** Every entity's id, type, name and aliases: the loader resolves new names against them. */
  entityIndex(): Promise<Array<Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases'>>>;
  /** Every relation edge's endpoints, for analytics computed outside the engine. */
  edgeList(): Promise<EdgeListItem[]>;
  /** Stores degree, PageRank and community on each entity named; others keep theirs. */
  writeAnalytics(rows: AnalyticsRow[]): Promise<void>;

  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
  getNode(id: string): Promise<NodeDetail | null>;
  neighbors(id: string, options: NeighborOptions): Promise<Neighborhood | null>;
  getEdge(id: string): Promise<EdgeDetail | null>;
  /** The entities with these ids that exist, in no particular order. */
  nodesByIds(ids: string[]): Promise<GraphNode[]>;
  /** The relations with these ids that exist, in no particular order. */
  edgesByIds(ids: string[]): Promise<GraphEdge[]>;
  /** The same with every evidence sentence and its document title: what exports carry. */
  edgeDetails(ids: string[]): Promise<EdgeDetail[]>;
  /**
   * Every relation between two of these entities, with its evidence, a page at a time, each once,
   * in no particular order: what exports stream without holding the whole edge set.
   */
  edgeDetailsAmong(ids: string[], options?: EdgeScanOptions): AsyncIterable<EdgeDetail[]>;
  shortestPaths(query: ShortestPathQuery): Promise<RawPath[]>;
  /** The named nodes (and their neighbours when expanding) with every edge among them. */
  subgraph(ids: string[], options: SubgraphOptions): Promise<Subgraph>;
  listDocuments(options: { limit: number; offset: number }): Promise<{ documents: DocumentSummary[]; total: number }>;
  getDocument(id: string): Promise<DocumentDetail | null>;
  /** Dated relations ordered by validFrom, then validTo, then id. */
  timeline(options: TimelineOptions): Promise<Subgraph>;
  /** Runs a query that cannot write; throws QueryRejectedError for syntax errors and any write. */
  readQuery(cypher: string, params: Record<string, unknown>, options: QueryOptions): Promise<QueryResult>;
  stats(): Promise<StoreStats>;
}
