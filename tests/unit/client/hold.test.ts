// Holding the canvas through a chunked change (hold.ts), on a real (headless) Cytoscape:
// what each chunk shows is measured as the chunk ends; what it hides is not.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { holdDrawing } from '../../../client/src/graph/hold.js';
import { REVEAL, type Reveal } from '../../../client/src/graph/reveal.js';

function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 20, height: 20 } }, { selector: '.off', style: { display: 'none' } }] as cytoscape.StylesheetJson,
    elements: [
      { data: { id: 'hidden' }, classes: ['off'], position: { x: 0, y: 0 } },
      { data: { id: 'shown' }, position: { x: 100, y: 0 } },
    ],
  });
}

const measured = (cy: Core, id: string) => (cy.$id(id)[0] as unknown as { _private: { bbCache?: unknown } })._private.bbCache != null;

function reveal(): Reveal & { started: number } {
  const fake = { started: 0, applying: false, prepare() {}, start() { fake.started++; } };
  return fake as unknown as Reveal & { started: number };
}

describe('holding the canvas through a chunked change', () => {
  it('measures what a chunk shows or adds, and not what it hides', () => {
    const cy = canvas();
    const shownReveal = reveal();
    // Revealed however small (the thresholds for drawing at once are tested below).
    const hold = holdDrawing(cy, shownReveal, ['added'], [], { added: 0, canvas: 0 });
    cy.$id('hidden').removeClass('off');
    cy.$id('shown').addClass('off');
    cy.add({ data: { id: 'added' }, position: { x: 50, y: 50 } });
    expect(measured(cy, 'hidden')).toBe(false);
    hold.chunkDone();
    expect(measured(cy, 'hidden')).toBe(true);
    expect(measured(cy, 'added')).toBe(true);
    expect(measured(cy, 'shown')).toBe(false);
    hold.release();
    expect(shownReveal.started).toBe(1);
    expect(cy.$id('hidden').boundingBox().w).toBeGreaterThan(0);
  });

  it('tells the reveal a change is being applied with the canvas held, until it is released', () => {
    const cy = canvas();
    const shownReveal = reveal();
    const hold = holdDrawing(cy, shownReveal, [], []);
    expect(shownReveal.applying).toBe(true);
    cy.$id('shown').position({ x: 0, y: 100 });
    hold.chunkDone();
    expect(shownReveal.applying).toBe(true);
    hold.release();
    expect(shownReveal.applying).toBe(false);
  });

  it('leaves a few hundred elements added to a small view to the renderer, and reveals more, or any added to a larger view', () => {
    const released = (added: number, canvasSize: number) => {
      const cy = canvas();
      for (let i = cy.elements().length; i < canvasSize; i++) cy.add({ data: { id: `n${i}` }, position: { x: i, y: 0 } });
      const shownReveal = reveal();
      const ids = Array.from({ length: added }, (_, i) => `n${i}`);
      const hold = holdDrawing(cy, shownReveal, ids.slice(0, added / 2), ids.slice(added / 2));
      hold.chunkDone();
      hold.release();
      return shownReveal.started;
    };
    // An expansion of 200 neighbours on a view of a few hundred elements: drawn in the next frame.
    expect(released(400, 600)).toBe(0);
    expect(released(REVEAL.atOnce.added, REVEAL.atOnce.canvas)).toBe(0);
    expect(released(REVEAL.atOnce.added + 2, 1000)).toBe(1);
    expect(released(10, REVEAL.atOnce.canvas + 1)).toBe(1);
  });
});
