// Brings the Cytoscape instance in line with a view state: adds, removes, moves,
// hides and restyles only what differs, as steps a ChunkRunner spreads over frames.
import type { Collection, Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import { remainingTotal } from '../core/expansion.js';
import { visibility, visibilityAfter, type Visibility } from '../core/filters.js';
import { touchedBetween } from '../core/lineage.js';
import type { CanvasEdge, NodeState, ViewState } from '../core/types.js';
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
 * What the canvas shows, all of it applied: the state last drawn and what it showed. Knowing it, a plan
 * touches only what differs (an expansion of 25 nodes on a 5k view: 25 nodes and their edges, not a pass
 * over 15,000 elements), and a filter change only the elements whose visibility flips.
 */
export interface Drawn {
  state: ViewState;
  visible: Visibility;
}

/** The elements a plan removes, adds and updates. */
interface ElementChanges {
  gone: Collection;
  fresh: string[];
  /** Nodes on the canvas to bring in line (data, classes, place). */
  existing: string[];
  newEdges: CanvasEdge[];
  /** Edges on the canvas whose 'off' class may be wrong. */
  oldEdges: EdgeSingular[];
}

/**
 * What applying `state` to `cy` takes. Positions are applied only with
 * `movePositions` (undo, redo, restore): otherwise a running layout owns them.
 * Each step reads the state when it runs; a newer state means a new plan.
 */
export function planSync(cy: Core, state: ViewState, labels: RelationLabels, movePositions: boolean, drawn?: Drawn): SyncPlan {
  const was = drawn?.state;
  if (drawn && was && !movePositions && was.nodes === state.nodes && was.edges === state.edges && was.expansions === state.expansions && was.display === state.display) {
    return planShowOrHide(cy, state, visibility(state), drawn.visible);
  }
  // What the change touched, when the maps shown and these were made one from the other in a few recorded steps
  // (core/lineage.ts): a change, or its undo or redo.
  const touched = drawn && was && was.filters === state.filters ? touchedOf(was, state) : undefined;
  const visible = drawn && touched ? visibilityAfter(drawn.visible, state, touched.nodes, touched.edges, (id) => edgeIdsOf(cy, id)) : visibility(state);
  const maxPagerank = largestPagerank(state);
  const { gone, fresh, existing, newEdges, oldEdges } = drawn ? changesSince(cy, drawn, state, visible, movePositions, maxPagerank, touched) : everything(cy, state);
  const removedNodes = gone.nodes().length;

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
      run: (from, to) => { for (const e of oldEdges.slice(from, to)) setClass(e, 'off', !visible.edges.has(e.id())); },
    },
    { size: 1, run: () => applySelection(cy, state.selection) },
  ];
  return { visible, added: fresh, removed: removedNodes, steps, addedEdges: newEdges.map((e) => e.id) };
}

/** The largest PageRank on the canvas (0 if none): sizes by PageRank are relative to it. */
function largestPagerank(state: ViewState): number {
  let most = 0;
  for (const n of state.nodes.values()) most = Math.max(most, pagerankOf(n.node));
  return most;
}

/** The node and edge ids a change may have touched since the state drawn, if recorded (core/lineage.ts). */
interface Touched { nodes: Set<string>; edges: Set<string> }

function touchedOf(was: ViewState, state: ViewState): Touched | undefined {
  const nodes = touchedBetween(was.nodes, state.nodes);
  const edges = nodes && touchedBetween(was.edges, state.edges);
  return nodes && edges ? { nodes, edges } : undefined;
}

/** The ids of the edges of a node on the canvas (none if it is not there). */
function edgeIdsOf(cy: Core, id: string): string[] {
  return cy.hasElementWithId(id) ? cy.getElementById(id).connectedEdges().map((e) => e.id()) : [];
}

