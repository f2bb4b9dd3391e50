// Contract: ids and names holding quotes, backslashes, markup, newlines, right-to-left text,
// emoji and a 300-character id read back exactly through every bulk read. Kuzu 0.11.3 answered a
// list_contains filter right after UNWIND/MATCH with one relation repeated and its target id
// truncated on such a graph; each read here went through such a statement once.
import { beforeEach, describe, expect, it } from 'vitest';
import type { EdgeDetail, GraphStore } from '../../server/store/port.js';
import { document, entity, evidence, relation } from '../fixtures/graph-batch.js';

type Ctx = { store: GraphStore };

const LONG = `person:${'long-'.repeat(58)}end`;
const IDS = {
  quote: 'person:"inject"}) DETACH DELETE n //', apostrophe: "person:o'brien", long: LONG,
  org: 'org:<&> ]]> "bold"', rtl: 'loc:שלום \u202Eevil\u202C', emoji: 'event:😀 👩‍👩‍👧 🇨🇳', slash: 'other:back\\slash\n2',
};
const TEXT = 'One met two. One holds three. Three is in four. Two took part in five. Long met one. Two founded six.';
const DOC = document('doc:"hostile" \\ 😀', 'Hostile « title »', TEXT);
const OTHER = document("doc:o'ther", 'Other', TEXT);
const ev = (sentence: string, doc = DOC) => [evidence(doc, sentence, 0.9)];

function hostileBatch() {
  const { quote, apostrophe, long, org, rtl, emoji, slash } = IDS;
  return {
    documents: [DOC, OTHER],
    entities: [
      entity(quote, 'Person', 'Quote "one"'), entity(apostrophe, 'Person', "O'Brien"), entity(long, 'Person', 'Long'),
      entity(org, 'Organization', 'A & B'), entity(rtl, 'Location', 'שלום'), entity(emoji, 'Event', '😀'), entity(slash, 'Other', 'back\\'),
    ],
    relations: [
      relation('rel:met"1', 'MET_WITH', quote, apostrophe, ev('One met two.')),
      relation('rel:holds\\2', 'HOLDS_POSITION', quote, org, ev('One holds three.'), {}, { validFrom: '2020-01-01', validTo: '2021-01-01' }),
      relation('rel:in<3>', 'LOCATED_IN', org, rtl, ev('Three is in four.', OTHER)),
      relation("rel:part'4", 'PARTICIPATED_IN', apostrophe, emoji, ev('Two took part in five.'), {}, { validFrom: '2020-06-01' }),
      relation('rel:long😀5', 'MET_WITH', long, quote, [...ev('Long met one.'), ...ev('Long met one.', OTHER)]),
      relation('rel:founded\n6', 'FOUNDED', apostrophe, slash, ev('Two founded six.')),
    ],
    mentions: [],
  };
}

const ALL = Object.values(IDS);
const EDGES = hostileBatch().relations.map((r) => r.id).sort();
const sorted = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();
const ends = (edges: Array<{ id: string; source: string; target: string }>) =>
  Object.fromEntries(edges.map((e) => [e.id, `${e.source} > ${e.target}`]));
const stated = ends(hostileBatch().relations);

async function collect(pages: AsyncIterable<EdgeDetail[]>): Promise<EdgeDetail[]> {
  const out: EdgeDetail[] = [];
  for await (const page of pages) out.push(...page);
  return out;
}

export function hostileIdsContract(ctx: Ctx) {
  describe('hostile ids', () => {
    beforeEach(async () => ctx.store.upsert(hostileBatch()));

    it('reads every node and every relation among them, endpoints intact', async () => {
      expect(sorted(await ctx.store.nodesByIds([...ALL, 'nobody']))).toEqual([...ALL].sort());
      const g = await ctx.store.subgraph(ALL, { expand: false, induced: true, limit: 100 });
      expect(sorted(g.nodes)).toEqual([...ALL].sort());
      expect(sorted(g.edges)).toEqual(EDGES);
      expect(ends(g.edges)).toEqual(stated);
    });

    it('keeps only the relations touching the named nodes when not induced', async () => {
      const g = await ctx.store.subgraph([IDS.long, IDS.org], { expand: true, induced: false, limit: 100 });
      expect(sorted(g.nodes)).toEqual([IDS.long, IDS.org, IDS.quote, IDS.rtl].sort());
      expect(sorted(g.edges)).toEqual(['rel:holds\\2', 'rel:in<3>', 'rel:long😀5']);
      const some = await ctx.store.subgraph([IDS.apostrophe, IDS.emoji, IDS.slash], { expand: false, induced: true, limit: 100 });
      expect(ends(some.edges)).toEqual({ "rel:part'4": stated["rel:part'4"], 'rel:founded\n6': stated['rel:founded\n6'] });
    });

    it('reads relations by id, with evidence, in bulk and as a stream', async () => {
      expect(ends(await ctx.store.edgesByIds([...EDGES, 'nope']))).toEqual(stated);
      const details = await ctx.store.edgeDetails(EDGES);
      expect(ends(details)).toEqual(stated);
      expect(details.find((e) => e.id === 'rel:long😀5')?.evidence.map((e) => e.documentTitle).sort()).toEqual([DOC.title, OTHER.title].sort());
      const streamed = await collect(ctx.store.edgeDetailsAmong([...ALL, 'nobody']));
      expect(streamed.map((e) => e.id).sort()).toEqual(EDGES);
      expect(ends(streamed)).toEqual(stated);
      expect(streamed.find((e) => e.id === 'rel:in<3>')).toEqual(details.find((e) => e.id === 'rel:in<3>'));
      const touching = await collect(ctx.store.edgeDetailsAmong([IDS.quote, IDS.apostrophe, IDS.long, IDS.org], { touching: [IDS.long] }));
      expect(touching.map((e) => e.id)).toEqual(['rel:long😀5']);
    });

    it('filters the timeline and paths by hostile ids', async () => {
      const timeline = await ctx.store.timeline({ ids: [IDS.emoji], limit: 10 });
      expect(ends(timeline.edges)).toEqual({ "rel:part'4": stated["rel:part'4"] });
      const paths = await ctx.store.shortestPaths({
        from: IDS.long, to: IDS.org, all: true, limit: 10, maxHops: 4, direction: 'both', avoidNodes: [IDS.apostrophe],
      });
      expect(paths.map((p) => p.nodeIds)).toEqual([[IDS.long, IDS.quote, IDS.org]]);
      const round = await ctx.store.shortestPaths({
        from: IDS.long, to: IDS.emoji, all: true, limit: 10, maxHops: 4, direction: 'both', avoidEdges: ['rel:met"1'],
      });
      expect(round).toEqual([]);
    });

    it("deletes a document's evidence and the relations left with none", async () => {
      await ctx.store.deleteDocuments([OTHER.id]);
      expect(sorted(await ctx.store.edgesByIds(EDGES))).toEqual(EDGES.filter((id) => id !== 'rel:in<3>'));
      expect((await ctx.store.getEdge('rel:long😀5'))?.evidence.map((e) => e.documentId)).toEqual([DOC.id]);
    });
  });
}
