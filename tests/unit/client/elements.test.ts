// Element building from API data: what goes on the canvas, and that nothing dangles.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { describeOntology } from '../../../server/ontology/index.js';
import {
  additions, edgeElement, hiddenTotal, nodeElement, relationLabels, ringPositions,
} from '../../../client/src/graph/elements.js';
import { edge, node } from './fixtures.js';

const labels = relationLabels(describeOntology());

describe('element building', () => {
  it('carries a node\'s name as its label and keeps its type and degree', () => {
    const el = nodeElement(node('person:hu', { name: 'Hu Binchen', degree: 7 }), { x: 1, y: 2 });
    expect(el).toMatchObject({ group: 'nodes', data: { id: 'person:hu', label: 'Hu Binchen', type: 'Person', degree: 7 }, position: { x: 1, y: 2 } });
  });

  it('labels an edge with its relation type\'s display label', () => {
    const el = edgeElement(edge('e1', 'a', 'b', { type: 'MET_WITH', symmetric: true }), labels);
    expect(el.data).toMatchObject({ id: 'e1', source: 'a', target: 'b', type: 'MET_WITH', label: 'met with', symmetric: true });
    expect(relationLabels(describeOntology())('NOT_A_TYPE')).toBe('NOT_A_TYPE');
  });
});

describe('additions', () => {
  it('adds only new nodes and edges, once each', () => {
    const add = additions(new Set(['a', 'e0']), [node('a'), node('b'), node('b')], [edge('e0', 'a', 'b'), edge('e1', 'a', 'b'), edge('e1', 'a', 'b')]);
    expect(add.nodes.map((n) => n.id)).toEqual(['b']);
    expect(add.edges.map((e) => e.id)).toEqual(['e1']);
    expect(add.dangling).toBe(0);
  });

  it('never keeps an edge whose endpoint will be missing', () => {
    const add = additions(new Set(['a']), [node('b')], [edge('ok', 'a', 'b'), edge('dangling', 'a', 'zzz'), edge('both', 'x', 'y')]);
    expect(add.edges.map((e) => e.id)).toEqual(['ok']);
    expect(add.dangling).toBe(2);
  });

  it('gives Cytoscape elements it accepts without throwing', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(nodeElement(node('a')));
    const add = additions(new Set(['a']), [node('b')], [edge('e1', 'a', 'b'), edge('e2', 'b', 'gone')]);
    expect(() => cy.add([...add.nodes.map((n) => nodeElement(n)), ...add.edges.map((e) => edgeElement(e, labels))])).not.toThrow();
    expect(cy.nodes().length).toBe(2);
    expect(cy.edges().length).toBe(1);
    cy.destroy();
  });
});

describe('ringPositions', () => {
  it('places each new node at the radius around its parent, on growing rings past a dozen', () => {
    const centre = { x: 100, y: -50 };
    const spots = ringPositions(centre, 20, 100, 12);
    expect(spots).toHaveLength(20);
    const distances = spots.map((p) => Math.round(Math.hypot(p.x - centre.x, p.y - centre.y)));
    expect(distances.slice(0, 12).every((d) => d === 100)).toBe(true);
    expect(distances.slice(12).every((d) => d === 160)).toBe(true);
    expect(new Set(spots.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(20);
  });

  it('returns nothing for no nodes', () => {
    expect(ringPositions({ x: 0, y: 0 }, 0)).toEqual([]);
  });
});

it('totals the hidden neighbours over relation types', () => {
  expect(hiddenTotal({ MEMBER_OF: 3, LOCATED_IN: 2 })).toBe(5);
  expect(hiddenTotal({})).toBe(0);
});
