// Bulk reads and the analytics write: nodes and edges by id, the bare edge list, subgraphs.
import { ENTITY_TYPES } from '../../ontology/index.js';
import { cypher } from '../cypher.js';
import type { GraphEdge, GraphNode } from '../records.js';
import type { SubgraphOptions } from '../port.js';
import type { AnalyticsRow, EdgeListItem, Subgraph } from '../views.js';
import { asRel, str, toEdge, toNode, toRelationRecord } from './rows.js';
import type { KuzuSession, Row } from './session.js';
import { kuzuTemplate } from './template.js';

export async function edgeList(session: KuzuSession): Promise<EdgeListItem[]> {
  return (await session.run('edge-list')).map((row) => ({ source: str(row.source), target: str(row.target) }));
}

/** Ids carry no table, so every table gets every row; ids it does not hold simply do not join. */
export async function writeAnalytics(session: KuzuSession, rows: AnalyticsRow[]): Promise<void> {
  // PageRank as text: see write-analytics.cypher.
  const values = rows.map(({ id, degree, pagerank, community }) => ({ id, degree, pagerank: String(pagerank), community }));
  for (const label of ENTITY_TYPES) await session.runChunked(kuzuTemplate('write-analytics', { label }), 'rows', values);
}

export async function nodesByIds(session: KuzuSession, ids: string[]): Promise<GraphNode[]> {
  const wanted = [...new Set(ids)];
  const nodes: GraphNode[] = [];
  for (const label of ENTITY_TYPES) {
    const rows = await session.runChunked(kuzuTemplate('nodes-by-ids', { label }), 'ids', wanted);
    nodes.push(...rows.map((row) => toNode({ ...row, type: label })));
  }
  return nodes;
}

export async function edgesByIds(session: KuzuSession, ids: string[]): Promise<GraphEdge[]> {
  const rows = await session.runChunked(cypher('kuzu', 'edges-by-ids'), 'ids', [...new Set(ids)]);
  return uniqueEdges(rows);
}

export async function subgraph(session: KuzuSession, ids: string[], options: SubgraphOptions): Promise<Subgraph> {
  const named = await nodesByIds(session, ids);
  const namedIds = named.map((n) => n.id);
  const room = Math.max(0, Math.floor(options.limit) - named.length);
  let nodes = named;
  if (options.expand && room > 0 && namedIds.length > 0) {
    const rows = await session.run('subgraph-neighbours', { ids: namedIds, limit: room + namedIds.length });
    const others = rows.map((row) => str(row.id)).filter((id) => !namedIds.includes(id)).slice(0, room);
    nodes = [...named, ...(await nodesByIds(session, others))];
  }
  const all = nodes.map((n) => n.id);
  if (all.length === 0) return { nodes: [], edges: [] };
  const among = (from: string[], to: string[]) => session.runChunked(cypher('kuzu', 'edges-among'), 'from', from, { to });
  const rows = options.induced ? await among(all, all) : [...(await among(namedIds, all)), ...(await among(all, namedIds))];
  return { nodes, edges: uniqueEdges(rows) };
}

/** Edges from rows of (r, source, target), once per id. */
export function uniqueEdges(rows: Row[]): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  for (const row of rows) {
    const edge = toEdge(toRelationRecord(asRel(row.r), str(row.source), str(row.target)));
    edges.set(edge.id, edge);
  }
  return [...edges.values()];
}
