// What to export, as the API and the CLI ask for it, resolved with the same rules as
// /api/subgraph: named ids (optionally expanded), one entity's neighbourhood to a depth, the
// graph found by a read-only query, or the whole store. Only the nodes are resolved up front
// (cheap, and enough to refuse a bad selection before any byte is sent); the edges stay a plan
// the store streams a page at a time, so a 100k-relation export never sits in memory at once.
import type { GraphStore, QueryOptions } from '../store/port.js';
import type { EdgeDetail, GraphNode } from '../store/records.js';
import type { Subgraph } from '../store/views.js';

export type Selection =
  | { kind: 'ids'; ids: string[]; expand: boolean; induced: boolean }
  | { kind: 'center'; center: string; depth: number }
  | { kind: 'query'; cypher: string; params: Record<string, unknown>; options: QueryOptions }
  | { kind: 'all' };

export interface ExportPlan {
  nodes: GraphNode[];
  /** The relations among the nodes with their evidence, page by page, read when pulled. */
  edges(): AsyncIterable<EdgeDetail[]>;
}

/** Edges per store.edgeDetails call when the edges are known by id (a query's graph). */
const ID_PAGE = 2000;

/** The export's nodes and how to read its edges, at most `limit` nodes; null when the center does not exist. */
export async function selectExport(store: GraphStore, selection: Selection, limit: number): Promise<ExportPlan | null> {
  switch (selection.kind) {
    case 'ids': {
      const ids = [...new Set(selection.ids)];
      // Named nodes are all kept, as /api/subgraph keeps them; expansion fills what the limit leaves.
      const nodes = selection.expand
        ? (await store.subgraph(ids, { expand: true, induced: false, limit })).nodes
        : await store.nodesByIds(ids);
      const asked = new Set(ids);
      const named = selection.induced ? undefined : nodes.filter((n) => asked.has(n.id)).map((n) => n.id);
      return among(store, nodes, named);
    }
    case 'center':
      return neighbourhood(store, selection.center, selection.depth, limit);
    case 'query':
      return fromSubgraph(store, capped((await store.readQuery(selection.cypher, selection.params, selection.options)).graph, limit));
    case 'all':
      return among(store, await store.nodesByIds((await store.entityIndex()).map((e) => e.id).slice(0, limit)));
  }
}

function among(store: GraphStore, nodes: GraphNode[], touching?: string[]): ExportPlan {
  const ids = nodes.map((n) => n.id);
  return { nodes, edges: () => store.edgeDetailsAmong(ids, touching ? { touching } : {}) };
}

/** A graph already in hand: its edges re-read with evidence by id, in its order (ones deleted meanwhile drop out). */
export function fromSubgraph(store: GraphStore, subgraph: Subgraph, pageSize = ID_PAGE): ExportPlan {
  const present = new Set(subgraph.nodes.map((n) => n.id));
  const ids = subgraph.edges.filter((e) => present.has(e.source) && present.has(e.target)).map((e) => e.id);
  return {
    nodes: subgraph.nodes,
    async *edges() {
      for (let from = 0; from < ids.length; from += pageSize) {
        const slice = ids.slice(from, from + pageSize);
        const byId = new Map((await store.edgeDetails(slice)).map((e) => [e.id, e]));
        yield slice.flatMap((id) => byId.get(id) ?? []);
      }
    },
  };
}

/**
 * Breadth-first by repeated expansion: each round adds the neighbours of everything found so
 * far (best-connected first, as /api/subgraph expands), until `depth` hops or the node cap.
 */
async function neighbourhood(store: GraphStore, center: string, depth: number, limit: number): Promise<ExportPlan | null> {
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
  return among(store, await store.nodesByIds(ids.slice(0, limit)));
}

/** A query's graph cut to the node cap, without edges left dangling by the cut. */
function capped(graph: Subgraph, limit: number): Subgraph {
  if (graph.nodes.length <= limit) return graph;
  const nodes = graph.nodes.slice(0, limit);
  const kept = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}
