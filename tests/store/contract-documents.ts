// Contract: documents (list and detail with mention spans) and the timeline of dated relations.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/port.js';
import { DOC_A, DOC_B, HU, batchAB } from '../fixtures/graph-batch.js';
import { timelineBatch } from '../fixtures/explore-batch.js';

type Ctx = { store: GraphStore };

export function documentContract(ctx: Ctx) {
  describe('documents', () => {
    beforeEach(async () => ctx.store.upsert(batchAB()));

    it('lists documents by id with their length and how many entities they mention', async () => {
      const { documents, total } = await ctx.store.listDocuments({ limit: 10, offset: 0 });
      expect(total).toBe(2);
      expect(documents).toEqual([
        { id: DOC_A.id, title: DOC_A.title, published: DOC_A.published, source: DOC_A.source, length: DOC_A.text.length, entities: 9 },
        { id: DOC_B.id, title: DOC_B.title, published: null, source: DOC_B.source, length: DOC_B.text.length, entities: 6 },
      ]);
      expect(await ctx.store.listDocuments({ limit: 1, offset: 1 })).toEqual({ documents: [documents[1]], total: 2 });
      expect((await ctx.store.listDocuments({ limit: 10, offset: 5 })).documents).toEqual([]);
    });

    it('gives a document with its text and every mention in order, ready to highlight', async () => {
      expect(await ctx.store.getDocument('no-such-document')).toBeNull();
      const doc = await ctx.store.getDocument(DOC_B.id);
      expect(doc).toMatchObject({ id: DOC_B.id, title: DOC_B.title, text: DOC_B.text, length: DOC_B.text.length, entities: 6 });
      const expected = batchAB().mentions.filter((m) => m.documentId === DOC_B.id)
        .reduce((n, m) => n + m.spans.length / 2, 0);
      expect(doc?.mentions).toHaveLength(expected);
      const starts = doc!.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(doc!.mentions[0]).toEqual({ entityId: HU, name: 'Hu Binchen', type: 'Person', start: 0, end: 3 });
      for (const m of doc!.mentions) expect(DOC_B.text.slice(m.start, m.end).length).toBe(m.end - m.start);
      expect(doc!.mentions.find((m) => m.entityId === 'interpol')).toMatchObject({ name: 'INTERPOL', type: 'Organization' });
    });
  });
}

export function timelineContract(ctx: Ctx) {
  describe('timeline', () => {
    beforeEach(async () => ctx.store.upsert(timelineBatch()));
    const ids = async (opts: Partial<Parameters<GraphStore['timeline']>[0]> = {}) =>
      (await ctx.store.timeline({ limit: 50, ...opts })).edges.map((e) => e.id);

    it('lists dated relations by start, then end (open ends last), then id', async () => {
      expect(await ids()).toEqual(['t1', 't4', 't2', 't3']);
      expect(await ids({ limit: 2 })).toEqual(['t1', 't4']);
    });

    it('keeps the relations overlapping the window', async () => {
      expect(await ids({ since: '2019-06-01', until: '2020-03-15' })).toEqual(['t1', 't4', 't2']);
      expect(await ids({ since: '2021-01-01' })).toEqual(['t2']);
      expect(await ids({ until: '2018-12-31' })).toEqual(['t3']);
      expect(await ids({ since: '2019-12-31', until: '2019-12-31' })).toEqual(['t1']);
    });

    it('keeps the relations touching the entities named, with their endpoints', async () => {
      const g = await ctx.store.timeline({ limit: 50, ids: ['don'] });
      expect(g.edges.map((e) => e.id)).toEqual(['t3']);
      expect(g.edges[0]).toMatchObject({ source: 'cat', target: 'don', validFrom: null, validTo: '2018-06-30' });
      expect(g.nodes.map((n) => n.id).sort()).toEqual(['cat', 'don']);
      expect(await ids({ ids: ['org'] })).toEqual(['t4', 't2']);
    });
  });
}
