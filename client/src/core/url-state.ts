// The view state in a URL fragment: node ids with positions and flags, the edges
// drawn and the expansions (as node indices), filters, display, selection; JSON,
// deflated, base64url. Names and edge data are fetched again on restore.
import type { Display, Filters, ViewState } from './types.js';
import { COLOR_BY, DEFAULT_DISPLAY, LAYOUT_NAMES, NO_FILTERS, SIZE_BY } from './types.js';

/** An edge drawn on the canvas, by its ends (relation ids derive from type and ends). */
export interface SharedEdge { type: string; source: string; target: string }

/** What one node's expansions fetched, so "(+N)", paging and Collapse carry on after a restore. */
export interface SharedExpansion {
  id: string;
  offsets: Record<string, number>;
  counts: Record<string, number>;
  /** Per relation type, each edge fetched: its other end when the edge is drawn (`via`), else the edge id. */
  loaded: Record<string, Array<{ via: string } | { edge: string }>>;
  added: string[];
}

/** What a link carries: enough to fetch the rest. */
export interface SharedView {
  nodes: Array<{ id: string; x: number; y: number; hidden: boolean; pinned: boolean }>;
  /** Undefined in links made before edges were recorded: then every edge among the nodes is drawn. */
  edges?: SharedEdge[];
  expansions?: SharedExpansion[];
  filters: Filters;
  display: Display;
  selection: string | null;
}

const VERSION = 1;
/** Compressed payloads start "z", plain ones "j" (where CompressionStream is missing). */
const PREFIX = { deflated: 'z', plain: 'j' } as const;

export function toShared(state: ViewState): SharedView {
  return {
    nodes: [...state.nodes.values()].map((n) => ({ id: n.node.id, x: n.x, y: n.y, hidden: n.hidden, pinned: n.pinned })),
    edges: [...state.edges.values()].map((e) => ({ type: e.type, source: e.source, target: e.target })),
    ...restOf(state),
  };
}

/** What a link carries besides the nodes and edges. */
function restOf(state: ViewState): Omit<SharedView, 'nodes' | 'edges'> {
  return {
    expansions: [...state.expansions].map(([id, x]) => ({
      id, offsets: x.offsets, counts: x.counts, added: x.added,
      loaded: Object.fromEntries(Object.entries(x.loadedEdges).map(([type, ids]) => [type, ids.map((edgeId) => {
        const e = state.edges.get(edgeId);
        return e ? { via: e.source === id ? e.target : e.source } : { edge: edgeId };
      })])),
    })),
    filters: state.filters,
    display: state.display,
    selection: state.selection,
  };
}

/**
 * The same view as columns: node ids, positions and flags in typed arrays, each edge
 * as its type's number and its ends' indices. What the page hands the URL worker:
 * cloning toShared's 15,000 small objects cost ~8 ms of the page's thread at 5k/10k.
 * Edges with an end not among the nodes are left out, as `pack` leaves them out.
 */
export interface SharedColumns {
  ids: string[];
  xs: Float64Array;
  ys: Float64Array;
  /** 1 hidden, 2 pinned. */
  flags: Uint8Array;
  edgeTypes: string[];
  edgeType: Uint16Array;
  /** Source and target node index of each edge. */
  edgeEnds: Int32Array;
  rest: Omit<SharedView, 'nodes' | 'edges'>;
}

export function toColumns(state: ViewState): SharedColumns {
  const n = state.nodes.size;
  const [ids, xs, ys, flags] = [new Array<string>(n), new Float64Array(n), new Float64Array(n), new Uint8Array(n)];
  const index = new Map<string, number>();
  let i = 0;
  for (const node of state.nodes.values()) {
    index.set(node.node.id, i);
    ids[i] = node.node.id;
    xs[i] = node.x;
    ys[i] = node.y;
    flags[i] = (node.hidden ? 1 : 0) | (node.pinned ? 2 : 0);
    i++;
  }
  const types = new Map<string, number>();
  const edgeType = new Uint16Array(state.edges.size);
  const edgeEnds = new Int32Array(2 * state.edges.size);
  let m = 0;
  for (const e of state.edges.values()) {
    const [s, t] = [index.get(e.source), index.get(e.target)];
    if (s === undefined || t === undefined) continue;
    if (!types.has(e.type)) types.set(e.type, types.size);
    edgeType[m] = types.get(e.type)!;
    edgeEnds[2 * m] = s;
    edgeEnds[2 * m + 1] = t;
    m++;
  }
  return { ids, xs, ys, flags, edgeTypes: [...types.keys()], edgeType: edgeType.slice(0, m), edgeEnds: edgeEnds.slice(0, 2 * m), rest: restOf(state) };
}

export function fromColumns(c: SharedColumns): SharedView {
  return {
    nodes: c.ids.map((id, i) => ({ id, x: c.xs[i]!, y: c.ys[i]!, hidden: (c.flags[i]! & 1) !== 0, pinned: (c.flags[i]! & 2) !== 0 })),
    edges: Array.from(c.edgeType, (type, k) => ({ type: c.edgeTypes[type]!, source: c.ids[c.edgeEnds[2 * k]!]!, target: c.ids[c.edgeEnds[2 * k + 1]!]! })),
    ...c.rest,
  };
}

/**
 * Compact JSON: positions rounded, flags as a bit field, defaults left out;
 * edges as { type: [source index, target index, …] }, expansions as
 * [node index, offsets, counts, { type: [neighbour index or edge id, …] }, [added indices]].
 */
