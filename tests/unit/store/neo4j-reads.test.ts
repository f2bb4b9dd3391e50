// The Neo4j adapter's new reads and writes against a stand-in driver: merges
// and dates on upsert, analytics in chunks, stats with top entities and
// communities, node detail, subgraphs, documents and the timeline.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { getDocument, listDocuments, toMentions } from '../../../server/store/neo4j/documents.js';
import { edgesByIds, nodesByIds, onlyWithin, subgraph, timeline } from '../../../server/store/neo4j/explore.js';
import { getNode, stats } from '../../../server/store/neo4j/read.js';
import { entityRow, mergeRelation, normalizeBatch, storedRelation, unionMerges } from '../../../server/store/neo4j/rows.js';
import { upsert, writeAnalytics } from '../../../server/store/neo4j/write.js';
import type { Merge, RelationRecord } from '../../../server/store/records.js';
import { fakeDriver } from './neo4j-fake.js';

const merge = (name: string, reason = 'alias'): Merge => ({ name, type: 'Person', documentId: 'd1', reason });
const node = (id: string, degree = 1) => ({ id, type: 'Person', name: id, aliases: [], degree: neo4j.int(degree), pagerank: 0.1, community: neo4j.int(0) });
const edge = (id: string, source: string, target: string) => ({
  id, type: 'MET_WITH', source, target, confidence: 1, evidenceCount: neo4j.int(1), properties: {}, validFrom: null, validTo: null,
});
const relation = (over: Partial<RelationRecord> = {}): RelationRecord => ({
  id: 'r', type: 'MET_WITH', source: 'a', target: 'b', properties: {}, confidence: 0.5, validFrom: null, validTo: null,
  evidence: [{ documentId: 'd1', start: 0, end: 1, text: 'x', method: 'm', confidence: 0.5 }], ...over,
});

describe('merges and dates on upsert', () => {
  it('unites merges on all four fields, first seen first', () => {
    expect(unionMerges([merge('Hu'), merge('Bin')], [merge('Hu'), merge('Hu', 'curation'), { ...merge('Hu'), documentId: null }]))
      .toEqual([merge('Hu'), merge('Bin'), merge('Hu', 'curation'), { ...merge('Hu'), documentId: null }]);
    expect(JSON.parse(entityRow({ id: 'a', type: 'Person', name: 'A', aliases: [], merges: [merge('Hu')] }).merges)).toEqual([merge('Hu')]);
  });

  it('keeps a stored date and takes a new one where none was stored', () => {
    const stored = storedRelation({ id: 'r', confidence: 0.5, evidence: '[]', properties: {}, validFrom: '2020-01-01', validTo: null });
    expect(mergeRelation(stored, relation({ validFrom: '2021-01-01', validTo: '2021-12-31' })))
      .toMatchObject({ validFrom: '2020-01-01', validTo: '2021-12-31' });
  });

  it('unites merges within a batch and with the stored ones, and writes dates and text length', async () => {
    const fake = fakeDriver([{ match: 'n.merges AS merges', rows: [{ id: 'a', type: 'Person', merges: JSON.stringify([merge('Old')]) }, { id: 'b', type: 'Person', merges: null }] }]);
    const a = { id: 'a', type: 'Person' as const, name: 'A', aliases: [], merges: [merge('Hu')] };
    const batch = normalizeBatch({ documents: [], entities: [a, { ...a, merges: [merge('Hu'), merge('Bin')] }], relations: [], mentions: [] });
    expect(batch.entities[0]!.merges).toEqual([merge('Hu'), merge('Bin')]);
    const doc = { id: 'd1', title: 'T', published: null, source: null, hash: 'h', text: 'a😀b' };
    await upsert(fake.conn, { documents: [doc], entities: [a], relations: [relation({ validFrom: '2021-01-01' })], mentions: [] });
    const rowsOf = (marker: string) => fake.calls.find((c) => c.text.includes(marker))!.params.rows as Array<Record<string, unknown>>;
    expect(JSON.parse(String(rowsOf('MERGE (n:Entity')[0]!.merges))).toEqual([merge('Old'), merge('Hu')]);
    expect(rowsOf('MERGE (d:Document')[0]!.length).toEqual(neo4j.int(4));
    expect(rowsOf('MERGE (a)-[r:')[0]).toMatchObject({ validFrom: '2021-01-01', validTo: null });
  });
});

