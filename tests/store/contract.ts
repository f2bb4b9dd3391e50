// The GraphStore contract: behaviour every engine adapter must show, asserted the way a user would
// notice it. Run it with describeStoreContract(name, open) once per adapter (graphology's
// `specs(Graph, impl)` pattern). `open` returns a fresh, empty store and a cleanup that closes it
// and removes its data; every test opens its own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore, NodeDetail } from '../../server/store/port.js';
import {
  COUNTS_A, COUNTS_AB, DOC_A, DOC_B, HOSTILE_NAME, HU, HUB, ICB, MPS, STOCK, TRICKY, TRICKY_ENTITY,
  batchA, batchAB, batchB, hubBatch, searchBatch,
} from '../fixtures/graph-batch.js';
import { documentContract, timelineContract } from './contract-documents.js';
import { analyticsContract, lookupContract, recordsContract } from './contract-explore.js';
import { hostileIdsContract } from './contract-hostile.js';
import { shortestPathContract } from './contract-paths.js';
import { readQueryContract } from './contract-query.js';

export interface OpenedStore {
  store: GraphStore;
  cleanup: () => Promise<void>;
}

export function describeStoreContract(name: string, open: () => Promise<OpenedStore>, skipReason?: string): void {
  const title = `GraphStore contract: ${name}`;
  if (skipReason) {
    console.warn(`[store contract] ${name} skipped: ${skipReason}`);
    describe.skip(`${title} (skipped: ${skipReason})`, () => {
      it('runs where the engine is available', () => undefined);
    });
    return;
  }
  describe(title, () => {
    const ctx = {} as { store: GraphStore; cleanup: () => Promise<void> };
    beforeEach(async () => {
      Object.assign(ctx, await open());
      await ctx.store.init();
    });
    afterEach(async () => ctx.cleanup());
    lifecycle(ctx);
    writes(ctx);
    deletes(ctx);
    searching(ctx);
    nodesAndEdges(ctx);
    neighbourhoods(ctx);
    roundTrips(ctx);
    shortestPathContract(ctx);
    analyticsContract(ctx);
    recordsContract(ctx);
    lookupContract(ctx);
    documentContract(ctx);
    timelineContract(ctx);
    readQueryContract(ctx);
    hostileIdsContract(ctx);
  });
}

type Ctx = { store: GraphStore };

function lifecycle(ctx: Ctx) {
  describe('lifecycle', () => {
    it('init twice is safe and an empty store answers with nothing', async () => {
      const { store } = ctx;
      await store.init();
      await store.ping();
      const stats = await store.stats();
      expect([stats.documents, stats.entities, stats.relations, stats.mentions]).toEqual([0, 0, 0, 0]);
      expect((await store.documentHashes()).size).toBe(0);
      expect(await store.search('anything', { limit: 10 })).toEqual([]);
      expect(await store.getNode('nope')).toBeNull();
      expect(await store.getEdge('nope')).toBeNull();
      expect(await store.neighbors('nope', { direction: 'both', limit: 10, offset: 0 })).toBeNull();
    });
  });
}

