// The frame that makes Cytoscape's gesture snapshot on a large view skips the
// measurement of every element's box it would store and never read; every other
// render, and every other use of the collection, is the renderer's own.
import { describe, expect, it } from 'vitest';
import { makesSnapshot, skipSnapshotBounds } from '../../../client/src/graph/gesture-start.js';

/** Like Cytoscape's render: measures all elements when it starts a gesture snapshot. */
function fakeRenderer(textureOnViewport: boolean) {
  let measured = 0;
  // As in Cytoscape, the method lives on the collection's prototype.
  const elements = Object.create({ boundingBox: () => { measured++; return { x1: -50, y1: -50, x2: 50, y2: 50, w: 100, h: 100 }; } }) as { boundingBox(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } };
  const cy = { mutableElements: () => elements };
  const r = {
    textureOnViewport,
    textureCache: null as null | { bb: unknown },
    hoverData: { dragging: false },
    cy,
    seen: [] as unknown[],
    render(options?: { forcedContext?: unknown }) {
      const snapshot = this.textureOnViewport && !options?.forcedContext && this.hoverData.dragging;
      if (snapshot && !this.textureCache) this.textureCache = { bb: cy.mutableElements().boundingBox() };
      else if (!snapshot) this.textureCache = null;
      this.seen.push(cy.mutableElements().boundingBox());
    },
  };
  return { r, elements, measured: () => measured };
}

describe('gesture snapshot bounds', () => {
  it('answers the snapshot frame\'s measurement without measuring, once per gesture', () => {
    const { r, elements, measured } = fakeRenderer(true);
    skipSnapshotBounds(r);
    r.hoverData.dragging = true;
    r.render();
    // The renderer's measurement was answered at once; a later use in the same frame too.
    expect(measured()).toBe(0);
    expect(Object.hasOwn(elements, 'boundingBox')).toBe(false);
    // The next frames of the gesture reuse the snapshot: nothing is skipped, so measuring is the renderer's own.
    r.render();
    expect(measured()).toBe(1);
    r.hoverData.dragging = false;
    r.render();
    expect(measured()).toBe(2);
    expect(elements.boundingBox().w).toBe(100);
  });

  it('leaves small views (no snapshot) and drawing into other contexts alone', () => {
    const { r, measured } = fakeRenderer(false);
    skipSnapshotBounds(r);
    r.hoverData.dragging = true;
    r.render();
    expect(measured()).toBe(1);
    const large = fakeRenderer(true);
    skipSnapshotBounds(large.r);
    large.r.hoverData.dragging = true;
    expect(makesSnapshot(large.r, { forcedContext: {} })).toBe(false);
    large.r.render({ forcedContext: {} });
    expect(large.measured()).toBe(1);
  });

  it('gives the collection its own method back even when the render throws', () => {
    const { r, elements } = fakeRenderer(true);
    r.render = () => { throw new Error('canvas lost'); };
    skipSnapshotBounds(r);
    r.hoverData.dragging = true;
    expect(() => r.render()).toThrow('canvas lost');
    expect(Object.hasOwn(elements, 'boundingBox')).toBe(false);
  });
});
