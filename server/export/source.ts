// Where exporters read from: nodes, then edges with their full evidence, as async iterables,
// so a serializer never needs the whole graph (or the whole document) in memory. Edges come a
// page at a time from the store; the next page is read while the current one is written.
import type { GraphStore } from '../store/port.js';
import type { EdgeDetail, GraphNode } from '../store/records.js';
import type { Subgraph } from '../store/views.js';
import { fromSubgraph, type ExportPlan } from './selection.js';

export interface ExportSource {
  nodes(): AsyncIterable<GraphNode>;
  /** Every edge's endpoints are among nodes(): exporters never write a dangling edge. */
  edges(): AsyncIterable<EdgeDetail>;
}

export interface SourceOptions {
  /** Edges per store.edgeDetails call. */
  pageSize: number;
}

/** An export of a plan: its nodes as given, its edges streamed with one page read ahead. */
export function planSource(plan: ExportPlan, onEdge: () => void = () => undefined): ExportSource {
  return {
    async *nodes() {
      yield* plan.nodes;
    },
    async *edges() {
      for await (const page of readAhead(plan.edges())) {
        for (const edge of page) {
          onEdge();
          yield edge;
        }
      }
    },
  };
}

/** An export of a subgraph already selected: its nodes as given, its edges re-read with evidence. */
export function subgraphSource(store: GraphStore, subgraph: Subgraph, options: Partial<SourceOptions> = {}): ExportSource {
  return planSource(fromSubgraph(store, subgraph, options.pageSize));
}

/** Pages in order, asking for page n+1 while page n is consumed: the store's read overlaps the serializer. */
async function* readAhead<T>(pages: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = pages[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = iterator.next();
      // A consumer that stops early must not leave the read-ahead's failure unhandled.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    // Stopped early: let the store's generator finish its pending read, then close it.
    await next.then(() => iterator.return?.(), () => undefined);
  }
}