function writes(ctx: Ctx) {
  describe('writing', () => {
    it('counts a written batch by type, and remembers each document hash', async () => {
      await ctx.store.upsert(batchAB());
      const stats = await ctx.store.stats();
      expect(stats).toMatchObject(COUNTS_AB);
      expect(stats.entitiesByType).toMatchObject({ Person: 3, Organization: 3, Location: 3, Other: 1 });
      expect(stats.relationsByType).toMatchObject({ HOLDS_POSITION: 1, MET_WITH: 2, COOPERATES_WITH: 1, LOCATED_IN: 1 });
      expect(await ctx.store.documentHashes()).toEqual(new Map([[DOC_A.id, DOC_A.hash], [DOC_B.id, DOC_B.hash]]));
    });

    it('writing the same batch twice changes nothing', async () => {
      await ctx.store.upsert(batchAB());
      const before = await snapshot(ctx.store);
      await ctx.store.upsert(batchAB());
      expect(await snapshot(ctx.store)).toEqual(before);
    });

    it('deleting every document and writing them again gives the same graph', async () => {
      await ctx.store.upsert(batchAB());
      const before = await snapshot(ctx.store);
      await ctx.store.deleteDocuments([DOC_A.id, DOC_B.id]);
      const empty = await ctx.store.stats();
      expect([empty.documents, empty.entities, empty.relations, empty.mentions]).toEqual([0, 0, 0, 0]);
      await ctx.store.upsert(batchAB());
      expect(await snapshot(ctx.store)).toEqual(before);
    });

    it('a second document stating a known fact adds its aliases and evidence', async () => {
      await ctx.store.upsert(batchA());
      await ctx.store.upsert(batchB());
      expect(await ctx.store.stats()).toMatchObject(COUNTS_AB);
      expect((await ctx.store.getNode(HU))?.node.aliases.sort()).toEqual(['Binchen Hu', 'Hu']);
      expect((await ctx.store.getNode(MPS))?.node.aliases).toEqual(['MPS']);
      const edge = await ctx.store.getEdge('hu-holds-icb');
      expect(edge?.evidence.map((e) => e.documentId).sort()).toEqual([DOC_A.id, DOC_B.id]);
      expect(edge?.evidenceCount).toBe(2);
      expect(edge?.confidence).toBeCloseTo(0.95);
      expect(edge?.properties).toEqual({ role: 'director', status: 'current' });
      const docs = (await ctx.store.getNode(HU))?.documents.map((d) => [d.id, d.mentions]).sort();
      expect(docs).toEqual([[DOC_A.id, 1], [DOC_B.id, 1]]);
    });

    it('degree counts relations, not mentions', async () => {
      await ctx.store.upsert(batchAB());
      expect((await ctx.store.getNode(HU))?.node.degree).toBe(2);
      expect((await ctx.store.getNode('interpol'))?.node.degree).toBe(3);
      expect((await ctx.store.getNode('beijing'))?.node.degree).toBe(0);
    });
  });
}

function deletes(ctx: Ctx) {
  describe('deleting documents', () => {
    it('deleting a document keeps facts another document states, with only that evidence', async () => {
      await ctx.store.upsert(batchA());
      await ctx.store.upsert(batchB());
      await ctx.store.deleteDocuments([DOC_B.id]);
      expect(await ctx.store.stats()).toMatchObject(COUNTS_A);
      const edge = await ctx.store.getEdge('hu-holds-icb');
      expect(edge?.evidence.map((e) => e.documentId)).toEqual([DOC_A.id]);
      expect(edge?.evidenceCount).toBe(1);
      expect(await ctx.store.getEdge('hu-met-stock')).toBeNull();
      expect(await ctx.store.getEdge('interpol-in-lyon')).toBeNull();
      expect(await ctx.store.getNode('lyon')).toBeNull();
      const hu = await ctx.store.getNode(HU);
      expect(hu?.node.degree).toBe(1);
      expect(hu?.documents.map((d) => d.id)).toEqual([DOC_A.id]);
      expect([...(await ctx.store.documentHashes()).keys()]).toEqual([DOC_A.id]);
    });

    it('deleting unknown documents, or none, changes nothing', async () => {
      await ctx.store.upsert(batchA());
      const before = await snapshot(ctx.store);
      await ctx.store.deleteDocuments([]);
      await ctx.store.deleteDocuments(['no-such-document']);
      expect(await snapshot(ctx.store)).toEqual(before);
    });
  });
}

function searching(ctx: Ctx) {
  describe('search', () => {
    const ids = async (query: string, opts: Partial<Parameters<GraphStore['search']>[1]> = {}) =>
      (await ctx.store.search(query, { limit: 20, ...opts })).map((h) => h.id);
    beforeEach(async () => ctx.store.upsert(searchBatch()));

    it('ranks exact names, then prefixes (better connected first), then alias prefixes, then substrings', async () => {
      expect(await ids('port')).toEqual(['port', 'porto', 'portland', 'harbour', 'airport']);
    });

    it('is case-insensitive and reports the name or alias that matched', async () => {
      expect(await ids('PORT')).toEqual(await ids('port'));
      const hits = await ctx.store.search('pOrT', { limit: 20 });
      expect(hits.find((h) => h.id === 'harbour')?.matched).toBe('Port Office');
      expect(hits.find((h) => h.id === 'port')).toMatchObject({ matched: 'Port', type: 'Location', name: 'Port' });
      expect(hits.find((h) => h.id === 'porto')?.degree).toBe(1);
    });

    it('filters by type and honours the limit', async () => {
      expect(await ids('port', { types: ['Organization'] })).toEqual(['harbour', 'airport']);
      expect(await ids('port', { limit: 2 })).toEqual(['port', 'porto']);
      expect(await ids('no such name')).toEqual([]);
    });

    it('treats quotes and Cypher in a query as plain text', async () => {
      const before = await ctx.store.stats();
      const [hit] = await ctx.store.search(HOSTILE_NAME, { limit: 5 });
      expect(hit).toMatchObject({ id: 'hostile', matched: HOSTILE_NAME });
      expect(await ids("'")).toEqual(['obrien']);
      expect(await ids("o'b")).toEqual(['obrien']);
      expect(await ids('"}) MATCH (n) DETACH DELETE n //')).toEqual([]);
      expect(await ctx.store.stats()).toEqual(before);
    });
  });
}

