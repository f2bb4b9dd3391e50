// Contract: shortestPaths. Every constraint of a path search changes the answer on pathBatch()
// in exactly one visible way; each path is checked to be a real walk through stored relations.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore, ShortestPathQuery } from '../../server/store/port.js';
import type { RawPath } from '../../server/store/views.js';
import { pathBatch } from '../fixtures/explore-batch.js';

type Ctx = { store: GraphStore };
type Ask = Partial<ShortestPathQuery> & Pick<ShortestPathQuery, 'from' | 'to'>;

export function shortestPathContract(ctx: Ctx) {
  describe('shortest paths', () => {
    const find = async (q: Ask): Promise<RawPath[]> => {
      const paths = await ctx.store.shortestPaths({ all: true, limit: 10, maxHops: 4, direction: 'both', ...q });
      for (const path of paths) await expectWalk(ctx.store, path, q);
      return paths;
    };
    /** Each path as its node ids joined, sorted: paths come in no particular order. */
    const routes = async (q: Ask) => (await find(q)).map((p) => p.nodeIds.join('>')).sort();
    beforeEach(async () => ctx.store.upsert(pathBatch()));

    it('finds every shortest path, or one when asked for one', async () => {
      expect(await routes({ from: 'alice', to: 'bob' })).toEqual(['alice>carol>bob', 'alice>club>bob']);
      const one = await find({ from: 'alice', to: 'bob', all: false });
      expect(one).toHaveLength(1);
      expect(one[0]!.edgeIds).toHaveLength(2);
      expect(await find({ from: 'alice', to: 'bob', limit: 1 })).toHaveLength(1);
    });

    it('answers nothing for unknown or identical endpoints, or ones joined only by a document', async () => {
      expect(await find({ from: 'nobody', to: 'bob' })).toEqual([]);
      expect(await find({ from: 'alice', to: 'nobody' })).toEqual([]);
      expect(await find({ from: 'alice', to: 'alice' })).toEqual([]);
      expect(await find({ from: 'kim', to: 'lee' })).toEqual([]);
      expect(await find({ from: 'alice', to: 'bob', relTypes: ['EDUCATED_AT'] })).toEqual([]);
    });

    it('follows stored direction out or in, and symmetric relations either way', async () => {
      expect(await routes({ from: 'alice', to: 'bob', direction: 'out' })).toEqual(['alice>carol>bob']);
      expect(await routes({ from: 'alice', to: 'bob', direction: 'in' })).toEqual(['alice>carol>bob']);
      expect(await routes({ from: 'club', to: 'alice', direction: 'in' })).toEqual(['club>alice']);
      expect(await routes({ from: 'club', to: 'alice', direction: 'out' })).toEqual([]);
      expect(await routes({ from: 'alice', to: 'club', direction: 'out', relTypes: ['MEMBER_OF'] })).toEqual(['alice>club']);
      expect(await routes({ from: 'club', to: 'alice', direction: 'out', relTypes: ['MEMBER_OF'] })).toEqual([]);
      expect(await routes({ from: 'club', to: 'alice', direction: 'in', relTypes: ['MEMBER_OF'] })).toEqual(['club>alice']);
      expect(await routes({ from: 'bob', to: 'alice', direction: 'in', relTypes: ['MET_WITH'] })).toEqual(['bob>carol>alice']);
    });

    it('uses only the relation types asked for', async () => {
      expect(await routes({ from: 'alice', to: 'bob', relTypes: ['MEMBER_OF'] })).toEqual(['alice>club>bob']);
      expect(await routes({ from: 'alice', to: 'bob', relTypes: ['MET_WITH'] })).toEqual(['alice>carol>bob']);
    });

    it('avoids types and nodes in between, never the endpoints', async () => {
      expect(await routes({ from: 'alice', to: 'bob', avoidTypes: ['Organization'] })).toEqual(['alice>carol>bob']);
      expect(await routes({ from: 'alice', to: 'bob', avoidTypes: ['Person'] })).toEqual(['alice>club>bob']);
      expect(await routes({ from: 'alice', to: 'bob', avoidNodes: ['carol'] })).toEqual(['alice>club>bob']);
      expect(await routes({ from: 'alice', to: 'bob', avoidNodes: ['alice', 'bob'] })).toHaveLength(2);
      expect(await routes({ from: 'alice', to: 'club', avoidTypes: ['Organization', 'Person'] })).toEqual(['alice>club']);
      expect(await routes({ from: 'alice', to: 'bob', direction: 'out', avoidNodes: ['carol'] })).toEqual([]);
      // Avoiding what the shortest path needs finds the longer way round.
      expect(await routes({ from: 'dave', to: 'erin', avoidNodes: ['hub'] })).toEqual(['dave>frank>grace>erin']);
      expect(await routes({ from: 'dave', to: 'erin', avoidTypes: ['Organization'] })).toEqual(['dave>frank>grace>erin']);
    });

    it('avoids the edges named', async () => {
      expect(await routes({ from: 'alice', to: 'bob', avoidEdges: ['bob-club'] })).toEqual(['alice>carol>bob']);
      expect(await routes({ from: 'alice', to: 'bob', avoidEdges: ['bob-club', 'carol-met-bob'] })).toEqual([]);
      expect(await routes({ from: 'alice', to: 'bob', direction: 'out', avoidEdges: ['carol-met-alice'] })).toEqual([]);
      expect(await routes({ from: 'dave', to: 'erin', avoidEdges: ['dave-hub'] })).toEqual(['dave>frank>grace>erin']);
      expect(await routes({ from: 'dave', to: 'erin', avoidEdges: ['dave-hub'], all: false })).toEqual(['dave>frank>grace>erin']);
    });

    it('keeps hubs above maxDegree out of the middle, and stops at maxHops', async () => {
      expect(await routes({ from: 'dave', to: 'erin' })).toEqual(['dave>hub>erin']);
      expect(await routes({ from: 'dave', to: 'erin', maxDegree: 4 })).toEqual(['dave>frank>grace>erin']);
      expect(await routes({ from: 'dave', to: 'erin', maxDegree: 4, maxHops: 2 })).toEqual([]);
      expect(await routes({ from: 'dave', to: 'erin', maxHops: 1 })).toEqual([]);
      expect(await routes({ from: 'alice', to: 'club', maxDegree: 0 })).toEqual(['alice>club']);
      expect(await routes({ from: 'dave', to: 'erin', maxDegree: 4, direction: 'out' })).toEqual(['dave>frank>grace>erin']);
    });

    it('crosses a dated relation only when it overlaps the window; undated ones always pass', async () => {
      const window = (since?: string, until?: string, direction: ShortestPathQuery['direction'] = 'both') =>
        routes({ from: 'henry', to: 'ivan', since, until, direction });
      expect(await window()).toEqual(['henry>ivan']);
      expect(await window('2015-01-01')).toEqual(['henry>judy>ivan']);
      expect(await window(undefined, '2009-12-31')).toEqual(['henry>judy>ivan']);
      expect(await window('2010-06-01', '2010-06-30')).toEqual(['henry>ivan']);
      expect(await window('2010-12-31', '2011-01-31')).toEqual(['henry>ivan']);
      expect(await window('2000-01-01', '2010-01-01')).toEqual(['henry>ivan']);
      expect(await window('2015-01-01', undefined, 'out')).toEqual(['henry>judy>ivan']);
    });
  });
}

/** A path is a walk from `from` to `to` whose every edge joins the nodes on either side of it. */
async function expectWalk(store: GraphStore, path: RawPath, q: Ask): Promise<void> {
  expect(path.nodeIds[0]).toBe(q.from);
  expect(path.nodeIds.at(-1)).toBe(q.to);
  expect(path.edgeIds).toHaveLength(path.nodeIds.length - 1);
  const edges = new Map((await store.edgesByIds(path.edgeIds)).map((e) => [e.id, e]));
  path.edgeIds.forEach((id, i) => {
    const ends = [edges.get(id)?.source, edges.get(id)?.target].sort();
    expect(ends).toEqual([path.nodeIds[i], path.nodeIds[i + 1]].sort());
  });
}
