// Bringing the canvas in line with a view state: a filter change on an unchanged
// set of elements touches only the elements whose visibility flips.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { describeOntology } from '../../../server/ontology/index.js';
import { emptyState, type ViewState } from '../../../client/src/core/types.js';
import { addElements, movePositions, removeNodes, setDisplay, setExpansion, setFilters, setHidden, setPinned } from '../../../client/src/core/state.js';
import { visibility } from '../../../client/src/core/filters.js';
import { relationLabels } from '../../../client/src/graph/elements.js';
import { communityColor } from '../../../client/src/graph/appearance.js';
import { buildStylesheet } from '../../../client/src/graph/style.js';
import { applySelection, planSync } from '../../../client/src/graph/sync.js';
import { edge, node } from './fixtures.js';

const schema = describeOntology();
const labels = relationLabels(schema);

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

/** Applies `state` as the view does: knowing `before` is what the canvas shows, when given. */
function apply(cy: cytoscape.Core, state: ViewState, before?: ViewState, movePositions = false) {
  const plan = planSync(cy, state, labels, movePositions, before ? { state: before, visible: visibility(before) } : undefined);
  cy.batch(() => { for (const step of plan.steps) step.run(0, step.size); });
  return plan;
}

/** What a person could see of every element: data, classes, place, selection. */
function canvasOf(cy: cytoscape.Core) {
  return cy.elements().map((e) => ({
    id: e.id(), data: e.data(), classes: [...e.classes()].sort(), selected: e.selected(),
    ...(e.isNode() ? { at: e.position(), locked: e.locked() } : {}),
  })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A step's size by its place in the plan: remove, update nodes, add nodes, add edges, update edges, selection. */
const sizes = (plan: ReturnType<typeof planSync>) => plan.steps.map((s) => s.size);

describe('planSync', () => {
  it('shows or hides only what a filter changes, and ends where a full sync would', () => {
    const cy = cytoscape({ headless: true });
    const placed = [node('a', { type: 'Person' }), node('b', { type: 'Organization' }), node('c', { type: 'Person' })]
      .map((n, i) => ({ node: n, position: { x: i * 10, y: 0 } }));
    const start = addElements(emptyState(), placed, [edge('ab', 'a', 'b'), edge('ac', 'a', 'c', { type: 'MET_WITH' })]);
    apply(cy, start);
    const filtered = { ...start, filters: { ...start.filters, hiddenEntityTypes: ['Organization'] } };
    const plan = apply(cy, filtered, start);
    // Only b and its edge flip (plus the selection step).
    expect(plan.steps.map((s) => s.size)).toEqual([1, 1, 1]);
    expect(cy.getElementById('b').hasClass('off')).toBe(true);
    expect(cy.getElementById('ab').hasClass('off')).toBe(true);
    expect(cy.getElementById('a').hasClass('off')).toBe(false);
    expect(cy.getElementById('ac').hasClass('off')).toBe(false);
    // Back again: the same as a full sync from scratch.
    apply(cy, start, filtered);
    expect(cy.elements('.off').length).toBe(0);
    cy.destroy();
  });
});

describe('planSync from the state the canvas shows', () => {
  const row = (prefix: string, count: number, x0: number) => Array.from({ length: count }, (_, i) => ({ node: node(`${prefix}${i}`, { type: i % 2 ? 'Person' : 'Organization' }), position: { x: x0 + i * 10, y: 0 } }));
  const base = () => {
    const placed = row('n', 40, 0);
    const edges = placed.slice(1).map((p, i) => edge(`e${i}`, 'n0', p.node.id));
    return addElements(emptyState(), placed, edges);
  };

  it('adds an expansion without touching the rest of the canvas', () => {
    const cy = cytoscape({ headless: true });
    const start = base();
    apply(cy, start);
    const added = row('x', 5, 500);
    const expanded = setExpansion(addElements(start, added, added.map((p, i) => edge(`xe${i}`, 'n3', p.node.id))), 'n3', { offsets: { '*': 5 }, counts: { HOLDS_POSITION: 9 }, loadedEdges: {}, added: added.map((p) => p.node.id) });
    // Only n3 is updated (its label counts what is not shown yet); 5 nodes and 5 edges added; no edge restyled.
    expect(sizes(apply(cy, expanded, start))).toEqual([0, 1, 5, 5, 0, 1]);
    expect(cy.getElementById('n3').data('label')).toMatch(/^n3 \(\+\d+\)$/);
    expect(cy.nodes().length).toBe(45);
    cy.destroy();
  });

  it('removes a node and its edges, and leaves its neighbours alone', () => {
    const cy = cytoscape({ headless: true });
    const start = base();
    apply(cy, start);
    const plan = apply(cy, removeNodes(start, ['n0']), start);
    expect(sizes(plan)).toEqual([40, 0, 0, 0, 0, 1]);
    expect(plan.removed).toBe(1);
    expect(cy.nodes().length).toBe(39);
    expect(cy.edges().length).toBe(0);
    cy.destroy();
  });

  it('ends where a sync from scratch ends, whatever the change', () => {
    let state = base();
    const cy = cytoscape({ headless: true });
    apply(cy, state);
    const changes: Array<(s: ViewState, i: number) => ViewState> = [
      (s, i) => { const p = row(`a${i}-`, 3, 100 * i); return addElements(s, p, p.map((q, j) => edge(`ae${i}-${j}`, [...s.nodes.keys()][i % s.nodes.size]!, q.node.id))); },
      (s, i) => removeNodes(s, [[...s.nodes.keys()][(i * 7) % s.nodes.size]!]),
      (s, i) => setHidden(s, [[...s.nodes.keys()][(i * 3) % s.nodes.size]!], true),
      (s) => setHidden(s, [...s.nodes.keys()], false),
      (s, i) => setPinned(s, [[...s.nodes.keys()][(i * 5) % s.nodes.size]!], i % 2 === 0),
      (s, i) => setFilters(s, { hiddenEntityTypes: i % 2 ? ['Person'] : [] }),
      (s, i) => setDisplay(s, { sizeBy: i % 2 ? 'pagerank' : 'degree', colorBy: i % 3 ? 'type' : 'community' }),
      (s, i) => movePositions(s, new Map([[[...s.nodes.keys()][i % s.nodes.size]!, { x: i, y: -i }]])),
      (s, i) => ({ ...s, selection: [...s.nodes.keys()][(i * 11) % s.nodes.size] ?? null }),
    ];
    const seen: ViewState[] = [];
    for (let i = 0; i < 60; i++) {
      const one = changes[(i * 5 + Math.floor(i / 9)) % changes.length]!(state, i);
      // Every third time two changes at once, as an undo or redo over several steps, or a restored link, brings;
      // every seventh, back to a state two changes before (an undo of two steps).
      const next = i % 7 === 6 ? seen[seen.length - 2]! : i % 3 === 0 ? changes[(i * 2 + 1) % changes.length]!(one, i + 1) : one;
      seen.push(state);
      const moved = i % 4 === 0;
      apply(cy, next, state, moved);
      const fresh = cytoscape({ headless: true });
      apply(fresh, next, undefined, moved);
      // Places: a state's own only when applied with them (else a layout owns them), as both were here.
      if (moved) expect(canvasOf(cy), `change ${i}`).toEqual(canvasOf(fresh));
      else expect(canvasOf(cy).map(({ at: _at, ...rest }) => rest), `change ${i}`).toEqual(canvasOf(fresh).map(({ at: _at, ...rest }) => rest));
      fresh.destroy();
      state = next;
    }
    cy.destroy();
  });
});

describe('colouring by community', () => {
  // Switching used to swap the stylesheet, which restyled every element in one task (1.2-1.5 s at 5k/10k):
  // it must now be node by node, in the steps a large change spreads over frames.
  it('recolours node by node in the sync steps, with the same stylesheet, and back to the type colours', () => {
    for (const light of [false, true]) {
      const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(schema, { light }) });
      const sheet = cy.style();
      const placed = [node('a', { type: 'Person', community: 2 }), node('b', { type: 'Organization', community: 5 }), node('c', { type: 'Person', community: -1 })]
        .map((n, i) => ({ node: n, position: { x: i * 10, y: 0 } }));
      const byType = addElements(emptyState(), placed, [edge('ab', 'a', 'b')]);
      apply(cy, byType);
      const typeColour = (type: string) => rgb(schema.entityTypes.find((t) => t.type === type)!.color);
      expect(cy.getElementById('a').style('background-color')).toBe(typeColour('Person'));
      const byCommunity = { ...byType, display: { ...byType.display, colorBy: 'community' as const } };
      // As the view plans a display change: the same elements, each node updated in the steps.
      expect(sizes(apply(cy, byCommunity, byType))[1]).toBe(3);
      expect(cy.style()).toBe(sheet);
      expect(cy.getElementById('a').style('background-color'), `light: ${light}`).toBe(rgb(communityColor(2)));
      expect(cy.getElementById('b').style('background-color')).toBe(rgb(communityColor(5)));
      expect(cy.getElementById('c').style('background-color')).toBe(rgb(communityColor(-1)));
      expect(cy.getElementById('b').style('shape')).toBe(schema.entityTypes.find((t) => t.type === 'Organization')!.shape);
      apply(cy, byType, byCommunity);
      expect(cy.getElementById('b').style('background-color')).toBe(typeColour('Organization'));
      cy.destroy();
    }
  });
});

describe('applySelection', () => {
  it('leaves exactly the chosen element selected, whoever selected the others and whenever', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'c' } }] });
    const selected = () => cy.elements(':selected').map((e) => e.id()).sort();
    // Selected before the selection was first applied, then by Cytoscape itself (a tap).
    cy.getElementById('a').select();
    applySelection(cy, 'b');
    expect(selected()).toEqual(['b']);
    cy.getElementById('c').select();
    applySelection(cy, 'b');
    expect(selected()).toEqual(['b']);
    // A selected element removed and added again comes back unselected and is not unselected twice.
    cy.getElementById('b').remove();
    cy.add({ data: { id: 'b' } });
    cy.getElementById('a').select();
    applySelection(cy, null);
    expect(selected()).toEqual([]);
  });
});