/** Every element compared: the canvas's state is not known (a change still being applied was overtaken). */
function everything(cy: Core, state: ViewState): ElementChanges {
  const gone = cy.elements().filter((e) => (e.isNode() ? !state.nodes.has(e.id()) : !state.edges.has(e.id())));
  const goneIds = new Set(gone.map((e) => e.id()));
  const existing: string[] = [];
  const fresh: string[] = [];
  for (const id of state.nodes.keys()) (!cy.hasElementWithId(id) || goneIds.has(id) ? fresh : existing).push(id);
  const newEdges = [...state.edges.values()].filter((e) => !cy.hasElementWithId(e.id));
  const oldEdges = (cy.edges().toArray() as EdgeSingular[]).filter((e) => !goneIds.has(e.id()));
  return { gone, fresh, existing, newEdges, oldEdges };
}

/**
 * What differs from the state the canvas shows. A node is brought in line if its entry, its expansion or
 * its visibility changed; every node if the display did (or the largest PageRank, when sizing by it), or if
 * places are to be applied (a layout may have moved nodes without a new state). An edge on the canvas is
 * touched only when its visibility flips. Given what the change touched (`touched`), only those entries, the
 * nodes whose expansion changed and the edges of nodes whose visibility flipped are compared.
 */
function changesSince(cy: Core, drawn: Drawn, state: ViewState, visible: Visibility, movePositions: boolean, maxPagerank: number, touched?: Touched): ElementChanges {
  const was = drawn.state;
  const all = movePositions || was.display !== state.display || (state.display.sizeBy === 'pagerank' && largestPagerank(was) !== maxPagerank);
  // Without a record of what changed, or with every node to touch anyway, every entry is compared.
  const nodeIds = touched && !all ? touched.nodes : undefined;
  const edgeIds = touched && !all ? touched.edges : undefined;
  const gone: string[] = [];
  for (const id of nodeIds ?? was.nodes.keys()) if (was.nodes.has(id) && !state.nodes.has(id)) gone.push(id);
  for (const id of edgeIds ?? was.edges.keys()) if (was.edges.has(id) && !state.edges.has(id)) gone.push(id);
  const existing: string[] = [];
  const fresh: string[] = [];
  const shownBefore = drawn.visible;
  const check = (id: string, n: NodeState) => {
    const before = was.nodes.get(id);
    if (!before) fresh.push(id);
    else if (all || before !== n || was.expansions.get(id) !== state.expansions.get(id) || shownBefore.nodes.has(id) !== visible.nodes.has(id)) existing.push(id);
  };
  if (nodeIds) {
    for (const id of nodeIds) { const n = state.nodes.get(id); if (n) check(id, n); }
    // An expansion recorded or forgotten changes its node's label and class, its entry staying the same.
    for (const id of new Set([...was.expansions.keys(), ...state.expansions.keys()])) {
      const n = state.nodes.get(id);
      if (n && !nodeIds.has(id) && was.nodes.has(id) && was.expansions.get(id) !== state.expansions.get(id)) existing.push(id);
    }
  } else {
    for (const [id, n] of state.nodes) check(id, n);
  }
  const newEdges: CanvasEdge[] = [];
  const oldEdges: EdgeSingular[] = [];
  const checkEdge = (id: string, e: CanvasEdge) => {
    if (!was.edges.has(id)) newEdges.push(e);
    else if (shownBefore.edges.has(id) !== visible.edges.has(id)) oldEdges.push(cy.getElementById(id) as EdgeSingular);
  };
  if (edgeIds && nodeIds) {
    // An edge's visibility flips with its own entry or with one of its nodes'.
    const edges = new Set(edgeIds);
    for (const id of nodeIds) if (shownBefore.nodes.has(id) !== visible.nodes.has(id)) for (const e of edgeIdsOf(cy, id)) edges.add(e);
    for (const id of edges) { const e = state.edges.get(id); if (e) checkEdge(id, e); }
  } else {
    for (const [id, e] of state.edges) checkEdge(id, e);
  }
  const goneOnCanvas = cy.collection();
  for (const id of gone) if (cy.hasElementWithId(id)) goneOnCanvas.merge(cy.getElementById(id));
  return { gone: goneOnCanvas, fresh, existing, newEdges, oldEdges };
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