function nodesAndEdges(ctx: Ctx) {
  describe('nodes and edges', () => {
    beforeEach(async () => ctx.store.upsert(batchAB()));

    it('gets a node with its edges, evidence, neighbours and documents', async () => {
      expect(await ctx.store.getNode('no-such-id')).toBeNull();
      const hu = normalize((await ctx.store.getNode(HU))!);
      expect(hu.node).toMatchObject({ id: HU, type: 'Person', name: 'Hu Binchen', degree: 2 });
      expect(hu.edges.map((e) => e.id)).toEqual(['hu-holds-icb', 'hu-met-stock']);
      expect(hu.edges[0]).toMatchObject({ type: 'HOLDS_POSITION', source: HU, target: ICB, symmetric: false });
      expect(hu.edges[0]!.evidence.map((e) => e.documentTitle)).toEqual([DOC_A.title, DOC_B.title]);
      expect(hu.neighbors.map((n) => n.id)).toEqual([ICB, STOCK]);
      expect(hu.documents.map((d) => d.title)).toEqual([DOC_A.title, DOC_B.title]);
    });

    it('keeps each edge pointing the way it was stated, seen from either end', async () => {
      const icb = await ctx.store.getNode(ICB);
      expect(icb?.edges.find((e) => e.id === 'hu-holds-icb')).toMatchObject({ source: HU, target: ICB });
    });

    it('gets an edge by id with its evidence', async () => {
      expect(await ctx.store.getEdge('no-such-edge')).toBeNull();
      const edge = await ctx.store.getEdge('interpol-in-lyon');
      expect(edge).toMatchObject({ type: 'LOCATED_IN', source: 'interpol', target: 'lyon', symmetric: false, evidenceCount: 1 });
      expect(edge?.evidence[0]).toMatchObject({ documentId: DOC_B.id, documentTitle: DOC_B.title, text: 'INTERPOL is based in Lyon.' });
      expect((await ctx.store.getEdge('hu-met-stock'))?.symmetric).toBe(true);
    });

    it('gets many edges with their evidence at once, as getEdge gives each', async () => {
      const ids = ['interpol-in-lyon', 'hu-holds-icb', 'hu-met-stock'];
      const many = await ctx.store.edgeDetails([...ids, 'no-such-edge', 'hu-holds-icb']);
      expect(many.map((e) => e.id).sort()).toEqual([...ids].sort());
      for (const edge of many) {
        const one = await ctx.store.getEdge(edge.id);
        expect(normalizeEdge(edge)).toEqual(normalizeEdge(one!));
      }
      expect(await ctx.store.edgeDetails([])).toEqual([]);
    });
  });
}

/** Evidence order is not part of the contract. */
function normalizeEdge<T extends { evidence: Array<{ documentId: string; start: number }> }>(edge: T): T {
  return { ...edge, evidence: [...edge.evidence].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start) };
}

