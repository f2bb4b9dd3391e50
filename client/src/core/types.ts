// The explorer's view state as plain data: what is on the canvas, where, how it
// is filtered and drawn. Undo, redo and the shareable URL are all built on it.
import type { GraphEdge, GraphNode } from '../types.js';

/** A node as the canvas keeps it; `pagerank` and `community` arrive from newer servers (missing → 0 / -1). */
export type CanvasNode = GraphNode & { pagerank?: number; community?: number };
/** An edge as the canvas keeps it; `validFrom`/`validTo` (YYYY-MM-DD or null) arrive from newer servers. */
export type CanvasEdge = GraphEdge & { validFrom?: string | null; validTo?: string | null };

export interface NodeState {
  node: CanvasNode;
  x: number;
  y: number;
  /** Hidden by hand (Hide), as opposed to filtered out. */
  hidden: boolean;
  /** Pinned nodes keep their place through layouts and drags of others. */
  pinned: boolean;
}

/** What the canvas knows of a node's neighbourhood after one or more expansions. */
export interface ExpansionState {
  /** Per query key ("*" for all, "rel:X", "type:Y"), how many edges that query has returned. */
  offsets: Record<string, number>;
  /** Neighbours per relation type, as the server last counted them. */
  counts: Record<string, number>;
  /** Ids of the edges of this node fetched so far, per relation type. */
  loadedEdges: Record<string, string[]>;
  /** Node ids that this node's expansions put on the canvas. */
  added: string[];
}

export const SIZE_BY = ['degree', 'pagerank', 'none'] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export const COLOR_BY = ['type', 'community'] as const;
export type ColorBy = (typeof COLOR_BY)[number];
export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface Filters {
  /** Entity types not shown. */
  hiddenEntityTypes: string[];
  /** Relation types not shown. */
  hiddenRelationTypes: string[];
  /** Edges with a lower confidence are not shown (0 shows all). */
  minConfidence: number;
  /** Edges dated entirely outside [from, to] are not shown; undated edges always pass. null: no date filter. */
  dateRange: { from: string; to: string } | null;
}

export interface Display {
  sizeBy: SizeBy;
  colorBy: ColorBy;
  layout: LayoutName;
}

export interface ViewState {
  nodes: ReadonlyMap<string, NodeState>;
  edges: ReadonlyMap<string, CanvasEdge>;
  expansions: ReadonlyMap<string, ExpansionState>;
  filters: Filters;
  display: Display;
  /** The selected node or edge id. */
  selection: string | null;
}

export const NO_FILTERS: Filters = { hiddenEntityTypes: [], hiddenRelationTypes: [], minConfidence: 0, dateRange: null };
export const DEFAULT_DISPLAY: Display = { sizeBy: 'degree', colorBy: 'type', layout: 'fcose' };

export function emptyState(): ViewState {
  return { nodes: new Map(), edges: new Map(), expansions: new Map(), filters: NO_FILTERS, display: DEFAULT_DISPLAY, selection: null };
}
