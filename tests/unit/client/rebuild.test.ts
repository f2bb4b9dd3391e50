// Drawing a large view again at a new camera, a time-boxed slice a frame.
import { describe, expect, it } from 'vitest';
import { Rebuild, moveBetween } from '../../../client/src/graph/rebuild.js';

describe('rebuild', () => {
  it('maps pixels drawn at one camera to where another camera shows the same points', () => {
    const from = { scale: 1, x: 0, y: 0, width: 100, height: 100 };
    const to = { scale: 2, x: 10, y: -20, width: 100, height: 100 };
    const [a, , , d, e, f] = moveBetween(from, to);
    // A model point at (5, 5) is at pixel (5, 5) under `from` and at (20, -10) under `to`.
    expect([a * 5 + e, d * 5 + f]).toEqual([20, -10]);
  });

  it('draws every element once, in order, edges and nodes into their own buffers, within the time given per step', () => {
    const edges = { name: 'edges' } as unknown as CanvasRenderingContext2D;
    const nodes = { name: 'nodes' } as unknown as CanvasRenderingContext2D;
    const order = Array.from({ length: 100 }, (_, i) => ({ i, isEdge: () => i % 2 === 1 }));
    const rebuild = new Rebuild({ edges, nodes }, { scale: 1, x: 0, y: 0, width: 1, height: 1 }, order);
    let time = 0;
    const drawn: string[] = [];
    const draw = (c: CanvasRenderingContext2D, ele: { isEdge(): boolean }) => {
      time += 1;
      drawn.push(`${(c as unknown as { name: string }).name}:${(ele as unknown as { i: number }).i}`);
    };
    let steps = 0;
    while (!rebuild.done && steps < 50) {
      rebuild.step(draw, 1, null, () => time, 40);
      steps++;
    }
    expect(drawn).toHaveLength(100);
    expect(drawn.slice(0, 3)).toEqual(['nodes:0', 'edges:1', 'nodes:2']);
    // 1 ms an element, 40 ms a step, checked every 8 elements: 40, 40 and 20 (never far past the budget).
    expect(steps).toBe(3);
  });
});
