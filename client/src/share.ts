// The view in the page URL: written (debounced) after every change, read on
// load. Restoring fetches each node by id and keeps the edges that were drawn
// (all edges among the nodes for older links), and the expansions.
import type { Api } from './api.js';
import { addElements } from './core/state.js';
import { emptyState, type CanvasEdge, type ExpansionState, type ViewState } from './core/types.js';
import { decodeView, encodeView, fromColumns, toColumns, viewCodeOf, type SharedColumns, type SharedExpansion, type SharedView } from './core/url-state.js';
import type { NodeDetail } from './types.js';

export const SHARE_DEFAULTS = {
  /** Wait this long after the last change before rewriting the URL. */
  debounceMs: 250,
  /** Node requests in flight at once while restoring. */
  concurrency: 6,
} as const;

/** Turns a view (as columns, cheap to hand to a worker) into the code the URL carries. */
export type Encoder = (view: SharedColumns) => Promise<string>;

/**
 * Encodes in a worker (url-worker.ts) where the page can start one, else on the page's thread;
 * a worker that fails hands what it was given, and everything after, back to the page's thread.
 */
export function workerEncoder(start: () => Worker = () => new Worker(new URL('./url-worker.ts', import.meta.url), { type: 'module' })): Encoder {
  let worker: Worker | undefined;
  let broken = typeof Worker === 'undefined';
  let next = 0;
  const waiting = new Map<number, { view: SharedColumns; resolve: (code: string) => void; reject: (error: Error) => void }>();
  const fallBack = () => {
    broken = true;
    worker?.terminate();
    for (const { view, resolve, reject } of waiting.values()) encodeView(fromColumns(view)).then(resolve, reject);
    waiting.clear();
  };
  return (view) => {
    if (!broken && !worker) {
      try {
        worker = start();
        worker.onmessage = (event: MessageEvent<{ id: number; code?: string; error?: string }>) => {
          const { id, code, error } = event.data;
          const job = waiting.get(id);
          waiting.delete(id);
          if (code !== undefined) job?.resolve(code);
          else job?.reject(new Error(error ?? 'the URL encoder failed'));
        };
        worker.onerror = fallBack;
      } catch {
        broken = true;
      }
    }
    if (broken || !worker) return encodeView(fromColumns(view));
    return new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { view, resolve, reject });
      worker!.postMessage({ id, view });
    });
  };
}

export class UrlSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private written = '';
  /** Counts writes begun: one that ends after a later one began is not shown. */
  private begun = 0;

  constructor(private readonly encode: Encoder = workerEncoder()) {}

  schedule(state: ViewState): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write(state), SHARE_DEFAULTS.debounceMs);
  }

  /** Writes now (before copying the link), and returns the URL. */
  async flush(state: ViewState): Promise<string> {
    clearTimeout(this.timer);
    const hash = await this.write(state);
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  /** The fragment for `state`, put in the page URL unless a later write began meanwhile. */
  private async write(state: ViewState): Promise<string> {
    const mine = ++this.begun;
    const hash = state.nodes.size > 0 ? `#view=${await this.encode(toColumns(state))}` : '';
    if (mine !== this.begun || hash === this.written) return hash;
    this.written = hash;
    // replaceState: every step in the browser history would make Back useless.
    history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
    return hash;
  }
}

export async function sharedViewInUrl(): Promise<SharedView | null> {
  const code = viewCodeOf(location.hash);
  return code ? decodeView(code) : null;
}

export interface Restored {
  state: ViewState;
  /** Ids in the link that the server no longer knows. */
  missing: string[];
}

export async function restoreView(api: Api, view: SharedView): Promise<Restored> {
  const details = await mapLimit(view.nodes, SHARE_DEFAULTS.concurrency, (n) => api.node(n.id).catch((): NodeDetail | null => null));
  const missing = view.nodes.filter((_, i) => !details[i]).map((n) => n.id);
  const found = view.nodes.flatMap((n, i) => (details[i] ? [{ shared: n, detail: details[i]! }] : []));
  const known = new Map<string, CanvasEdge>();
  for (const { detail } of found) {
    for (const { evidence: _evidence, ...edge } of detail.edges) known.set(edge.id, edge);
  }
  const drawn = view.edges && new Set(view.edges.map(endsKey));
  const edges = [...known.values()].filter((e) => !drawn || drawn.has(endsKey(e)));
  let state: ViewState = { ...emptyState(), filters: view.filters, display: view.display };
  state = addElements(state, found.map(({ shared, detail }) => ({ node: detail.node, position: { x: shared.x, y: shared.y } })), edges);
  const expansions = new Map<string, ExpansionState>();
  for (const x of view.expansions ?? []) if (state.nodes.has(x.id)) expansions.set(x.id, expansionOf(x, known, state));
  state = { ...state, expansions };
  const nodes = new Map(state.nodes);
  for (const { shared } of found) {
    const n = nodes.get(shared.id);
    if (n) nodes.set(shared.id, { ...n, hidden: shared.hidden, pinned: shared.pinned });
  }
  const selection = view.selection && (nodes.has(view.selection) || state.edges.has(view.selection)) ? view.selection : null;
  return { state: { ...state, nodes, selection }, missing };
}

const endsKey = (e: { type: string; source: string; target: string }) => `${e.type}\u0000${e.source}\u0000${e.target}`;

/** An expansion as it was: an edge fetched is found again by type and ends among the edges the server returned. */
function expansionOf(x: SharedExpansion, known: ReadonlyMap<string, CanvasEdge>, state: ViewState): ExpansionState {
  const byEnds = new Map<string, string>();
  for (const e of known.values()) {
    if (e.source === x.id) byEnds.set(`${e.type}\u0000${e.target}`, e.id);
    else if (e.target === x.id) byEnds.set(`${e.type}\u0000${e.source}`, e.id);
  }
  const loadedEdges = Object.fromEntries(Object.entries(x.loaded).map(([type, refs]) => [type, refs.flatMap((r) => {
    const id = 'via' in r ? byEnds.get(`${type}\u0000${r.via}`) : r.edge;
    return id ? [id] : [];
  })]));
  return { offsets: { ...x.offsets }, counts: { ...x.counts }, loadedEdges, added: x.added.filter((a) => state.nodes.has(a)) };
}

/** Maps with at most `limit` calls pending, keeping the order of `items`. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