function neighbourhoods(ctx: Ctx) {
  describe('neighbours', () => {
    const TOTALS: Record<string, number> = { MEMBER_OF: 5, LOCATED_IN: 1, PART_OF: 1, COOPERATES_WITH: 2 };
    const expand = (opts: Partial<Parameters<GraphStore['neighbors']>[1]> = {}) =>
      ctx.store.neighbors(HUB, { direction: 'both', limit: 50, offset: 0, ...opts });
    const edgeIds = async (opts: Parameters<typeof expand>[0]) => (await expand(opts))?.edges.map((e) => e.id).sort();
    beforeEach(async () => ctx.store.upsert(hubBatch()));

    it('follows the direction asked for; symmetric relations count both ways', async () => {
      expect(await edgeIds({ direction: 'out' })).toEqual(['hub-coop-partner1', 'hub-in-city', 'hub-part-of-parent', 'partner2-coop-hub']);
      expect(await edgeIds({ direction: 'in' })).toEqual([
        'hub-coop-partner1', 'land-member', 'p1-member', 'p2-member', 'p3-member', 'p4-member', 'partner2-coop-hub',
      ]);
      expect((await expand())?.total).toBe(9);
      expect(await ctx.store.neighbors('no-such-id', { direction: 'both', limit: 5, offset: 0 })).toBeNull();
    });

    it('filters by relation type and by neighbour type', async () => {
      const members = await expand({ relTypes: ['MEMBER_OF'] });
      expect(members?.total).toBe(5);
      expect(members?.nodes.map((n) => n.id).sort()).toEqual(['land', 'p1', 'p2', 'p3', 'p4']);
      expect(await edgeIds({ types: ['Location'] })).toEqual(['hub-in-city', 'land-member']);
    });

    it('pages through every edge once, counting what each page hides', async () => {
      const seen: string[] = [];
      for (const offset of [0, 4, 8]) {
        const page = (await expand({ limit: 4, offset }))!;
        expect(page.center.id).toBe(HUB);
        expect(page.total).toBe(9);
        expect(page.edges.length).toBe(offset === 8 ? 1 : 4);
        for (const [type, total] of Object.entries(TOTALS)) {
          expect((page.hidden[type] ?? 0) + page.edges.filter((e) => e.type === type).length).toBe(total);
        }
        const ends = new Set([HUB, ...page.nodes.map((n) => n.id)]);
        expect(page.nodes.some((n) => n.id === HUB)).toBe(false);
        expect(page.edges.every((e) => ends.has(e.source) && ends.has(e.target))).toBe(true);
        seen.push(...page.edges.map((e) => e.id));
      }
      expect(seen.length).toBe(9);
      expect(new Set(seen).size).toBe(9);
    });
  });
}

function roundTrips(ctx: Ctx) {
  describe('round trips', () => {
    it('returns text with quotes, commas, newlines, emoji and RTL scripts exactly as written', async () => {
      const batch = batchA();
      await ctx.store.upsert(batch);
      const tricky = await ctx.store.getNode(TRICKY_ENTITY);
      expect(tricky?.node.name).toBe(TRICKY);
      expect(tricky?.node.aliases).toEqual(batch.entities.find((e) => e.id === TRICKY_ENTITY)!.aliases);
      expect(tricky?.documents[0]?.title).toBe(DOC_A.title);
      const written = batch.relations.find((r) => r.id === 'tricky-founded-by-china')!;
      const edge = await ctx.store.getEdge(written.id);
      expect(edge?.properties).toEqual({ date: TRICKY });
      // start and end are Cypher keywords as well as property names.
      expect((await ctx.store.getEdge('china-member-interpol'))?.properties).toEqual({ start: '1984', end: '2020-01' });
      expect(edge?.evidence).toEqual(written.evidence.map((e) => ({ ...e, documentTitle: DOC_A.title })));
      expect(DOC_A.text.slice(edge!.evidence[0]!.start, edge!.evidence[0]!.end)).toBe(edge!.evidence[0]!.text);
      expect((await ctx.store.search('שלום', { limit: 5 }))[0]?.id).toBe(TRICKY_ENTITY);
      expect((await ctx.store.getNode('beijing'))?.node.aliases).toEqual([]);
    });
  });
}

/** What a user sees of the graph, in a stable order, to compare two states. */
async function snapshot(store: GraphStore) {
  const ids = [HU, ICB, MPS, STOCK, TRICKY_ENTITY, 'china', 'interpol', 'beijing', 'lyon', 'zhao-hongzhu'];
  const nodes = await Promise.all(ids.map(async (id) => {
    const detail = await store.getNode(id);
    return detail && normalize(detail);
  }));
  return { stats: await store.stats(), hashes: [...(await store.documentHashes())].sort(), nodes };
}

function normalize(detail: NodeDetail): NodeDetail {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    node: { ...detail.node, aliases: [...detail.node.aliases].sort() },
    merges: [...detail.merges].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    degreeByType: detail.degreeByType,
    edges: byId(detail.edges).map((e) => ({
      ...e, evidence: [...e.evidence].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start),
    })),
    neighbors: byId(detail.neighbors).map((n) => ({ ...n, aliases: [...n.aliases].sort() })),
    documents: byId(detail.documents),
  };
}
