// Bringing the canvas in line with a view state: a filter change on an unchanged
// set of elements touches only the elements whose visibility flips.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { describeOntology } from '../../../server/ontology/index.js';
import { emptyState, type ViewState } from '../../../client/src/core/types.js';
import { addElements } from '../../../client/src/core/state.js';
import { relationLabels } from '../../../client/src/graph/elements.js';
import { applySelection, planSync } from '../../../client/src/graph/sync.js';
import { edge, node } from './fixtures.js';

const labels = relationLabels(describeOntology());

function apply(cy: cytoscape.Core, state: ViewState, before?: ViewState) {
  const plan = planSync(cy, state, labels, true, before !== undefined, before ? { visible: planSync(cy, before, labels, false).visible } : undefined);
  cy.batch(() => { for (const step of plan.steps) step.run(0, step.size); });
  return plan;
}

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
