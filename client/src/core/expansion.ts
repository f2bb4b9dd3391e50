// Paging through a node's neighbourhood: which offset the next page starts at,
// and how many neighbours per relation type are still not on the canvas.
import type { Neighborhood } from '../types.js';
import type { ExpansionState } from './types.js';

/** What one expansion asks for: everything, one relation type, or one neighbour entity type. */
export type ExpandScope = { kind: 'all' } | { kind: 'relation'; type: string } | { kind: 'entity'; type: string };

export function scopeKey(scope: ExpandScope): string {
  return scope.kind === 'all' ? '*' : `${scope.kind === 'relation' ? 'rel' : 'type'}:${scope.type}`;
}

export const NO_EXPANSION: ExpansionState = { offsets: {}, counts: {}, loadedEdges: {}, added: [] };

/**
 * Where the next page of `scope` starts. Pages of all relations cover a prefix
 * of the server's order, and so do the edges of one type among them: a
 * relation-type page continues after the edges of that type already fetched,
 * whichever scope fetched them, so "+N more" never fetches a page of repeats.
 */
export function nextOffset(expansion: ExpansionState | undefined, scope: ExpandScope): number {
  if (!expansion) return 0;
  if (scope.kind === 'relation') return expansion.loadedEdges[scope.type]?.length ?? 0;
  return expansion.offsets[scopeKey(scope)] ?? 0;
}

/** Folds a page of neighbours into what is known of a node's expansion. */
export function recordPage(previous: ExpansionState | undefined, scope: ExpandScope, page: Neighborhood, added: string[]): ExpansionState {
  const base = previous ?? NO_EXPANSION;
  const key = scopeKey(scope);
  const loadedEdges: Record<string, string[]> = { ...base.loadedEdges };
  const onPage: Record<string, number> = {};
  for (const edge of page.edges) {
    onPage[edge.type] = (onPage[edge.type] ?? 0) + 1;
    const list = loadedEdges[edge.type] ?? [];
    if (!list.includes(edge.id)) loadedEdges[edge.type] = [...list, edge.id];
  }
  // An entity-type page counts only neighbours of that type: its counts are not the node's totals.
  const counts = { ...base.counts };
  if (scope.kind !== 'entity') {
    const types = new Set([...Object.keys(page.hidden), ...Object.keys(onPage)]);
    for (const t of types) counts[t] = (page.hidden[t] ?? 0) + (onPage[t] ?? 0);
  }
  return {
    offsets: { ...base.offsets, [key]: (base.offsets[key] ?? 0) + page.edges.length },
    counts,
    loadedEdges,
    added: [...new Set([...base.added, ...added])],
  };
}

/** Neighbours not fetched yet, per relation type (types with none left are omitted). */
export function remaining(expansion: ExpansionState | undefined): Record<string, number> {
  if (!expansion) return {};
  const left: Record<string, number> = {};
  for (const [type, count] of Object.entries(expansion.counts)) {
    const n = count - (expansion.loadedEdges[type]?.length ?? 0);
    if (n > 0) left[type] = n;
  }
  return left;
}

export function remainingTotal(expansion: ExpansionState | undefined): number {
  return Object.values(remaining(expansion)).reduce((a, b) => a + b, 0);
}

export function totalCount(expansion: ExpansionState | undefined): number {
  return Object.values(expansion?.counts ?? {}).reduce((a, b) => a + b, 0);
}

export function loadedCount(expansion: ExpansionState | undefined): number {
  return Object.values(expansion?.loadedEdges ?? {}).reduce((a, b) => a + b.length, 0);
}
