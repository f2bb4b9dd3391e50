// Opening up a crowded layout (what fcose's spectral draft gives for thousands of
// nodes): no two boxes overlap afterwards, fixed boxes stay, and the draft's shape holds.
import { describe, expect, it } from 'vitest';
import { countOverlaps, spreadBoxes, type Boxes } from '../../../client/src/graph/spread.js';

function boxes(points: Array<[number, number]>, fixed: number[] = [], w = 120, h = 40): Boxes {
  const n = points.length;
  return {
    x: Float64Array.from(points, (p) => p[0]), y: Float64Array.from(points, (p) => p[1]),
    w: new Float64Array(n).fill(w), h: new Float64Array(n).fill(h),
    fixed: Uint8Array.from(points, (_, i) => (fixed.includes(i) ? 1 : 0)),
  };
}

/** `n` points within a few units of (cx, cy), as a hub's leaves in a spectral draft. */
function heapAt(n: number, cx: number, cy: number): Array<[number, number]> {
  return Array.from({ length: n }, (_, i) => [cx + (i % 7) * 0.5, cy + (i % 11) * 0.3]);
}

describe('spreadBoxes', () => {
  it('opens a heap of boxes on top of each other until none overlap, the same way every time', () => {
    const heap = boxes([...heapAt(300, 0, 0), ...heapAt(200, 50, 20)]);
    expect(countOverlaps(heap)).toBeGreaterThan(40_000);
    const again = boxes([...heapAt(300, 0, 0), ...heapAt(200, 50, 20)]);
    spreadBoxes(heap);
    spreadBoxes(again);
    expect(countOverlaps(heap)).toBe(0);
    expect([...heap.x]).toEqual([...again.x]);
    expect([...heap.y]).toEqual([...again.y]);
  });

  it('keeps fixed boxes where they are and moves the others off them', () => {
    const layout = boxes([[0, 0], ...heapAt(60, 1, 1), [30, 5]], [0, 61]);
    spreadBoxes(layout);
    expect([layout.x[0], layout.y[0], layout.x[61], layout.y[61]]).toEqual([0, 0, 30, 5]);
    // The two fixed boxes overlap each other: that pair is left as it is, every other pair is apart.
    expect(countOverlaps(layout)).toBe(1);
  });

  it('keeps the shape of the draft: a group on the left stays left of a group on the right', () => {
    const layout = boxes([...heapAt(100, -200, 0), ...heapAt(100, 200, 0)]);
    spreadBoxes(layout);
    const left = [...layout.x.slice(0, 100)];
    const right = [...layout.x.slice(100)];
    expect(Math.max(...left)).toBeLessThan(Math.min(...right));
    expect(countOverlaps(layout)).toBe(0);
  });

  it('scales a crowded draft up to room for its boxes, and leaves one with room to spare as it is', () => {
    const crowded = boxes(Array.from({ length: 100 }, (_, i) => [(i % 10) * 10, Math.floor(i / 10) * 10]));
    expect(spreadBoxes(crowded).scale).toBeGreaterThan(5);
    const roomy = Array.from({ length: 100 }, (_, i): [number, number] => [(i % 10) * 1000, Math.floor(i / 10) * 1000]);
    const sparse = boxes(roomy);
    expect(spreadBoxes(sparse).scale).toBe(1);
    // Nothing to open: nothing moves.
    expect([...sparse.x]).toEqual(roomy.map((p) => p[0]));
    expect([...sparse.y]).toEqual(roomy.map((p) => p[1]));
  });
});
