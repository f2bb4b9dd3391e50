// The grid behind the pointer's hit test: a query returns every box that may meet the
// square around the point, each once and in drawing order, and boxes it cannot place.
import { describe, expect, it } from 'vitest';
import { HitGrid, MAX_CELLS_PER_BOX } from '../../../client/src/graph/hit-grid.js';

function grid(boxes: Array<[number, number, number, number] | null>) {
  const flat = new Float64Array(4 * boxes.length);
  boxes.forEach((b, i) => flat.set(b ?? [NaN, NaN, NaN, NaN], 4 * i));
  return HitGrid.build(flat, boxes.length);
}

/** What a pointer at (x, y) with that reach asks about. */
const near = (g: HitGrid, x: number, y: number, reach: number) => g.within(x - reach, y - reach, x + reach, y + reach);

const meets = (b: [number, number, number, number], x: number, y: number, r: number) => b[0] <= x + r && x - r <= b[2] && b[1] <= y + r && y - r <= b[3];

describe('HitGrid', () => {
  it('returns every box that meets the square around a point, once each, in ascending order', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const boxes = Array.from({ length: 2000 }, () => {
      const [x, y, w, h] = [random() * 5000, random() * 5000, random() * 200, random() * 200];
      return [x, y, x + w, y + h] as [number, number, number, number];
    });
    const g = grid(boxes);
    for (let k = 0; k < 200; k++) {
      const [x, y, r] = [random() * 5400 - 200, random() * 5400 - 200, random() * 50];
      const found = near(g, x, y, r);
      expect(new Set(found).size).toBe(found.length);
      expect([...found].sort((a, b) => a - b)).toEqual(found);
      const truth = boxes.flatMap((b, i) => (meets(b, x, y, r) ? [i] : []));
      for (const i of truth) expect(found).toContain(i);
      // A grid that returns nearly everything would pass the above: it must narrow the search.
      expect(found.length).toBeLessThan(100);
    }
  });

  it('returns the boxes it knows nothing about, and those too wide for its cells, on every query', () => {
    const boxes: Array<[number, number, number, number] | null> = Array.from({ length: 400 }, (_, i) => [i * 10, 0, i * 10 + 5, 5]);
    boxes.push(null, [0, 0, 4000, 4000]);
    const g = grid(boxes);
    expect([...g.always]).toEqual([400, 401]);
    expect(near(g, 2000, 3000, 1)).toEqual([400, 401]);
    const found = near(g, 1000, 2, 1);
    expect(found).toEqual(expect.arrayContaining([100, 400, 401]));
    expect(found).not.toContain(300);
    expect(MAX_CELLS_PER_BOX).toBeGreaterThan(1);
  });

  it('puts a line in the cells along it, widened by its pad, not in every cell of the rectangle it spans', () => {
    // 400 small nodes (lines of length 0) over a 4000 × 4000 square, and one diagonal line corner to corner.
    const count = 401;
    const shapes = new Float64Array(4 * count);
    const pads = new Float64Array(count);
    for (let i = 0; i < 400; i++) {
      const [x, y] = [(i % 20) * 200, Math.floor(i / 20) * 200];
      shapes.set([x, y, x, y], 4 * i);
      pads[i] = 10;
    }
    shapes.set([0, 0, 4000, 4000], 4 * 400);
    pads[400] = 6;
    const g = HitGrid.build(shapes, count, pads);
    expect([...g.always]).toEqual([]);
    // On the line, and just off it by less than its pad plus the reach: found.
    for (const t of [0, 0.13, 0.5, 0.77, 1]) expect(near(g, 4000 * t + 9, 4000 * t - 9, 8)).toContain(400);
    // In the rectangle's far corners, well away from the line: not.
    expect(near(g, 3900, 100, 8)).not.toContain(400);
    expect(near(g, 100, 3900, 8)).not.toContain(400);
    // The nodes are points widened by their pad.
    expect(near(g, 215, 200, 8)).toContain(21);
    expect(near(g, 900, 900, 8)).not.toContain(21);
  });

  it('answers for points outside every box, and for a grid of nothing known', () => {
    const g = grid([[0, 0, 10, 10], [20, 20, 30, 30]]);
    expect(near(g, -500, -500, 5)).toEqual([]);
    expect(near(g, 25, 25, 1)).toContain(1);
    expect(near(grid([null, null]), 0, 0, 1)).toEqual([0, 1]);
  });
});
