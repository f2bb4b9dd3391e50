// What the filters let through: pure predicates over the view state, the date
// bounds a range slider spans, and the per-type counts the legend shows.
import type { CanvasEdge, Filters, ViewState } from './types.js';

/** An edge's validity dates; servers before dates were added send neither. */
type Dated = { validFrom?: string | null; validTo?: string | null };

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** An edge's dates overlap [from, to]; an edge with no date always passes. ISO dates compare as strings. */
export function passesDates(edge: Dated, range: Filters['dateRange']): boolean {
  if (!range) return true;
  const start = edge.validFrom ?? null;
  const end = edge.validTo ?? null;
  if (start === null && end === null) return true;
  return (start === null || start <= range.to) && (end === null || end >= range.from);
}

export function passesEdge(edge: CanvasEdge, filters: Filters): boolean {
  return !filters.hiddenRelationTypes.includes(edge.type)
    && edge.confidence >= filters.minConfidence
    && passesDates(edge, filters.dateRange);
}

/** Which nodes and edges are drawn: not hidden by hand, not filtered out, both ends drawn. */
export function visibility(state: ViewState): Visibility {
  const hiddenTypes = new Set(state.filters.hiddenEntityTypes);
  const nodes = new Set<string>();
  for (const [id, n] of state.nodes) if (!n.hidden && !hiddenTypes.has(n.node.type)) nodes.add(id);
  const edges = new Set<string>();
  for (const [id, e] of state.edges) {
    if (nodes.has(e.source) && nodes.has(e.target) && passesEdge(e, state.filters)) edges.add(id);
  }
  return { nodes, edges };
}

/**
 * `visibility(state)`, worked out from `before`, the visibility of an earlier state with the same filters,
 * given every node and edge whose entry may differ since (core/lineage.ts): a node whose visibility flips
 * brings its edges along (`edgesOf`: the edges it had). A pass over the few touched, not over every entry.
 */
export function visibilityAfter(before: Visibility, state: ViewState, nodes: Iterable<string>, edges: Iterable<string>, edgesOf: (id: string) => Iterable<string>): Visibility {
  const hiddenTypes = new Set(state.filters.hiddenEntityTypes);
  const shownNodes = new Set(before.nodes);
  const shownEdges = new Set(before.edges);
  const recheck = new Set(edges);
  for (const id of nodes) {
    const n = state.nodes.get(id);
    const shown = !!n && !n.hidden && !hiddenTypes.has(n.node.type);
    if (shown === shownNodes.has(id)) continue;
    if (shown) shownNodes.add(id);
    else shownNodes.delete(id);
    for (const edge of edgesOf(id)) recheck.add(edge);
  }
  for (const id of recheck) {
    const e = state.edges.get(id);
    if (e && shownNodes.has(e.source) && shownNodes.has(e.target) && passesEdge(e, state.filters)) shownEdges.add(id);
    else shownEdges.delete(id);
  }
  return { nodes: shownNodes, edges: shownEdges };
}

/** The earliest and latest dates on the canvas's edges, or null when none is dated. */
export function dateBounds(edges: Iterable<Dated>): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of edges) {
    for (const d of [e.validFrom, e.validTo]) {
      if (!d) continue;
      if (from === null || d < from) from = d;
      if (to === null || d > to) to = d;
    }
  }
  return from !== null && to !== null ? { from, to } : null;
}

export interface TypeCounts {
  /** Per type: drawn now. */
  shown: Record<string, number>;
  /** Per type: on the canvas at all (drawn or not). */
  total: Record<string, number>;
}

export function countByType(state: ViewState, seen: Visibility): { entities: TypeCounts; relations: TypeCounts } {
  const entities: TypeCounts = { shown: {}, total: {} };
  const relations: TypeCounts = { shown: {}, total: {} };
  const bump = (c: TypeCounts, type: string, shown: boolean) => {
    c.total[type] = (c.total[type] ?? 0) + 1;
    if (shown) c.shown[type] = (c.shown[type] ?? 0) + 1;
  };
  for (const [id, n] of state.nodes) bump(entities, n.node.type, seen.nodes.has(id));
  for (const [id, e] of state.edges) bump(relations, e.type, seen.edges.has(id));
  return { entities, relations };
}

/** Days between two ISO dates; the date slider steps in days. */
export function dayIndex(from: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function dateAt(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
