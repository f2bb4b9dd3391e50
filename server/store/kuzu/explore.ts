// Bulk reads and the analytics write: nodes and edges by id, the bare edge list, subgraphs.
import { ENTITY_TYPES } from '../../ontology/index.js';
import type { GraphEdge, GraphNode } from '../records.js';
import type { SubgraphOptions } from '../port.js';
import type { AnalyticsRow, EdgeListItem, Subgraph } from '../views.js';
import { str, toEdge, toNode } from './rows.js';
import type { KuzuSession } from './session.js';
import { kuzuTemplate } from './template.js';
import { relationsAmong, relationsByIds } from './edge-details.js';

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
  return (await relationsByIds(session, ids)).map(toEdge);
}

export async function subgraph(session: KuzuSession, ids: string[], options: SubgraphOptions): Promise<Subgraph> {
  const named = await nodesByIds(session, ids);
  const namedIds = named.map((n) => n.id);
  const room = Math.max(0, Math.floor(options.limit) - named.length);
  let nodes = named;
  if (options.expand && room > 0 && namedIds.length > 0) {
    const rows = await session.run('subgraph-neighbours', { ids: namedIds, limit: room + namedIds.length });
    const known = new Set(namedIds);
    const others = rows.map((row) => str(row.id)).filter((id) => !known.has(id)).slice(0, room);
    nodes = [...named, ...(await nodesByIds(session, others))];
  }
  if (nodes.length === 0) return { nodes: [], edges: [] };
  const edges = await relationsAmong(session, nodes.map((n) => n.id), options.induced ? undefined : namedIds);
  return { nodes, edges: edges.map(toEdge) };
}
