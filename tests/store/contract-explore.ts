// Contract: analytics, merges and validity, bulk lookups and subgraphs.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/port.js';
import type { Subgraph } from '../../server/store/views.js';
import { HU, ICB, MPS, STOCK, batchA, batchAB, batchB } from '../fixtures/graph-batch.js';
import { pathBatch } from '../fixtures/explore-batch.js';

type Ctx = { store: GraphStore };
const sortedIds = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();

export function analyticsContract(ctx: Ctx) {
  describe('analytics', () => {
    beforeEach(async () => ctx.store.upsert(batchAB()));

    it('lists every relation edge, not mention links', async () => {
      const edges = (await ctx.store.edgeList()).map((e) => `${e.source}>${e.target}`).sort();
      expect(edges).toHaveLength(8);
      expect(edges).toContain(`${HU}>${ICB}`);
      expect(edges.some((e) => e.includes('doc-'))).toBe(false);
    });

    it('new entities have PageRank 0 and no community until analytics run', async () => {
      expect((await ctx.store.getNode(HU))?.node).toMatchObject({ pagerank: 0, community: -1 });
      const stats = await ctx.store.stats();
      expect(stats.communities).toEqual([]);
      expect(stats.topEntities).toHaveLength(10);
    });

    it('stores degree, PageRank and community, shown wherever a node appears', async () => {
      await ctx.store.writeAnalytics([
        { id: HU, degree: 2, pagerank: 0.3, community: 1 }, { id: ICB, degree: 2, pagerank: 0.5, community: 1 },
        { id: MPS, degree: 2, pagerank: 0.3, community: 2 }, { id: STOCK, degree: 2, pagerank: 0.1, community: 1 },
        { id: 'no-such-entity', degree: 1, pagerank: 0.9, community: 3 },
      ]);
      expect((await ctx.store.getNode(HU))?.node).toMatchObject({ degree: 2, pagerank: 0.3, community: 1 });
      expect((await ctx.store.search('Hu Binchen', { limit: 1 }))[0]).toMatchObject({ pagerank: 0.3, community: 1 });
      const around = await ctx.store.neighbors(HU, { direction: 'both', limit: 10, offset: 0 });
      expect(around?.nodes.find((n) => n.id === ICB)).toMatchObject({ pagerank: 0.5, community: 1 });
      expect(around?.center).toMatchObject({ pagerank: 0.3 });
      expect((await ctx.store.getNode('china'))?.node).toMatchObject({ pagerank: 0, community: -1 });
      const stats = await ctx.store.stats();
      // PageRank, then degree, then id: HU and MPS tie on both, so id decides.
      expect(stats.topEntities.slice(0, 4).map((n) => n.id)).toEqual([ICB, HU, MPS, STOCK]);
      expect(stats.communities).toEqual([
        { id: 1, size: 3, top: [expect.objectContaining({ id: ICB }), expect.objectContaining({ id: HU }), expect.objectContaining({ id: STOCK })] },
        { id: 2, size: 1, top: [expect.objectContaining({ id: MPS, pagerank: 0.3 })] },
      ]);
    });

    it('keeps at most 5 members per community and 20 communities, largest first', async () => {
      const nodes = await ctx.store.nodesByIds(batchAB().entities.map((e) => e.id));
      await ctx.store.writeAnalytics(nodes.map((n, i) => ({ id: n.id, degree: n.degree, pagerank: i / 100, community: i < 7 ? 0 : i })));
      const { communities } = await ctx.store.stats();
      expect(communities[0]).toMatchObject({ id: 0, size: 7 });
      expect(communities[0]!.top.map((n) => n.pagerank)).toEqual([0.06, 0.05, 0.04, 0.03, 0.02]);
      expect(communities.slice(1).map((c) => c.size)).toEqual([1, 1, 1]);
    });
  });
}

