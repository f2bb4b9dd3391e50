import { describe, expect, it } from 'vitest';
import { computeAnalytics } from '../../../server/load/analytics.js';

const twoCliques = [
  ['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'],
  ['x', 'y'], ['y', 'z'], ['x', 'z'], ['z', 'd'],
].map(([source, target]) => ({ source: source!, target: target! }));

describe('computeAnalytics', () => {
  it('finds the communities and ranks the bridge highest', () => {
    const rows = computeAnalytics(twoCliques);
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get('a')!.community).toBe(by.get('b')!.community);
    expect(by.get('x')!.community).toBe(by.get('y')!.community);
    expect(by.get('a')!.community).not.toBe(by.get('x')!.community);
    expect(by.get('c')!.degree).toBe(3);
    const total = rows.reduce((s, r) => s + r.pagerank, 0);
    expect(total).toBeCloseTo(1, 5);
  });

  it('gives the same answer whatever order the engine returns edges in', () => {
    const a = computeAnalytics(twoCliques);
    const b = computeAnalytics([...twoCliques].reverse().map((e) => ({ source: e.target, target: e.source })));
    expect(b).toEqual(a);
  });

  it('handles an empty graph and isolated entities', () => {
    expect(computeAnalytics([])).toEqual([]);
    expect(computeAnalytics([], ['lonely'])).toEqual([{ id: 'lonely', degree: 0, pagerank: 0, community: -1 }]);
  });
});
