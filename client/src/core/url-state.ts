// The view state in a URL fragment: node ids with positions and flags, filters,
// display options and selection, as JSON, deflated and base64url-encoded, so a
// copied link restores the view. Names and edges are fetched again on restore.
import type { Display, Filters, ViewState } from './types.js';
import { COLOR_BY, DEFAULT_DISPLAY, LAYOUT_NAMES, NO_FILTERS, SIZE_BY } from './types.js';

/** What a link carries: enough to fetch the rest. */
export interface SharedView {
  nodes: Array<{ id: string; x: number; y: number; hidden: boolean; pinned: boolean }>;
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
    filters: state.filters,
    display: state.display,
    selection: state.selection,
  };
}

/** Compact JSON: positions rounded, flags as a bit field, defaults left out. */
export function pack(view: SharedView): string {
  const f = view.filters;
  return JSON.stringify({
    v: VERSION,
    n: view.nodes.map((n) => [n.id, Math.round(n.x), Math.round(n.y), (n.hidden ? 1 : 0) | (n.pinned ? 2 : 0)]),
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
  return {
    nodes,
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
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const isIsoDate = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
