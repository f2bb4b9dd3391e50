// Style derivation: every type in /api/schema is drawn as the schema says.
// Doubles as a drift test: a type added to the ontology must be styled here too.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { describeOntology, NODE_SHAPES } from '../../../server/ontology/index.js';
import { edgeElement, nodeElement, relationLabels } from '../../../client/src/graph/elements.js';
import { buildStylesheet, byType } from '../../../client/src/graph/style.js';
import { hasSwatch } from '../../../client/src/panels/swatch.js';
import { edge, node } from './fixtures.js';

const schema = describeOntology();

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

function styledGraph() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(schema) });
  cy.add(schema.entityTypes.map((t) => nodeElement(node(`n:${t.type}`, { type: t.type }))));
  const labels = relationLabels(schema);
  cy.add(schema.relationTypes.map((r) => edgeElement(edge(`e:${r.type}`, 'n:Person', 'n:Organization', { type: r.type, symmetric: r.symmetric }), labels)));
  return cy;
}

describe('the stylesheet derived from the schema', () => {
  it('has one rule per entity type and per relation type', () => {
    const selectors = buildStylesheet(schema).map((block) => ('selector' in block ? block.selector : ''));
    for (const t of schema.entityTypes) expect(selectors).toContain(byType('node', t.type));
    for (const r of schema.relationTypes) expect(selectors).toContain(byType('edge', r.type));
  });

  it('colours and shapes every node by its type', () => {
    const cy = styledGraph();
    for (const t of schema.entityTypes) {
      const n = cy.getElementById(`n:${t.type}`);
      expect(n.style('background-color'), t.type).toBe(rgb(t.color));
      expect(n.style('shape'), t.type).toBe(t.shape);
    }
    cy.destroy();
  });

  it('colours every edge by its relation type, with its line style, and no arrow when symmetric', () => {
    const cy = styledGraph();
    for (const r of schema.relationTypes) {
      const e = cy.getElementById(`e:${r.type}`);
      expect(e.style('line-color'), r.type).toBe(rgb(r.color));
      expect(e.style('line-style'), r.type).toBe(r.lineStyle);
      expect(e.style('target-arrow-shape'), r.type).toBe(r.symmetric ? 'none' : 'triangle');
    }
    cy.destroy();
  });

  it('shows an edge label only when the edge is selected', () => {
    const cy = styledGraph();
    const e = cy.getElementById('e:MET_WITH');
    expect(e.style('label')).toBe('');
    e.select();
    expect(e.style('label')).toBe('met with');
    cy.destroy();
  });

  it('quotes type values so a selector cannot be broken by one', () => {
    expect(byType('node', 'A"]b')).toBe('node[type = "A\\"]b"]');
  });

  it('can draw a legend swatch for every node shape the ontology allows', () => {
    for (const shape of NODE_SHAPES) expect(hasSwatch(shape), shape).toBe(true);
  });
});

describe('the large-view style', () => {
  it('still shows a selection, a highlighted path and dimming, and keeps edge labels off', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(schema, { light: true }) });
    const labels = relationLabels(schema);
    cy.add([nodeElement(node('a', { type: 'Person' })), nodeElement(node('b', { type: 'Organization' })), nodeElement(node('c', { type: 'Person' }))]);
    cy.add([edgeElement(edge('ab', 'a', 'b', { type: 'HOLDS_POSITION' }), labels), edgeElement(edge('cb', 'c', 'b', { type: 'HOLDS_POSITION' }), labels)]);
    const plain = cy.getElementById('c');
    expect(parseFloat(plain.style('border-width'))).toBe(0);
    cy.getElementById('a').select();
    expect(parseFloat(cy.getElementById('a').style('border-width'))).toBeGreaterThan(0);
    cy.getElementById('ab').addClass('highlight');
    cy.getElementById('cb').addClass('dimmed');
    expect(parseFloat(cy.getElementById('ab').style('width'))).toBeGreaterThan(parseFloat(cy.getElementById('cb').style('width')));
    expect(parseFloat(cy.getElementById('cb').style('opacity'))).toBeLessThan(0.45);
    cy.getElementById('ab').select();
    expect(cy.getElementById('ab').style('label')).toBe('');
    cy.destroy();
  });
});
