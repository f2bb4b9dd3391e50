// Layouts worked out away from the canvas (what the worker runs): every layout the
// toolbar offers moves the free nodes, keeps the fixed ones, and says where each goes.
import { describe, expect, it } from 'vitest';
import { LAYOUT_NAMES } from '../../../client/src/core/types.js';
import { computeLayout, FCOSE_BRIEF_ABOVE, FCOSE_SPREAD_ABOVE, optionsFor, type LayoutJob } from '../../../client/src/graph/layout-job.js';
import { countOverlaps } from '../../../client/src/graph/spread.js';

/** `n` nodes in a tight heap (as a hub's fan leaves them before a layout) and a ring of edges plus spokes to node 0. */
function heap(n: number, layout: LayoutJob['layout'], fixed: number[] = []): LayoutJob {
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const x = Float64Array.from(ids, (_, i) => (i % 5) * 3);
  const y = Float64Array.from(ids, (_, i) => Math.floor(i / 5) * 3);
  const pairs: Array<[number, number]> = [];
  for (let i = 1; i < n; i++) pairs.push([0, i], [i, i + 1 < n ? i + 1 : 1]);
  return {
    layout, ids, x, y,
    w: new Float64Array(n).fill(30), h: new Float64Array(n).fill(40),
    fixed: Uint8Array.from(ids, (_, i) => (fixed.includes(i) ? 1 : 0)),
    source: Uint32Array.from(pairs, ([s]) => s), target: Uint32Array.from(pairs, ([, t]) => t),
    area: { w: 1200, h: 700 },
  };
}

/** The smallest distance between the centres of two nodes free to move. */
function closest(result: { x: Float64Array; y: Float64Array }, fixed: ArrayLike<number> = []): number {
  let best = Infinity;
  for (let i = 0; i < result.x.length; i++) {
    for (let j = i + 1; j < result.x.length; j++) {
      if (fixed[i] || fixed[j]) continue;
      best = Math.min(best, Math.hypot(result.x[i]! - result.x[j]!, result.y[i]! - result.y[j]!));
    }
  }
  return best;
}

describe('computeLayout', () => {
  for (const layout of LAYOUT_NAMES) {
    it(`${layout}: spreads a heap of nodes so that none sit on top of each other, and keeps a fixed node where it was`, () => {
      const job = heap(20, layout, [3]);
      const before = closest(job);
      const result = computeLayout(job);
      expect(result.x).toHaveLength(20);
      expect(before).toBeLessThan(5);
      expect(closest(result, job.fixed)).toBeGreaterThan(15);
      expect(result.x[3]).toBeCloseTo(job.x[3]!, 0);
      expect(result.y[3]).toBeCloseTo(job.y[3]!, 0);
      for (const v of [...result.x, ...result.y]) expect(Number.isFinite(v)).toBe(true);
    });
  }

  for (const layout of LAYOUT_NAMES.filter((name) => name !== 'fcose')) {
    it(`${layout}: spreads a star whose hub is pinned over the canvas's area`, () => {
      // A hub and its neighbours after an expansion: the case where breadthfirst's spacing, on a canvas of 0 by 0, ran off to 1e49.
      const job = heap(9, layout, [0]);
      job.source = Uint32Array.from({ length: 8 }, () => 0);
      job.target = Uint32Array.from({ length: 8 }, (_, i) => i + 1);
      const result = computeLayout(job);
      for (let i = 1; i < 9; i++) {
        expect(Math.abs(result.x[i]!), `${layout} x of n${i}`).toBeLessThan(3 * job.area.w);
        expect(Math.abs(result.y[i]!), `${layout} y of n${i}`).toBeLessThan(3 * job.area.h);
      }
      expect(closest(result, job.fixed)).toBeGreaterThan(15);
    });
  }

  it('lays out new nodes only around old ones held fixed (after an expansion)', () => {
    const job = heap(12, 'expand', [0, 1]);
    const result = computeLayout(job);
    expect([result.x[0], result.y[0], result.x[1], result.y[1]].map((v) => Math.round(v!))).toEqual([0, 0, 3, 0]);
    expect(closest(result, job.fixed)).toBeGreaterThan(15);
  });

  it(`runs fcose at its best quality up to ${FCOSE_BRIEF_ABOVE} nodes, at its default quality from its spectral layout up to ${FCOSE_SPREAD_ABOVE}, and its spectral layout alone above`, () => {
    const none = new Map();
    expect(optionsFor(heap(FCOSE_BRIEF_ABOVE, 'fcose'), none)).toMatchObject({ name: 'fcose', quality: 'proof', randomize: false, animate: false });
    expect(optionsFor(heap(FCOSE_BRIEF_ABOVE + 1, 'fcose'), none)).toMatchObject({ name: 'fcose', quality: 'default', randomize: true, animate: false });
    expect(optionsFor(heap(FCOSE_SPREAD_ABOVE, 'fcose'), none)).toMatchObject({ quality: 'default' });
    expect(optionsFor(heap(FCOSE_SPREAD_ABOVE + 1, 'fcose'), none)).toMatchObject({ name: 'fcose', quality: 'draft', randomize: true, animate: false });
    // The brief run after an expansion and the other layouts are the same at any size.
    expect(optionsFor(heap(FCOSE_BRIEF_ABOVE + 1, 'expand'), none)).toMatchObject({ quality: 'default', randomize: false });
    expect(optionsFor(heap(FCOSE_BRIEF_ABOVE + 1, 'grid'), none)).toMatchObject({ name: 'grid', animate: false });
  });

  it(`spreads a large heap briefly, keeping a fixed node`, () => {
    const job = heap(FCOSE_BRIEF_ABOVE + 200, 'fcose', [7]);
    const result = computeLayout(job);
    const spread = Math.max(...result.x) - Math.min(...result.x);
    expect(spread).toBeGreaterThan(500);
    expect(result.x[7]).toBeCloseTo(job.x[7]!, 0);
  }, 60_000);

  it(`above ${FCOSE_SPREAD_ABOVE} nodes, opens up the spectral layout: no two boxes overlap, and a fixed node stays`, () => {
    const job = heap(FCOSE_SPREAD_ABOVE + 200, 'fcose', [7]);
    const result = computeLayout(job);
    expect(countOverlaps({ x: result.x, y: result.y, w: job.w, h: job.h })).toBe(0);
    expect(result.x[7]).toBeCloseTo(job.x[7]!, 0);
    expect(result.y[7]).toBeCloseTo(job.y[7]!, 0);
  }, 60_000);
});
