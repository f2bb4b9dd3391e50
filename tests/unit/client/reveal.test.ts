// The staged reveal: while it runs the renderer draws only what is revealed, nodes
// first, a slice more each drawn frame, fitted to the draw time; an export draws everything.
import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { FrameClock } from '../../../client/src/graph/frames.js';
import { REVEAL, Reveal } from '../../../client/src/graph/reveal.js';

function setup(drawCostPerEle = 0) {
  let time = 0;
  const queue: Array<() => void> = [];
  const clock: FrameClock = { now: () => time, next: (cb) => { queue.push(cb); } };
  const screen = {};
  const drawn: string[][] = [];
  const all: Array<{ id(): string }> = [];
  const renderer = {
    NODE: 2,
    data: { contexts: [{}, {}, screen] },
    redraws: 0,
    drawLayeredElements(this: void, _c: unknown, eles: ArrayLike<{ id(): string }>) { drawn.push(Array.from(eles, (e) => `L:${e.id()}`)); },
    drawCachedElements(this: void, _c: unknown, eles: ArrayLike<{ id(): string }>) { time += eles.length * drawCostPerEle; drawn.push(Array.from(eles, (e) => e.id())); },
    redrawHint() {},
    redraw() { renderer.redraws++; },
  };
  const cy = { renderer: () => renderer } as unknown as Core;
  const reveal = new Reveal(cy, clock);
  const add = (...ids: string[]) => { for (const id of ids) all.push({ id: () => id }); };
  // The renderer's frame: draws the node layer with every element it has.
  const draw = (context: unknown = screen) => (renderer as unknown as { drawLayeredElements(c: unknown, e: unknown[], p: number, x: unknown): void }).drawLayeredElements(context, all, 1, null);
  const frame = () => { const cb = queue.shift(); cb?.(); return cb !== undefined; };
  return { reveal, add, draw, frame, drawn, renderer };
}

describe('Reveal', () => {
  it('draws nodes first and then edges, a slice a frame, until everything is shown', async () => {
    const t = setup();
    const nodes = Array.from({ length: REVEAL.firstSlice + 10 }, (_, i) => `n${i}`);
    t.add('old', ...nodes, 'e1', 'e2');
    t.reveal.start(nodes, ['e1', 'e2']);
    expect(t.reveal.busy).toBe(true);
    t.draw();
    expect(t.drawn.at(-1)).toEqual(['old', ...nodes.slice(0, REVEAL.firstSlice)]);
    let frames = 0;
    while (t.reveal.busy && frames < 20) { t.frame(); t.draw(); frames++; }
    expect(t.reveal.busy).toBe(false);
    await t.reveal.done;
    expect(t.drawn.some((d) => d.includes('n0') && !d.includes('e1'))).toBe(true);
    // Done: the renderer's own path (layered textures) is back.
    t.draw();
    expect(t.drawn.at(-1)![0]).toBe('L:old');
  });

  it('draws everything into a context other than the screen (an image export)', () => {
    const t = setup();
    t.add('a', 'b');
    t.reveal.start(['a', 'b'], []);
    t.draw({});
    expect(t.drawn.at(-1)).toEqual(['L:a', 'L:b']);
  });

  it('does nothing without a canvas renderer (headless Cytoscape)', async () => {
    const reveal = new Reveal({ renderer: () => undefined } as unknown as Core);
    reveal.start(['a'], ['e']);
    expect(reveal.busy).toBe(false);
    await reveal.done;
  });
});
