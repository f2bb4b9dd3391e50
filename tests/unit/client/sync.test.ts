// Bringing the canvas in line with a view state: a filter change on an unchanged
// set of elements touches only the elements whose visibility flips.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { describeOntology } from '../../../server/ontology/index.js';
import { emptyState, type ViewState } from '../../../client/src/core/types.js';
import { addElements } from '../../../client/src/core/state.js';
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
      const restyle = (state: ViewState) => {
        const plan = planSync(cy, state, labels, false, true);
        cy.batch(() => { for (const step of plan.steps) step.run(0, step.size); });
        return plan;
      };
      expect(restyle(byCommunity).steps.some((s) => s.size === 3)).toBe(true);
      expect(cy.style()).toBe(sheet);
      expect(cy.getElementById('a').style('background-color'), `light: ${light}`).toBe(rgb(communityColor(2)));
      expect(cy.getElementById('b').style('background-color')).toBe(rgb(communityColor(5)));
      expect(cy.getElementById('c').style('background-color')).toBe(rgb(communityColor(-1)));
      expect(cy.getElementById('b').style('shape')).toBe(schema.entityTypes.find((t) => t.type === 'Organization')!.shape);
      restyle(byType);
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
