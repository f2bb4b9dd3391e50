// Subgraphs assembled from edges: the endpoints fetched, nothing dangling.
import type { GraphEdge, GraphNode } from '../records.js';
import type { Subgraph } from '../views.js';
import { nodesByIds } from './explore.js';
import type { KuzuSession } from './session.js';

/** The edges with both their endpoints. */
export async function edgesWithNodes(session: KuzuSession, edges: GraphEdge[]): Promise<Subgraph> {
  const nodes = await nodesByIds(session, edges.flatMap((e) => [e.source, e.target]));
  return drawable(nodes, edges);
}

/** Nodes once each, and only the edges whose two endpoints are among them (Cytoscape throws otherwise). */
export function drawable(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): Subgraph {
  const byId = new Map([...nodes].map((n) => [n.id, n]));
  const kept = new Map([...edges].filter((e) => byId.has(e.source) && byId.has(e.target)).map((e) => [e.id, e]));
  return { nodes: [...byId.values()], edges: [...kept.values()] };
}
