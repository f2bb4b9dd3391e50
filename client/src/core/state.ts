// Pure transformations of the view state: add, remove, hide, pin, move, filter.
// Each returns a new state and leaves its input untouched, so history can keep both.
import type { Position } from 'cytoscape';
import { derived } from './lineage.js';
import type { CanvasEdge, CanvasNode, Display, ExpansionState, Filters, NodeState, ViewState } from './types.js';

export interface Placed {
  node: CanvasNode;
  position: Position;
}

/**
 * Adds nodes (at their positions) and the edges whose both ends will be on the
 * canvas; nodes already there keep their state. Edges with a missing end are dropped.
 */
export function addElements(state: ViewState, placed: Placed[], edges: CanvasEdge[]): ViewState {
  const nodes = new Map(state.nodes);
  for (const { node, position } of placed) {
    const old = nodes.get(node.id);
    nodes.set(node.id, old ? { ...old, node: { ...old.node, ...node } } : { node, x: position.x, y: position.y, hidden: false, pinned: false });
  }
  const next = new Map(state.edges);
  const added: string[] = [];
  for (const edge of edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    next.set(edge.id, edge);
    added.push(edge.id);
  }
  return { ...state, nodes: derived(nodes, state.nodes, placed.map((p) => p.node.id)), edges: derived(next, state.edges, added) };
}

/** Removes nodes with their edges, and forgets them in every expansion. */
export function removeNodes(state: ViewState, ids: Iterable<string>): ViewState {
  const gone = new Set(ids);
  if (gone.size === 0) return state;
  // Copies, then deletions: a copy is made natively, where filtering every entry through an array was not.
  const nodes = new Map(state.nodes);
  for (const id of gone) nodes.delete(id);
  const edges = new Map(state.edges);
  const goneEdges: string[] = [];
  for (const [id, e] of state.edges) {
    if (!gone.has(e.source) && !gone.has(e.target)) continue;
    edges.delete(id);
    goneEdges.push(id);
  }
  derived(nodes, state.nodes, gone);
  derived(edges, state.edges, goneEdges);
  const expansions = new Map<string, ExpansionState>();
  for (const [id, exp] of state.expansions) {
    if (!gone.has(id)) expansions.set(id, { ...exp, added: exp.added.filter((a) => !gone.has(a)) });
  }
  const selection = state.selection && (gone.has(state.selection) || (!nodes.has(state.selection) && !edges.has(state.selection))) ? null : state.selection;
  return { ...state, nodes, edges, expansions, selection };
}

export function updateNodes(state: ViewState, ids: Iterable<string>, change: (n: NodeState) => NodeState): ViewState {
  const nodes = new Map(state.nodes);
  const changed: string[] = [];
  for (const id of ids) {
    const n = nodes.get(id);
    if (!n) continue;
    nodes.set(id, change(n));
    changed.push(id);
  }
  return { ...state, nodes: derived(nodes, state.nodes, changed) };
}

export const setHidden = (state: ViewState, ids: Iterable<string>, hidden: boolean): ViewState =>
  updateNodes(state, ids, (n) => ({ ...n, hidden }));

export const setPinned = (state: ViewState, ids: Iterable<string>, pinned: boolean): ViewState =>
  updateNodes(state, ids, (n) => ({ ...n, pinned }));

/** Records where nodes are now; returns the same state when nothing moved, so no undo step is wasted. */
export function movePositions(state: ViewState, positions: ReadonlyMap<string, Position>): ViewState {
  const moved: string[] = [];
  const nodes = new Map(state.nodes);
  for (const [id, p] of positions) {
    const n = nodes.get(id);
    if (!n || (Math.abs(n.x - p.x) < 0.5 && Math.abs(n.y - p.y) < 0.5)) continue;
    nodes.set(id, { ...n, x: p.x, y: p.y });
    moved.push(id);
  }
  return moved.length ? { ...state, nodes: derived(nodes, state.nodes, moved) } : state;
}

export const setFilters = (state: ViewState, change: Partial<Filters>): ViewState => ({ ...state, filters: { ...state.filters, ...change } });
export const setDisplay = (state: ViewState, change: Partial<Display>): ViewState => ({ ...state, display: { ...state.display, ...change } });

export function setExpansion(state: ViewState, id: string, expansion: ExpansionState): ViewState {
  const expansions = new Map(state.expansions);
  expansions.set(id, expansion);
  return { ...state, expansions };
}

/**
 * The nodes collapsing `id` removes: those its expansions added that are not
 * pinned, not expanded themselves, and linked to nothing left on the canvas
 * but `id` and each other.
 */
export function collapseSet(state: ViewState, id: string): string[] {
  const added = state.expansions.get(id)?.added ?? [];
  const candidates = new Set(added.filter((a) => {
    const n = state.nodes.get(a);
    return n && !n.pinned && !state.expansions.has(a) && a !== id;
  }));
  // A candidate tied to a node that stays must stay too, and so must whatever hangs on it: iterate to a fixed point.
  let changed = true;
  while (changed) {
    changed = false;
    for (const edge of state.edges.values()) {
      for (const [a, b] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
        if (candidates.has(a) && b !== id && !candidates.has(b)) {
          candidates.delete(a);
          changed = true;
        }
      }
    }
  }
  return [...candidates];
}

/** After a collapse: the node forgets its expansions. */
export function collapse(state: ViewState, id: string): ViewState {
  const next = removeNodes(state, collapseSet(state, id));
  const expansions = new Map(next.expansions);
  expansions.delete(id);
  return { ...next, expansions };
}

export function positionsOf(state: ViewState): Map<string, Position> {
  return new Map([...state.nodes].map(([id, n]) => [id, { x: n.x, y: n.y }]));
}
