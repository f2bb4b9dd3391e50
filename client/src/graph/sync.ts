// Brings the Cytoscape instance in line with a view state: adds, removes,
// moves, hides and restyles only what differs, inside one batch (one redraw).
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { remainingTotal } from '../core/expansion.js';
import { visibility, type Visibility } from '../core/filters.js';
import type { ViewState } from '../core/types.js';
import { communityColor, communityOf, nodeSize, pagerankOf } from './appearance.js';
import { edgeElement, type RelationLabels } from './elements.js';

export interface SyncResult {
  visible: Visibility;
  added: string[];
  removed: number;
}

/**
 * Applies `state` to `cy`. Positions are applied only with `movePositions`
 * (undo, redo, restore): otherwise a running layout owns them.
 */
export function syncCanvas(cy: Core, state: ViewState, labels: RelationLabels, movePositions: boolean): SyncResult {
  const visible = visibility(state);
  const added: string[] = [];
  let removed = 0;
  const maxPagerank = Math.max(0, ...[...state.nodes.values()].map((n) => pagerankOf(n.node)));
  cy.batch(() => {
    const gone = cy.elements().filter((e) => (e.isNode() ? !state.nodes.has(e.id()) : !state.edges.has(e.id())));
    removed = gone.nodes().length;
    cy.remove(gone);
    const fresh: ElementDefinition[] = [];
    for (const [id, n] of state.nodes) {
      const hidden = remainingTotal(state.expansions.get(id));
      const data = {
        ...n.node,
        label: hidden > 0 ? `${n.node.name} (+${hidden})` : n.node.name,
        size: nodeSize(n.node, state.display.sizeBy, maxPagerank),
        ccolor: communityColor(communityOf(n.node)),
      };
      const classes = { off: !visible.nodes.has(id), expanded: state.expansions.has(id), pinned: n.pinned };
      const node = cy.getElementById(id) as NodeSingular;
      if (node.empty()) {
        // New nodes go in one add: far cheaper than one add each on a large view.
        const names = Object.entries(classes).filter(([, on]) => on).map(([c]) => c);
        fresh.push({ group: 'nodes', data, position: { x: n.x, y: n.y }, classes: names, locked: n.pinned });
        added.push(id);
        continue;
      }
      if (movePositions && !samePlace(node, n.x, n.y)) {
        node.unlock();
        node.position({ x: n.x, y: n.y });
      }
      setChanged(node, data);
      for (const [name, on] of Object.entries(classes)) setClass(node, name, on);
      if (node.locked() !== n.pinned) {
        if (n.pinned) node.lock();
        else node.unlock();
      }
    }
    if (fresh.length > 0) cy.add(fresh);
    const edgeAdds = [...state.edges.values()].filter((e) => cy.getElementById(e.id).empty()).map((e) => edgeElement(e, labels));
    if (edgeAdds.length > 0) cy.add(edgeAdds);
    cy.edges().forEach((e) => setClass(e, 'off', !visible.edges.has(e.id())));
    const selected = state.selection;
    cy.elements(':selected').filter((e) => e.id() !== selected).unselect();
    if (selected) cy.getElementById(selected).select();
  });
  return { visible, added, removed };
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
