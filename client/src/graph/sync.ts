// Brings the Cytoscape instance in line with a view state: adds, removes, moves,
// hides and restyles only what differs, as steps a ChunkRunner spreads over frames.
import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { remainingTotal } from '../core/expansion.js';
import { visibility, type Visibility } from '../core/filters.js';
import type { ViewState } from '../core/types.js';
import { communityColor, communityOf, nodeSize, pagerankOf } from './appearance.js';
import { edgeElement, type RelationLabels } from './elements.js';
import { BY_COMMUNITY } from './style.js';
import type { ChunkStep } from './frames.js';

export interface SyncResult {
  visible: Visibility;
  added: string[];
  removed: number;
}

export interface SyncPlan extends SyncResult {
  /** In order: remove, update nodes, add nodes, add edges, update edges, selection. */
  steps: ChunkStep[];
  /** Ids of the edges the plan adds. */
  addedEdges: string[];
}

/**
 * Relative cost of an item of each step, an added node being 1 (measured in Chromium, roughly).
 * Showing or hiding a node restyles it and dirties the bounds of all its edges: at 5k/10k a node
 * took ~120 µs and an edge ~30 µs, so chunks of nodes at one weight for both ran past the budget.
 */
export const STEP_WEIGHTS = { remove: 0.5, updateNode: 0.08, addNode: 1, addEdge: 0.7, updateEdge: 0.03, showOrHideNode: 1, showOrHideEdge: 0.35 } as const;

/**
 * What the canvas showed when the state changes only in what is shown (filters):
 * only elements whose visibility flips need touching, and each of those is a restyle.
 */
export interface ShownBefore {
  visible: Visibility;
}

/**
 * What applying `state` to `cy` takes. Positions are applied only with
 * `movePositions` (undo, redo, restore): otherwise a running layout owns them.
 * Each step reads the state when it runs; a newer state means a new plan.
 */
export function planSync(cy: Core, state: ViewState, labels: RelationLabels, movePositions: boolean, sameElements = false, shownBefore?: ShownBefore): SyncPlan {
  const visible = visibility(state);
  if (sameElements && shownBefore) return planShowOrHide(cy, state, visible, shownBefore.visible);
  // `sameElements`: the canvas holds exactly the state's nodes and edges (a filter or display change),
  // so the element diff (a pass over every element) is known to be empty.
  const gone = sameElements ? cy.collection() : cy.elements().filter((e) => (e.isNode() ? !state.nodes.has(e.id()) : !state.edges.has(e.id())));
  const removedNodes = gone.nodes().length;
  const goneIds = new Set(gone.map((e) => e.id()));
  const existing: string[] = [];
  const fresh: string[] = [];
  if (sameElements) existing.push(...state.nodes.keys());
  else for (const id of state.nodes.keys()) (!cy.hasElementWithId(id) || goneIds.has(id) ? fresh : existing).push(id);
  const newEdges = sameElements ? [] : [...state.edges.values()].filter((e) => !cy.hasElementWithId(e.id));
  // `not` builds a second collection of every edge (~25 ms at 10k edges), even when nothing is gone.
  const oldEdges: Collection = gone.empty() ? cy.edges() as unknown as Collection : cy.edges().not(gone);
  const maxPagerank = Math.max(0, ...[...state.nodes.values()].map((n) => pagerankOf(n.node)));

  const nodeData = (id: string) => {
    const n = state.nodes.get(id)!;
    const hidden = remainingTotal(state.expansions.get(id));
    return {
      ...n.node,
      label: hidden > 0 ? `${n.node.name} (+${hidden})` : n.node.name,
      size: nodeSize(n.node, state.display.sizeBy, maxPagerank),
      ccolor: communityColor(communityOf(n.node)),
    };
  };
  const byCommunity = state.display.colorBy === 'community';
  const nodeClasses = (id: string) => ({ off: !visible.nodes.has(id), expanded: state.expansions.has(id), pinned: state.nodes.get(id)!.pinned, [BY_COMMUNITY]: byCommunity });

  const steps: ChunkStep[] = [
    { size: gone.length, weight: STEP_WEIGHTS.remove, run: (from, to) => { cy.remove(gone.slice(from, to)); } },
    {
      size: existing.length, weight: STEP_WEIGHTS.updateNode,
      run: (from, to) => {
        for (const id of existing.slice(from, to)) {
          const n = state.nodes.get(id)!;
          const node = cy.getElementById(id) as NodeSingular;
          if (node.empty()) continue;
          if (movePositions && !samePlace(node, n.x, n.y)) {
            node.unlock();
            node.position({ x: n.x, y: n.y });
          }
          setChanged(node, nodeData(id));
          for (const [name, on] of Object.entries(nodeClasses(id))) setClass(node, name, on);
          if (node.locked() !== n.pinned) {
            if (n.pinned) node.lock();
            else node.unlock();
          }
        }
      },
    },
    {
      // New nodes go in one add per chunk: far cheaper than one add each on a large view.
      size: fresh.length, weight: STEP_WEIGHTS.addNode,
      run: (from, to) => {
        cy.add(fresh.slice(from, to).map((id): ElementDefinition => {
          const n = state.nodes.get(id)!;
          const names = Object.entries(nodeClasses(id)).filter(([, on]) => on).map(([c]) => c);
          return { group: 'nodes', data: nodeData(id), position: { x: n.x, y: n.y }, classes: names, locked: n.pinned };
        }));
      },
    },
    {
      size: newEdges.length, weight: STEP_WEIGHTS.addEdge,
      run: (from, to) => {
        cy.add(newEdges.slice(from, to).map((e) => ({ ...edgeElement(e, labels), classes: visible.edges.has(e.id) ? [] : ['off'] })));
      },
    },
    {
      size: oldEdges.length, weight: STEP_WEIGHTS.updateEdge,
      run: (from, to) => { oldEdges.slice(from, to).forEach((e) => setClass(e, 'off', !visible.edges.has(e.id()))); },
    },
    { size: 1, run: () => applySelection(cy, state.selection) },
  ];
  return { visible, added: fresh, removed: removedNodes, steps, addedEdges: newEdges.map((e) => e.id) };
}

