// The read side of the port. Each call is one read transaction, so the parts
// of an answer (a node, its edges, their documents) come from one snapshot.
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_META, RELATION_TYPES } from '../../ontology/index.js';
import type { NeighborOptions, SearchOptions } from '../port.js';
import type { EdgeDetail, Neighborhood, NodeDetail, SearchHit, StoreStats } from '../records.js';
import { run, runText, type Neo4jConnection, type Row } from './connection.js';
import { citedDocuments, countsByType, degreeByType, hiddenCounts, toEdge, toEdgeDetail, toNode } from './mapping.js';
import { parseMerges } from './rows.js';
import { edgeByIdStatement } from './schema.js';
import { int } from './values.js';

export const SYMMETRIC = RELATION_TYPES.filter((t) => RELATION_META[t].symmetric);

/** null instead of an empty list: the statements read "no filter" as $param IS NULL. */
export function filter<T>(values: T[] | undefined): T[] | null {
  return values && values.length > 0 ? values : null;
}

/** Most hits one search returns, whatever the caller asks for (as in the Kuzu adapter). */
const MAX_SEARCH_LIMIT = 1000;

export async function search(conn: Neo4jConnection, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const text = query.trim();
  if (text === '') return [];
  const limit = Math.min(Math.max(1, Math.floor(options.limit) || 1), MAX_SEARCH_LIMIT);
  const rows = await conn.read((tx) => run(tx, 'search', { query: text, types: filter(options.types), limit: int(limit) }));
  return rows.map((row) => ({ ...toNode(row), matched: String(row.matched) }));
}

export function getNode(conn: Neo4jConnection, id: string): Promise<NodeDetail | null> {
  return conn.read(async (tx) => {
    const [node] = await run(tx, 'node', { id });
    if (!node) return null;
    const edgeRows = uniqueBy(await run(tx, 'node-edges', { id }), (row) => String(row.id))
      .sort((a, b) => String(a.type).localeCompare(String(b.type)) || String(a.id).localeCompare(String(b.id)));
    const titles = await documentTitles(tx, citedDocuments(edgeRows));
    const neighbors = uniqueBy(edgeRows.map((row) => toNode(row.other as Row)), (n) => n.id).filter((n) => n.id !== id);
    const documents = (await run(tx, 'node-documents', { id })).map((row) => ({
      id: String(row.id), title: String(row.title ?? ''), mentions: Number(row.mentions),
    }));
    return {
      node: toNode(node),
      merges: parseMerges(node.merges),
      degreeByType: degreeByType(edgeRows.map((row) => ({ type: String(row.type) }))),
      edges: edgeRows.map((row) => toEdgeDetail(row, titles)),
      neighbors,
      documents,
    };
  });
}

export function neighbors(conn: Neo4jConnection, id: string, options: NeighborOptions): Promise<Neighborhood | null> {
  const params = {
    id,
    relTypes: filter(options.relTypes),
    types: filter(options.types),
    direction: options.direction,
    symmetric: SYMMETRIC,
    // Negative SKIP or LIMIT is an error in Cypher: clamp here.
    offset: int(Math.max(0, Math.floor(options.offset))),
    limit: int(Math.max(0, Math.floor(options.limit))),
  };
  return conn.read(async (tx) => {
    const [center] = await run(tx, 'node', { id });
    if (!center) return null;
    const counts = countsByType(await run(tx, 'neighbor-counts', params), []);
    const page = await run(tx, 'neighbors', params);
    const edges = page.map((hop) => toEdge(hop.edge as Row));
    return {
      center: toNode(center),
      nodes: uniqueBy(page.map((hop) => toNode(hop.node as Row)), (n) => n.id).filter((n) => n.id !== id),
      edges,
      hidden: hiddenCounts(counts, edges.map((e) => e.type)),
      total: sum(counts),
    };
  });
}

let edgeStatement: string | undefined;

export function getEdge(conn: Neo4jConnection, id: string): Promise<EdgeDetail | null> {
  edgeStatement ??= edgeByIdStatement();
  const statement = edgeStatement;
  return conn.read(async (tx) => {
    const [row] = await runText(tx, statement, { id });
    if (!row) return null;
    return toEdgeDetail(row, await documentTitles(tx, citedDocuments([row])));
  });
}

/** How many entities stats lists by PageRank, how many communities, and how many members of each. */
const STATS_TOP = { entities: 10, communities: 20, members: 5 };

export async function stats(conn: Neo4jConnection): Promise<StoreStats> {
  const [row = {}, top, communities] = await conn.read(async (tx) => [
    (await run(tx, 'stats'))[0],
    await run(tx, 'top-entities', { limit: int(STATS_TOP.entities) }),
    await run(tx, 'communities', { limit: int(STATS_TOP.communities), top: int(STATS_TOP.members) }),
  ] as const);
  const entitiesByType = countsByType(row.entitiesByType, ENTITY_TYPES);
  const relationsByType = countsByType(row.relationsByType, RELATION_TYPES);
  return {
    documents: Number(row.documents ?? 0),
    entities: sum(entitiesByType),
    relations: sum(relationsByType),
    mentions: Number(row.mentions ?? 0),
    entitiesByType,
    relationsByType,
    topEntities: top.map(toNode),
    communities: communities.map((c) => ({
      id: Number(c.id), size: Number(c.size), top: (c.top as Row[]).map(toNode),
    })),
  };
}

export async function documentHashes(conn: Neo4jConnection): Promise<Map<string, string>> {
  const rows = await conn.read((tx) => run(tx, 'document-hashes'));
  return new Map(rows.map((row) => [String(row.id), String(row.hash)]));
}

export async function documentTitles(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await run(tx, 'document-titles', { ids });
  return new Map(rows.map((row) => [String(row.id), String(row.title ?? '')]));
}

/** First item per key: an undirected match meets a self-loop twice. */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()];
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
