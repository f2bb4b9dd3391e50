// Clearing a dragged node from the kept picture: the region is whole device pixels
// (no half-cleared pixels at its border) and only nodes are drawn into it again.
import { describe, expect, it } from 'vitest';
import { boxesAlong, devicePixels, redrawRegion, redrawRegions } from '../../../client/src/graph/drag.js';

describe('drag regions', () => {
  it('grows a box in model units to whole device pixels, a pixel wider on every side', () => {
    expect(devicePixels({ x1: 10.2, y1: 5, x2: 20.7, y2: 8.5 }, { a: 2, e: 3, f: -1 })).toEqual({ x1: 22, y1: 8, x2: 46, y2: 17 });
  });

  it('clears the region, clipped, and draws the nodes again with the region as their extent', () => {
    const calls: string[] = [];
    const transform = { a: 2, b: 0, c: 0, d: 2, e: 0, f: 0 };
    const buffer = {
      getTransform: () => transform,
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      setTransform: (t: unknown) => calls.push(typeof t === 'object' ? 'camera' : 'identity'),
      beginPath: () => {},
      rect: (x: number, y: number, w: number, h: number) => calls.push(`rect ${x},${y},${w},${h}`),
      clip: () => calls.push('clip'),
      clearRect: (x: number, y: number, w: number, h: number) => calls.push(`clear ${x},${y},${w},${h}`),
    } as unknown as CanvasRenderingContext2D;
    const eles = [{ id: 'n', isEdge: () => false }, { id: 'e', isEdge: () => true }];
    redrawRegion(buffer, { x1: 0, y1: 0, x2: 5, y2: 5 }, eles, (_c, ele, extent) => calls.push(`draw ${ele.id} ${JSON.stringify(extent)}`));
    expect(calls).toEqual([
      'save', 'identity', 'rect -1,-1,12,12', 'clip', 'clear -1,-1,12,12', 'camera',
      'draw n {"x1":-0.5,"y1":-0.5,"x2":5.5,"y2":5.5}', 'restore',
    ]);
  });

  it('clears several regions under one clip and draws again, once, only the edges that meet one of them', () => {
    const calls: string[] = [];
    const transform = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
    const buffer = {
      getTransform: () => transform,
      save: () => {}, restore: () => {}, setTransform: () => {}, beginPath: () => {},
      rect: (x: number, y: number) => calls.push(`rect ${x},${y}`),
      clip: () => calls.push('clip'),
      clearRect: (x: number, y: number) => calls.push(`clear ${x},${y}`),
    } as unknown as CanvasRenderingContext2D;
    const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
    const eles = [
      { id: 'near', isEdge: () => true, bb: box(15, 15, 30, 30) },
      { id: 'far', isEdge: () => true, bb: box(500, 500, 600, 600) },
      { id: 'unmeasured', isEdge: () => true, bb: null },
      { id: 'node', isEdge: () => false, bb: box(0, 0, 5, 5) },
    ];
    redrawRegions(buffer, [box(0, 0, 10, 10), box(20, 20, 40, 40)], eles, (_c, ele, extent) => calls.push(`draw ${ele.id} ${extent.x1},${extent.y1},${extent.x2},${extent.y2}`), true, (ele, meets) => ele.bb === null || meets(ele.bb));
    expect(calls).toEqual([
      'rect -1,-1', 'rect 19,19', 'clip', 'clear -1,-1', 'clear 19,19',
      // The overall extent of the regions, so the renderer's own test lets through what they hold.
      'draw near -1,-1,41,41', 'draw unmeasured -1,-1,41,41',
    ]);
  });

  describe('the band a dragged node\'s edge is cleared in', () => {
    const inside = (x: number, y: number, boxes: Array<{ x1: number; y1: number; x2: number; y2: number }>, margin: number) =>
      boxes.some((b) => x >= b.x1 + margin && x <= b.x2 - margin && y >= b.y1 + margin && y <= b.y2 - margin);

    it('covers a long diagonal line with its width to spare, in far less than the rectangle it spans', () => {
      const boxes = boxesAlong({ edgeType: 'straight', allpts: [0, 0, 600, 400] }, 10, 40)!;
      for (let t = 0; t <= 1; t += 0.01) expect(inside(600 * t, 400 * t, boxes, 9.9)).toBe(true);
      const area = boxes.reduce((sum, b) => sum + (b.x2 - b.x1) * (b.y2 - b.y1), 0);
      expect(area).toBeLessThan(0.2 * 600 * 400);
      // A point well off the line is not cleared.
      expect(inside(600, 0, boxes, 0)).toBe(false);
    });

    it('follows a curve (a parallel edge drawn as a quadratic Bézier)', () => {
      const [x0, y0, cx, cy, x1, y1] = [0, 0, 150, 120, 300, 0];
      const boxes = boxesAlong({ edgeType: 'bezier', allpts: [x0, y0, cx, cy, x1, y1] }, 8, 40)!;
      for (let t = 0; t <= 1; t += 0.005) {
        const u = 1 - t;
        // Within the pad, less the error of the sampled chord (well under a unit here).
        expect(inside(u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1, boxes, 6)).toBe(true);
      }
    });

    it('gives up on a path it cannot read, so the edge\'s whole box is cleared', () => {
      expect(boxesAlong({ edgeType: 'straight' }, 8, 40)).toBeUndefined();
      expect(boxesAlong({ edgeType: 'bezier', allpts: [0, 0, 1, 1, 2, 2, 3] }, 8, 40)).toBeUndefined();
      expect(boxesAlong({ edgeType: 'unknown-kind', allpts: [0, 0, 5, 5] }, 8, 40)).toBeUndefined();
    });
  });
});
