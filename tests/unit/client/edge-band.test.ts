// Which edges a cleared region of the kept picture must draw again: those whose
// band (their line, as wide as line and arrow) meets it, not every edge whose
// bounding box does.
import { describe, expect, it } from 'vitest';
import { bandOf, halfWidth, reachMeets, reachOf, type BandedEdge } from '../../../client/src/graph/edge-band.js';
import type { Box } from '../../../client/src/graph/picture-changes.js';

const edge = (allpts: number[] | undefined, width = 2, arrowScale = 1): BandedEdge => ({
  pstyle: (name) => (name === 'width' ? { pfValue: width } : { value: arrowScale }),
  boundingBox: () => ({ x1: -1, y1: -1, x2: 1, y2: 1 }),
  _private: { rscratch: { edgeType: 'straight', allpts } },
});
const meets = (a: Box, b: Box) => a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

describe('edge bands', () => {
  it('is as wide as the arrow the renderer draws, which is wider than a thin line', () => {
    expect(halfWidth(2, 1)).toBeCloseTo(29 / 2 + 3);
    expect(halfWidth(2, 2)).toBeCloseTo(29 + 3);
    expect(halfWidth(40, 1)).toBeGreaterThan(40 / 2);
  });

  it('leaves out a region in the corner of a long diagonal edge\'s box, and keeps one on its line', () => {
    const diagonal = bandOf(edge([0, 0, 800, 600]));
    const corner = { x1: 700, y1: 0, x2: 760, y2: 60 };
    const onLine = { x1: 390, y1: 290, x2: 410, y2: 310 };
    const box = { x1: 0, y1: 0, x2: 800, y2: 600 };
    expect(meets(box, corner)).toBe(true);
    expect(diagonal.some((b) => meets(b, corner))).toBe(false);
    expect(diagonal.some((b) => meets(b, onLine))).toBe(true);
  });

  it('falls back to the edge\'s bounding box when its path is not known yet', () => {
    expect(bandOf(edge(undefined))).toEqual([{ x1: -1, y1: -1, x2: 1, y2: 1 }]);
    expect(reachMeets(reachOf(edge(undefined)), { x1: 0.5, y1: 0.5, x2: 3, y2: 3 })).toBe(true);
    expect(reachMeets(reachOf(edge(undefined)), { x1: 2, y1: 2, x2: 3, y2: 3 })).toBe(false);
  });

  it('tells which regions an edge draws into from its line, as its band does', () => {
    const diagonal = edge([0, 0, 800, 600]);
    const band = bandOf(diagonal);
    const reach = reachOf(diagonal);
    // Regions on the line, beside it within the arrow's half width, beyond its ends, in its box's corners.
    for (const [x, y, expected] of [[400, 300, true], [400, 320, true], [400, 360, false], [-60, -60, false], [850, 640, false], [700, 30, false], [60, 560, false]] as const) {
      const region = { x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 };
      expect(reachMeets(reach, region)).toBe(expected);
      // Never says no where the band says yes: a region the line misses is one the band does not need either.
      if (band.some((b) => meets(b, region))) expect(reachMeets(reach, region) || !expected).toBe(true);
    }
  });

  it('follows a curved edge along its curve, not the chord between its ends', () => {
    const curved: BandedEdge = { ...edge([0, 0, 200, 200, 400, 0]), _private: { rscratch: { edgeType: 'bezier', allpts: [0, 0, 200, 200, 400, 0] } } };
    // The quadratic curve's middle is at (200, 100); the chord runs along y = 0.
    expect(reachMeets(reachOf(curved), { x1: 195, y1: 95, x2: 205, y2: 105 })).toBe(true);
    expect(reachMeets(reachOf(curved), { x1: 195, y1: -5, x2: 205, y2: 5 })).toBe(false);
  });
});
