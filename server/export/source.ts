// Where exporters read from: nodes, then edges with their full evidence, as async iterables,
// so a serializer never needs the whole graph (or the whole document) in memory. Edges come
// from the port's batched edgeDetails, a page at a time.
import type { GraphStore } from '../store/port.js';
import type { EdgeDetail, GraphNode } from '../store/records.js';
import type { Subgraph } from '../store/views.js';

export interface ExportSource {
  nodes(): AsyncIterable<GraphNode>;
  /** Every edge's endpoints are among nodes(): exporters never write a dangling edge. */
  edges(): AsyncIterable<EdgeDetail>;
}

export interface SourceOptions {
  pageSize: number;
}

const DEFAULTS: SourceOptions = {
  // Edges per store.edgeDetails call: the Kuzu adapter scans the relations once per call (ids carry
  // no index), so pages are large; evidence makes an edge ~1 kB, so two pages in flight stay ~4 MB.
  pageSize: 2000,
};

/** An export of a subgraph already selected: its nodes as given, its edges re-read with evidence. */
export function subgraphSource(store: GraphStore, subgraph: Subgraph, options: Partial<SourceOptions> = {}): ExportSource {
  const { pageSize } = { ...DEFAULTS, ...options };
  const nodeIds = new Set(subgraph.nodes.map((n) => n.id));
  const edgeIds = subgraph.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)).map((e) => e.id);
  return {
    async *nodes() {
      yield* subgraph.nodes;
    },
    async *edges() {
      for await (const page of pages(edgeIds, pageSize, (ids) => store.edgeDetails(ids))) yield* page;
    },
  };
}

/** Fetches page n+1 while page n is being written, in the subgraph's order; edges deleted meanwhile drop out. */
async function* pages(ids: string[], size: number, fetch: (ids: string[]) => Promise<EdgeDetail[]>) {
  const load = async (from: number) => {
    const slice = ids.slice(from, from + size);
    const byId = new Map((await fetch(slice)).map((e) => [e.id, e]));
    return slice.flatMap((id) => byId.get(id) ?? []);
  };
  let next = ids.length > 0 ? load(0) : undefined;
  for (let from = 0; next; from += size) {
    const current = next;
    next = from + size < ids.length ? load(from + size) : undefined;
    // A consumer that stops early must not leave the prefetch's failure unhandled.
    next?.catch(() => undefined);
    yield await current;
  }
}
