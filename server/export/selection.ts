// What to export, as the API and the CLI ask for it, resolved to a subgraph with the same
// rules as /api/subgraph: named ids (optionally expanded), one entity's neighbourhood to a
// depth, the graph found by a read-only query, or the whole store.
import type { GraphStore, QueryOptions } from '../store/port.js';
import type { Subgraph } from '../store/views.js';

export type Selection =
  | { kind: 'ids'; ids: string[]; expand: boolean; induced: boolean }
  | { kind: 'center'; center: string; depth: number }
  | { kind: 'query'; cypher: string; params: Record<string, unknown>; options: QueryOptions }
  | { kind: 'all' };

/** The subgraph to export, at most `limit` nodes; null when the center does not exist. */
export async function selectSubgraph(store: GraphStore, selection: Selection, limit: number): Promise<Subgraph | null> {
  switch (selection.kind) {
    case 'ids':
      return store.subgraph([...new Set(selection.ids)], { expand: selection.expand, induced: selection.induced, limit });
    case 'center':
      return neighbourhood(store, selection.center, selection.depth, limit);
    case 'query':
      return capped((await store.readQuery(selection.cypher, selection.params, selection.options)).graph, limit);
    case 'all':
      return whole(store, limit);
  }
}

/**
 * Breadth-first by repeated expansion: each round adds the neighbours of everything found so
 * far (best-connected first, as /api/subgraph expands), until `depth` hops or the node cap.
 */
async function neighbourhood(store: GraphStore, center: string, depth: number, limit: number): Promise<Subgraph | null> {
  const [found] = await store.nodesByIds([center]);
  if (!found) return null;
  let ids = [center];
  for (let hop = 0; hop < depth && ids.length < limit; hop++) {
    const grown = await store.subgraph(ids, { expand: true, induced: false, limit });
    const known = new Set(ids);
    const added = grown.nodes.map((n) => n.id).filter((id) => !known.has(id));
    if (added.length === 0) break;
    ids = [...ids, ...added];
  }
  return store.subgraph(ids, { expand: false, induced: true, limit });
}

async function whole(store: GraphStore, limit: number): Promise<Subgraph> {
  const ids = (await store.entityIndex()).map((e) => e.id).slice(0, limit);
  if (ids.length === 0) return { nodes: [], edges: [] };
  return store.subgraph(ids, { expand: false, induced: true, limit });
}

/** A query's graph cut to the node cap, without edges left dangling by the cut. */
function capped(graph: Subgraph, limit: number): Subgraph {
  if (graph.nodes.length <= limit) return graph;
  const nodes = graph.nodes.slice(0, limit);
  const kept = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}