export function pack(view: SharedView): string {
  const f = view.filters;
  const index = new Map(view.nodes.map((n, i) => [n.id, i]));
  const edges: Record<string, number[]> = {};
  for (const e of view.edges ?? []) {
    const [s, t] = [index.get(e.source), index.get(e.target)];
    if (s !== undefined && t !== undefined) (edges[e.type] ??= []).push(s, t);
  }
  const expansions = (view.expansions ?? []).filter((x) => index.has(x.id)).map((x) => [
    index.get(x.id), x.offsets, x.counts,
    Object.fromEntries(Object.entries(x.loaded).map(([type, refs]) => [type, refs.map((r) => ('via' in r ? index.get(r.via) ?? null : r.edge)).filter((r) => r !== null)])),
    x.added.flatMap((a) => (index.has(a) ? [index.get(a)!] : [])),
  ]);
  return JSON.stringify({
    v: VERSION,
    n: view.nodes.map((n) => [n.id, Math.round(n.x), Math.round(n.y), (n.hidden ? 1 : 0) | (n.pinned ? 2 : 0)]),
    ...(view.edges ? { e: edges } : {}),
    ...(expansions.length ? { x: expansions } : {}),
    ...(f.hiddenEntityTypes.length ? { et: f.hiddenEntityTypes } : {}),
    ...(f.hiddenRelationTypes.length ? { rt: f.hiddenRelationTypes } : {}),
    ...(f.minConfidence > 0 ? { c: f.minConfidence } : {}),
    ...(f.dateRange ? { dr: [f.dateRange.from, f.dateRange.to] } : {}),
    d: [view.display.sizeBy, view.display.colorBy, view.display.layout],
    ...(view.selection ? { s: view.selection } : {}),
  });
}

/** Reads what pack wrote; anything malformed is dropped rather than trusted. */
export function unpack(text: string): SharedView | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw.v !== VERSION || !Array.isArray(raw.n)) return null;
  const nodes = raw.n.flatMap((entry: unknown) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') return [];
    const [id, x, y, flags] = entry as [string, unknown, unknown, unknown];
    const bits = typeof flags === 'number' ? flags : 0;
    return [{ id, x: finite(x), y: finite(y), hidden: (bits & 1) !== 0, pinned: (bits & 2) !== 0 }];
  });
  const d = Array.isArray(raw.d) ? raw.d : [];
  const dr = Array.isArray(raw.dr) && raw.dr.every(isIsoDate) ? { from: raw.dr[0] as string, to: raw.dr[1] as string } : null;
  const id = (i: unknown): string | undefined => (typeof i === 'number' ? nodes[i]?.id : undefined);
  return {
    nodes,
    ...(isRecord(raw.e) ? { edges: unpackEdges(raw.e, id) } : {}),
    ...(Array.isArray(raw.x) ? { expansions: raw.x.flatMap((x: unknown) => unpackExpansion(x, id)) } : {}),
    filters: {
      hiddenEntityTypes: strings(raw.et),
      hiddenRelationTypes: strings(raw.rt),
      minConfidence: typeof raw.c === 'number' && raw.c >= 0 && raw.c <= 1 ? raw.c : NO_FILTERS.minConfidence,
      dateRange: dr,
    },
    display: {
      sizeBy: oneOf(SIZE_BY, d[0], DEFAULT_DISPLAY.sizeBy),
      colorBy: oneOf(COLOR_BY, d[1], DEFAULT_DISPLAY.colorBy),
      layout: oneOf(LAYOUT_NAMES, d[2], DEFAULT_DISPLAY.layout),
    },
    selection: typeof raw.s === 'string' ? raw.s : null,
  };
}

function unpackEdges(raw: Record<string, unknown>, id: (i: unknown) => string | undefined): SharedEdge[] {
  const edges: SharedEdge[] = [];
  for (const [type, ends] of Object.entries(raw)) {
    if (!Array.isArray(ends)) continue;
    for (let i = 0; i + 1 < ends.length; i += 2) {
      const [source, target] = [id(ends[i]), id(ends[i + 1])];
      if (source && target) edges.push({ type, source, target });
    }
  }
  return edges;
}

function unpackExpansion(raw: unknown, id: (i: unknown) => string | undefined): SharedExpansion[] {
  if (!Array.isArray(raw)) return [];
  const [at, offsets, counts, loaded, added] = raw as unknown[];
  const node = id(at);
  if (!node) return [];
  const refs = isRecord(loaded) ? Object.entries(loaded).filter((e): e is [string, unknown[]] => Array.isArray(e[1])) : [];
  return [{
    id: node, offsets: numbers(offsets), counts: numbers(counts),
    loaded: Object.fromEntries(refs.map(([type, list]) => [type, list.flatMap((r): Array<{ via: string } | { edge: string }> => {
      if (typeof r === 'string') return [{ edge: r }];
      const via = id(r);
      return via ? [{ via }] : [];
    })])),
    added: Array.isArray(added) ? added.flatMap((a) => (id(a) ? [id(a)!] : [])) : [],
  }];
}

export async function encodeView(view: SharedView): Promise<string> {
  const json = pack(view);
  if (typeof CompressionStream === 'undefined') return PREFIX.plain + toBase64Url(new TextEncoder().encode(json));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return PREFIX.deflated + toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

export async function decodeView(code: string): Promise<SharedView | null> {
  try {
    const bytes = fromBase64Url(code.slice(1));
    if (code.startsWith(PREFIX.plain)) return unpack(new TextDecoder().decode(bytes));
    if (!code.startsWith(PREFIX.deflated) || typeof DecompressionStream === 'undefined') return null;
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return unpack(await new Response(stream).text());
  } catch {
    return null;
  }
}

/** The view code in a location hash ("#view=…"), if any. */
export function viewCodeOf(hash: string): string | null {
  const match = /(?:^#|&)view=([A-Za-z0-9_-]+)/.exec(hash);
  return match?.[1] ?? null;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const numbers = (v: unknown): Record<string, number> =>
  (isRecord(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0)) : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const isIsoDate = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