export function recordsContract(ctx: Ctx) {
  describe('merges and validity', () => {
    it('unites recorded merges across writes, once each', async () => {
      const first = { name: 'H. Binchen', type: 'Person' as const, documentId: 'doc-a', reason: 'initials' };
      const second = { name: 'Binchen', type: 'Person' as const, documentId: null, reason: 'curation' };
      const a = batchA();
      a.entities = a.entities.map((e) => (e.id === HU ? { ...e, merges: [first] } : e));
      const b = batchB();
      b.entities = b.entities.map((e) => (e.id === HU ? { ...e, merges: [first, second, { ...first }] } : e));
      await ctx.store.upsert(a);
      expect((await ctx.store.getNode(HU))?.merges).toEqual([first]);
      await ctx.store.upsert(b);
      const merges = (await ctx.store.getNode(HU))?.merges ?? [];
      expect([...merges].sort((x, y) => x.name.localeCompare(y.name))).toEqual([second, first]);
      expect((await ctx.store.getNode(ICB))?.merges).toEqual([]);
    });

    it('keeps a stated date and fills in a missing one', async () => {
      const dated = (from: string | null, to: string | null) => {
        const b = batchB();
        b.relations = b.relations.map((r) => (r.id === 'hu-holds-icb' ? { ...r, validFrom: from, validTo: to } : r));
        return b;
      };
      await ctx.store.upsert(batchA());
      expect(await ctx.store.getEdge('hu-holds-icb')).toMatchObject({ validFrom: null, validTo: null });
      await ctx.store.upsert(dated('2019-05-01', null));
      expect(await ctx.store.getEdge('hu-holds-icb')).toMatchObject({ validFrom: '2019-05-01', validTo: null });
      await ctx.store.upsert(dated('2000-01-01', '2022-01-01'));
      const edge = await ctx.store.getEdge('hu-holds-icb');
      expect(edge).toMatchObject({ validFrom: '2019-05-01', validTo: '2022-01-01' });
      expect((await ctx.store.edgesByIds(['hu-holds-icb']))[0]).toMatchObject({ validFrom: '2019-05-01', validTo: '2022-01-01' });
    });

    it('stores whole and fractional confidences of one batch exactly', async () => {
      const a = batchA();
      a.relations = a.relations.map((r, i) => ({ ...r, confidence: i % 2 === 0 ? 1 : 0.25 + i / 100 }));
      await ctx.store.upsert(a);
      const edges = await ctx.store.edgesByIds(a.relations.map((r) => r.id));
      for (const r of a.relations) expect(edges.find((e) => e.id === r.id)?.confidence).toBe(r.confidence);
    });

    it('counts a node\'s relations per type', async () => {
      await ctx.store.upsert(batchAB());
      expect((await ctx.store.getNode(HU))?.degreeByType).toEqual({ HOLDS_POSITION: 1, MET_WITH: 1 });
      expect((await ctx.store.getNode('interpol'))?.degreeByType).toEqual({ MEMBER_OF: 1, COOPERATES_WITH: 1, LOCATED_IN: 1 });
      expect((await ctx.store.getNode('beijing'))?.degreeByType).toEqual({});
    });
  });
}

export function lookupContract(ctx: Ctx) {
  describe('nodes, edges and subgraphs by id', () => {
    beforeEach(async () => ctx.store.upsert(pathBatch()));
    const expectDrawable = (g: Subgraph) => {
      const ids = new Set(g.nodes.map((n) => n.id));
      expect(ids.size).toBe(g.nodes.length);
      for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    };

    it('returns the nodes and edges that exist, ignoring the rest', async () => {
      const nodes = await ctx.store.nodesByIds(['club', 'alice', 'nobody', 'doc-paths', 'alice']);
      expect(sortedIds(nodes)).toEqual(['alice', 'club']);
      expect(nodes.find((n) => n.id === 'club')).toMatchObject({ type: 'Organization', name: 'Club', degree: 4 });
      const edges = await ctx.store.edgesByIds(['carol-met-alice', 'alice-club', 'nope']);
      expect(sortedIds(edges)).toEqual(['alice-club', 'carol-met-alice']);
      expect(edges.find((e) => e.id === 'carol-met-alice')).toMatchObject({ source: 'carol', target: 'alice', symmetric: true, evidenceCount: 1 });
      expect(await ctx.store.nodesByIds([])).toEqual([]);
      expect(await ctx.store.edgesByIds([])).toEqual([]);
    });

    it('gives the named nodes with the edges among them', async () => {
      const g = await ctx.store.subgraph(['alice', 'bob', 'carol', 'nobody'], { expand: false, induced: true, limit: 50 });
      expect(sortedIds(g.nodes)).toEqual(['alice', 'bob', 'carol']);
      expect(sortedIds(g.edges)).toEqual(['carol-met-alice', 'carol-met-bob']);
      expectDrawable(g);
      expect(await ctx.store.subgraph(['nobody'], { expand: true, induced: true, limit: 10 })).toEqual({ nodes: [], edges: [] });
    });

    it('expands to neighbours, best connected first, up to the limit', async () => {
      const g = await ctx.store.subgraph(['alice'], { expand: true, induced: true, limit: 10 });
      expect(sortedIds(g.nodes)).toEqual(['alice', 'carol', 'club']);
      expect(sortedIds(g.edges)).toEqual(['alice-club', 'carol-club', 'carol-met-alice']);
      expectDrawable(g);
      const small = await ctx.store.subgraph(['alice'], { expand: true, induced: true, limit: 2 });
      expect(sortedIds(small.nodes)).toEqual(['alice', 'club']);
      expect(sortedIds(small.edges)).toEqual(['alice-club']);
    });

    it('without induced, keeps only the edges touching a named node', async () => {
      const g = await ctx.store.subgraph(['alice'], { expand: true, induced: false, limit: 10 });
      expect(sortedIds(g.nodes)).toEqual(['alice', 'carol', 'club']);
      expect(sortedIds(g.edges)).toEqual(['alice-club', 'carol-met-alice']);
      expectDrawable(g);
    });
  });
}
