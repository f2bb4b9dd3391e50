// Where an expansion puts its new nodes: deterministic, clear of the nodes already
// drawn and of each other, opening away from the crowd around the parent.
import { describe, expect, it } from 'vitest';
import { FAN, fanPositions } from '../../../client/src/graph/elements.js';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('fanPositions', () => {
  it("puts a lone parent's 200 neighbours on full rings, none on top of another, the same every time", () => {
    const spots = fanPositions({ x: 0, y: 0 }, 200);
    expect(spots).toHaveLength(200);
    expect(fanPositions({ x: 0, y: 0 }, 200)).toEqual(spots);
    for (let i = 0; i < spots.length; i++) {
      expect(dist(spots[i]!, { x: 0, y: 0 })).toBeGreaterThanOrEqual(FAN.radius - 1e-6);
      for (let j = i + 1; j < spots.length; j++) expect(dist(spots[i]!, spots[j]!)).toBeGreaterThan(FAN.minGap);
    }
    // All round: spots on every side of the parent.
    expect(spots.some((p) => p.x > 100) && spots.some((p) => p.x < -100) && spots.some((p) => p.y > 100) && spots.some((p) => p.y < -100)).toBe(true);
  });

  it('opens away from the nodes near the parent and keeps clear of every old node', () => {
    const others = Array.from({ length: 40 }, (_, i) => ({ x: -150 - (i % 8) * 50, y: -100 + Math.floor(i / 8) * 50 }));
    const spots = fanPositions({ x: 0, y: 0 }, 60, others);
    expect(spots).toHaveLength(60);
    for (const s of spots) for (const o of others) expect(dist(s, o)).toBeGreaterThanOrEqual(FAN.minGap);
    const meanX = spots.reduce((sum, p) => sum + p.x, 0) / spots.length;
    expect(meanX).toBeGreaterThan(100);
  });

  it('returns nothing for nothing', () => {
    expect(fanPositions({ x: 5, y: 5 }, 0, [{ x: 0, y: 0 }])).toEqual([]);
  });
});
