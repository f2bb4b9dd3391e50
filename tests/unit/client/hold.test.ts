// Holding the canvas through a chunked change (hold.ts), on a real (headless) Cytoscape:
// what each chunk shows is measured as the chunk ends; what it hides is not.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { holdDrawing } from '../../../client/src/graph/hold.js';
import type { Reveal } from '../../../client/src/graph/reveal.js';

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
    const hold = holdDrawing(cy, shownReveal, ['added'], []);
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
});