describe('analytics', () => {
  it('writes integers as integers, in one transaction per 10,000 rows', async () => {
    const fake = fakeDriver([]);
    const rows = Array.from({ length: 10_001 }, (_, i) => ({ id: `e${i}`, degree: 2, pagerank: 0.25, community: i % 3 }));
    await writeAnalytics(fake.conn, rows);
    expect(fake.calls.map((c) => (c.params.rows as unknown[]).length)).toEqual([10_000, 1]);
    expect(fake.sessions).toMatchObject([{ defaultAccessMode: neo4j.session.WRITE }, { defaultAccessMode: neo4j.session.WRITE }]);
    const [first] = fake.calls[0]!.params.rows as Array<Record<string, unknown>>;
    expect(neo4j.isInt(first!.degree) && neo4j.isInt(first!.community) && first!.pagerank).toBe(0.25);
  });
});

describe('stats and node detail', () => {
  it('lists top entities and communities with their top members', async () => {
    const fake = fakeDriver([
      { match: 'ORDER BY coalesce(n.pagerank', rows: [node('hub', 9), node('x')] },
      { match: 'COLLECT {\n    MATCH (m:Entity', rows: [{ id: neo4j.int(0), size: neo4j.int(7), top: [node('hub', 9)] }] },
      { match: 'COUNT { (:Document) } AS documents', rows: [{ documents: neo4j.int(1), mentions: neo4j.int(2), entitiesByType: [], relationsByType: [] }] },
    ]);
    const result = await stats(fake.conn);
    expect(result.topEntities.map((n) => [n.id, n.degree, n.community])).toEqual([['hub', 9, 0], ['x', 1, 0]]);
    expect(result.communities).toMatchObject([{ id: 0, size: 7, top: [{ id: 'hub', pagerank: 0.1 }] }]);
    expect(fake.calls.find((c) => c.text.includes('COLLECT {\n'))!.params).toEqual({ limit: neo4j.int(20), top: neo4j.int(5) });
  });

  it('gives a node its merges and its relation count per type', async () => {
    const fake = fakeDriver([
      { match: 'n.merges AS merges', rows: [{ ...node('a'), merges: JSON.stringify([merge('Hu')]) }] },
      { match: 'AS other', rows: [
        { ...edge('e1', 'a', 'b'), evidence: '[]', other: node('b') },
        { ...edge('e1', 'a', 'b'), evidence: '[]', other: node('b') },
        { ...edge('e2', 'c', 'a'), type: 'MEMBER_OF', evidence: '[]', other: node('c') },
      ] },
    ]);
    const detail = await getNode(fake.conn, 'a');
    expect(detail).toMatchObject({ merges: [merge('Hu')], degreeByType: { MET_WITH: 1, MEMBER_OF: 1 } });
    expect(detail?.edges.map((e) => [e.id, e.validFrom])).toEqual([['e2', null], ['e1', null]]);
  });
});