/** Applies `state` at once, in one batch (tests, exports: no frames to wait for). */
export function syncCanvas(cy: Core, state: ViewState, labels: RelationLabels, movePositions: boolean): SyncResult {
  const { steps, addedEdges: _edges, ...result } = planSync(cy, state, labels, movePositions);
  cy.batch(() => { for (const step of steps) step.run(0, step.size); });
  return result;
}

/** A filter change on an unchanged set of elements: shows or hides only the elements whose visibility flips. */
function planShowOrHide(cy: Core, state: ViewState, visible: Visibility, before: Visibility): SyncPlan {
  const flipped = (now: Set<string>, was: Set<string>, all: Iterable<string>) => [...all].filter((id) => now.has(id) !== was.has(id));
  const nodes = flipped(visible.nodes, before.nodes, state.nodes.keys());
  const edges = flipped(visible.edges, before.edges, state.edges.keys());
  const steps: ChunkStep[] = [
    {
      size: nodes.length, weight: STEP_WEIGHTS.showOrHideNode,
      run: (from, to) => { for (const id of nodes.slice(from, to)) setClass(cy.getElementById(id), 'off', !visible.nodes.has(id)); },
    },
    {
      size: edges.length, weight: STEP_WEIGHTS.showOrHideEdge,
      run: (from, to) => { for (const id of edges.slice(from, to)) setClass(cy.getElementById(id), 'off', !visible.edges.has(id)); },
    },
    { size: 1, run: () => applySelection(cy, state.selection) },
  ];
  return { visible, added: [], removed: 0, steps, addedEdges: [] };
}

/** The ids selected on each canvas, followed from its events: a `:selected` query passes over every element. */
const selections = new WeakMap<Core, Set<string>>();

function selectedIds(cy: Core): Set<string> {
  let ids = selections.get(cy);
  if (!ids) {
    const followed = new Set(cy.elements(':selected').map((e) => e.id()));
    cy.on('select', (e) => { followed.add(e.target.id()); });
    cy.on('unselect remove', (e) => { followed.delete(e.target.id()); });
    selections.set(cy, (ids = followed));
  }
  return ids;
}

/** Selects `selected` (a node or edge id, or nothing) and only it. */
export function applySelection(cy: Core, selected: string | null): void {
  for (const id of [...selectedIds(cy)]) if (id !== selected) cy.getElementById(id).unselect();
  if (selected) cy.getElementById(selected).select();
}

/** Sets only the data fields that differ: each set restyles the node. The id is immutable and skipped. */
function setChanged(node: NodeSingular, data: Record<string, unknown>): void {
  const current = node.data() as Record<string, unknown>;
  const diff = Object.fromEntries(Object.entries(data).filter(([k, v]) => k !== 'id' && !sameValue(current[k], v)));
  if (Object.keys(diff).length > 0) node.data(diff);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));
}

/** Changes a class only when it differs: every change restyles the element. */
function setClass(ele: { hasClass(name: string): boolean; toggleClass(name: string, on: boolean): unknown }, name: string, on: boolean): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
}

function samePlace(node: NodeSingular, x: number, y: number): boolean {
  const p = node.position();
  return Math.abs(p.x - x) < 0.5 && Math.abs(p.y - y) < 0.5;
}
