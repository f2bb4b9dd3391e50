// Exploration reads: elements by id, subgraphs, the timeline and the bare edge
// list. Each call is one read transaction; no answer carries an edge whose
// endpoint it does not also carry.
import type { ManagedTransaction } from 'neo4j-driver';
import type { SubgraphOptions, TimelineOptions } from '../port.js';
import type { GraphEdge, GraphNode } from '../records.js';
import type { EdgeListItem, Subgraph } from '../views.js';
import { run, runText, type Neo4jConnection, type Row } from './connection.js';
import { toEdge, toNode } from './mapping.js';
import { isoDate } from './paths.js';
import { edgesByIdsStatement } from './schema.js';
import { int } from './values.js';

export async function edgeList(conn: Neo4jConnection): Promise<EdgeListItem[]> {
  const rows = await conn.read((tx) => run(tx, 'edge-list'));
  return rows.map((row) => ({ source: String(row.source), target: String(row.target) }));
}

export function nodesByIds(conn: Neo4jConnection, ids: string[]): Promise<GraphNode[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve([]);
  return conn.read((tx) => readNodes(tx, unique));
}

let edgesStatement: string | undefined;

export function edgesByIds(conn: Neo4jConnection, ids: string[]): Promise<GraphEdge[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve([]);
  edgesStatement ??= edgesByIdsStatement();
  const statement = edgesStatement;
  return conn.read(async (tx) => (await runText(tx, statement, { ids: unique })).map(toEdge));
}

export function subgraph(conn: Neo4jConnection, ids: string[], options: SubgraphOptions): Promise<Subgraph> {
  const limit = Math.max(0, Math.floor(options.limit));
  const asked = [...new Set(ids)];
  if (asked.length === 0) return Promise.resolve({ nodes: [], edges: [] });
  return conn.read(async (tx) => {
    // The named nodes come first, in the order asked, all of them (as in the Kuzu adapter);
    // neighbours fill what room the limit leaves.
    const found = new Map((await readNodes(tx, asked)).map((n) => [n.id, n]));
    const named = asked.flatMap((id) => found.get(id) ?? []);
    const namedIds = named.map((n) => n.id);
    const room = limit - named.length;
    const extra = options.expand && room > 0 && named.length > 0
      ? (await run(tx, 'subgraph-neighbors', { ids: namedIds, limit: int(room) })).map(toNode)
      : [];
    const nodes = [...named, ...extra];
    const all = nodes.map((n) => n.id);
    const rows = all.length === 0 ? [] : await run(tx, 'subgraph-edges', { from: options.induced ? all : namedIds, ids: all });
    return { nodes, edges: onlyWithin(nodes, rows.map(toEdge)).sort((a, b) => a.id.localeCompare(b.id)) };
  });
}

/** Most relations one timeline returns, whatever the caller asks for. */
const MAX_TIMELINE = 10_000;

export async function timeline(conn: Neo4jConnection, options: TimelineOptions): Promise<Subgraph> {
  const limit = Math.min(Math.max(0, Math.floor(options.limit)), MAX_TIMELINE);
  if (limit === 0) return Promise.resolve({ nodes: [], edges: [] });
  const params = { since: isoDate(options.since, 'since'), until: isoDate(options.until, 'until'), limit: int(limit) };
  return conn.read(async (tx) => {
    // No ids, or an empty list, means every entity (as in the Kuzu adapter).
    const rows = options.ids?.length
      ? await run(tx, 'timeline-around', { ...params, ids: [...new Set(options.ids)] })
      : await run(tx, 'timeline', params);
    const nodes = new Map<string, GraphNode>();
    for (const row of rows) {
      for (const node of [toNode(row.sourceNode as Row), toNode(row.targetNode as Row)]) nodes.set(node.id, node);
    }
    const all = [...nodes.values()];
    return { nodes: all, edges: onlyWithin(all, rows.map((row) => toEdge(row.edge as Row))) };
  });
}

async function readNodes(tx: ManagedTransaction, ids: string[]): Promise<GraphNode[]> {
  return (await run(tx, 'nodes-by-ids', { ids })).map(toNode);
}

/** Edges whose both endpoints are among the nodes, each once: the wire format never carries a dangling edge. */
export function onlyWithin(nodes: GraphNode[], edges: GraphEdge[]): GraphEdge[] {
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  return edges.filter((e) => ids.has(e.source) && ids.has(e.target) && !seen.has(e.id) && seen.add(e.id) !== undefined);
}