describe('subgraphs', () => {
  it('keeps named nodes first, fills with neighbours, and takes only edges touching a named node', async () => {
    const fake = fakeDriver([
      { match: 'MATCH (n:Entity {id: id})', rows: [node('b'), node('a')] },
      { match: 'WHERE NOT m.id IN $ids', rows: [node('x', 5)] },
      { match: 'UNWIND $from', rows: [edge('e2', 'a', 'x'), edge('e1', 'a', 'b'), edge('e3', 'x', 'zz')] },
    ]);
    const result = await subgraph(fake.conn, ['a', 'b', 'gone', 'a'], { expand: true, induced: false, limit: 3 });
    expect(result.nodes.map((n) => n.id)).toEqual(['a', 'b', 'x']);
    expect(result.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
    const [, neighbours, edges] = fake.calls;
    expect(neighbours!.params).toEqual({ ids: ['a', 'b'], limit: neo4j.int(1) });
    expect(edges!.params).toEqual({ from: ['a', 'b'], ids: ['a', 'b', 'x'] });
  });

  it('takes every edge among the set when induced, and does not expand when full', async () => {
    const fake = fakeDriver([{ match: 'MATCH (n:Entity {id: id})', rows: [node('a'), node('b')] }]);
    await subgraph(fake.conn, ['a', 'b'], { expand: true, induced: true, limit: 2 });
    expect(fake.calls.map((c) => c.params)).toEqual([{ ids: ['a', 'b'] }, { from: ['a', 'b'], ids: ['a', 'b'] }]);
    // Every named node stays, even past the limit.
    expect((await subgraph(fake.conn, ['a', 'b'], { expand: true, induced: true, limit: 1 })).nodes).toHaveLength(2);
    expect(await subgraph(fakeDriver([]).conn, [], { expand: true, induced: true, limit: 5 })).toEqual({ nodes: [], edges: [] });
  });

  it('never keeps a dangling or repeated edge', () => {
    const nodes = [node('a'), node('b')].map((n) => ({ ...n, degree: 1, community: 0, aliases: [], type: 'Person' as const }));
    const e = (id: string, s: string, t: string) => ({ ...edge(id, s, t), type: 'MET_WITH' as const, evidenceCount: 1, symmetric: true });
    expect(onlyWithin(nodes, [e('1', 'a', 'b'), e('1', 'a', 'b'), e('2', 'a', 'c')]).map((x) => x.id)).toEqual(['1']);
  });
});

describe('elements by id, documents, timeline', () => {
  it('asks for each id once and nothing for none', async () => {
    const fake = fakeDriver([{ match: () => true, rows: [] }]);
    expect(await nodesByIds(fake.conn, [])).toEqual([]);
    expect(await edgesByIds(fake.conn, [])).toEqual([]);
    expect(fake.calls).toEqual([]);
    await edgesByIds(fake.conn, ['e1', 'e1', 'e2']);
    expect(fake.calls[0]!.params).toEqual({ ids: ['e1', 'e2'] });
    expect(fake.calls[0]!.text.split('UNION ALL')).toHaveLength(13);
  });

  it('pages documents with a total and lists mentions by offset', async () => {
    const fake = fakeDriver([
      { match: 'AS total', rows: [{ total: neo4j.int(3) }] },
      { match: 'SKIP $offset', rows: [{ id: 'd1', title: 'T', published: null, source: 's', length: neo4j.int(10), entities: neo4j.int(2) }] },
    ]);
    expect(await listDocuments(fake.conn, { limit: 1, offset: -5 })).toEqual({
      total: 3, documents: [{ id: 'd1', title: 'T', published: null, source: 's', length: 10, entities: 2 }],
    });
    expect(fake.calls[1]!.params).toEqual({ limit: neo4j.int(1), offset: neo4j.int(0) });
    expect(await getDocument(fakeDriver([]).conn, 'nope')).toBeNull();
    const mentions = toMentions([
      { entityId: 'b', name: 'B', type: 'Person', spans: [10, 12, 0, 3] },
      { entityId: 'a', name: 'A', type: 'Location', spans: [0, 3, 5] },
    ]);
    expect(mentions.map((m) => `${m.entityId}:${m.start}-${m.end}`)).toEqual(['a:0-3', 'b:0-3', 'b:10-12']);
  });

  it('draws dated relations with their endpoints, around given entities when asked', async () => {
    const row = { edge: { ...edge('e1', 'a', 'b'), validFrom: '2021-01-01' }, sourceNode: node('a'), targetNode: node('b') };
    const fake = fakeDriver([{ match: () => true, rows: [row, row] }]);
    const result = await timeline(fake.conn, { since: '2020-01-01', limit: 50 });
    expect(result.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(result.edges[0]).toMatchObject({ id: 'e1', validFrom: '2021-01-01', validTo: null });
    expect(fake.calls[0]!.params).toEqual({ since: '2020-01-01', until: null, limit: neo4j.int(50) });
    await timeline(fake.conn, { ids: ['a', 'a'], limit: 5 });
    expect(fake.calls[1]!.text).toContain('UNWIND $ids');
    expect(fake.calls[1]!.params.ids).toEqual(['a']);
    await timeline(fake.conn, { ids: [], limit: 5 });
    expect(fake.calls[2]!.text).not.toContain('UNWIND $ids');
    await expect(timeline(fake.conn, { until: '31/12/2021', limit: 5 })).rejects.toThrow(/until must be an ISO date/);
  });
});
