// Clearing a dragged node from the kept picture: the region is whole device pixels
// (no half-cleared pixels at its border) and only nodes are drawn into it again.
import { describe, expect, it } from 'vitest';
import { devicePixels, redrawRegion } from '../../../client/src/graph/drag.js';

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
});
