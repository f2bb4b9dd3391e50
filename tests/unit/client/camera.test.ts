// Where the camera goes to show a box (camera.ts): the whole box in view inside the padding, centred,
// never zoomed in past the limit; and the box of the nodes shown on a large view, from places and sizes.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { fitViewport, shownNodesBox } from '../../../client/src/graph/camera.js';

const limits = { padding: 50, maxZoom: 1.4, minZoom: 0.01 };
/** Where a model point lands on the screen under `to`. */
const rendered = (to: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({ x: to.pan.x + to.zoom * x, y: to.pan.y + to.zoom * y });

describe('fitting the camera to a box', () => {
  it('shows a wide box edge to edge inside the padding, centred the other way', () => {
    const to = fitViewport({ x1: -1000, y1: 0, x2: 6000, y2: 1000 }, 800, 600, limits)!;
    expect(to.zoom).toBeCloseTo(0.1);
    expect(rendered(to, -1000, 0).x).toBeCloseTo(50);
    expect(rendered(to, 6000, 0).x).toBeCloseTo(750);
    expect(rendered(to, 0, 500).y).toBeCloseTo(300);
  });

  it('zooms a small box in no further than the limit, and centres it', () => {
    const to = fitViewport({ x1: 0, y1: 0, x2: 100, y2: 50 }, 800, 600, limits)!;
    expect(to.zoom).toBe(1.4);
    expect(rendered(to, 50, 25)).toEqual({ x: 400, y: 300 });
  });

  it('keeps within the lowest zoom, and gives up on a viewport with no room or a box with no place', () => {
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e9, y2: 1 }, 800, 600, limits)!.zoom).toBe(0.01);
    expect(fitViewport({ x1: 0, y1: 0, x2: 100, y2: 100 }, 80, 600, limits)).toBeNull();
    expect(fitViewport({ x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }, 800, 600, limits)).toBeNull();
  });
});

describe('the box of the nodes shown', () => {
  const canvas = () => cytoscape({
    headless: true,
    layout: { name: 'preset' },
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 20, height: 10 } }, { selector: '.big', style: { width: 60, height: 60 } }, { selector: '.off', style: { display: 'none' } }] as cytoscape.StylesheetJson,
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 50 }, classes: ['big'] },
      { data: { id: 'far' }, position: { x: 5000, y: -5000 }, classes: ['off'] },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });

  it('spans the places and sizes of the nodes shown, leaving hidden ones out', () => {
    expect(shownNodesBox(canvas())).toEqual({ x1: -10, y1: -5, x2: 130, y2: 80 });
  });

  it('is null when no node is shown', () => {
    const cy = canvas();
    cy.nodes().addClass('off');
    expect(shownNodesBox(cy)).toBeNull();
  });
});
