// The Neo4j adapter's pure pieces and flows against a stand-in driver: rows,
// merging, schema from the ontology, error mapping, statement order in a
// transaction. None needs a server.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_PROPERTIES, RELATION_TYPES } from '../../../server/ontology/index.js';
import { CYPHER_DIR, cypher } from '../../../server/store/cypher.js';
import { StoreUnavailableError } from '../../../server/store/errors.js';
import { Neo4jConnection, type Row } from '../../../server/store/neo4j/connection.js';
import { toStoreError } from '../../../server/store/neo4j/errors.js';
import { createNeo4jStore, describeLocation } from '../../../server/store/neo4j/index.js';
import { hiddenCounts, toEdgeDetail } from '../../../server/store/neo4j/mapping.js';
import { neighbors, search } from '../../../server/store/neo4j/read.js';
import {
  evidenceFields, mergeEvidence, mergeRelation, normalizeBatch, relationRow, storedRelation, unionSpans,
} from '../../../server/store/neo4j/rows.js';
import { edgeByIdStatement, fillTemplate, schemaStatements } from '../../../server/store/neo4j/schema.js';
import { checkReferences } from '../../../server/store/neo4j/validate.js';
import { int, toNumber, toPlain } from '../../../server/store/neo4j/values.js';
import { chunks, deleteDocuments, upsert } from '../../../server/store/neo4j/write.js';
import type { Evidence, GraphBatch, RelationRecord } from '../../../server/store/records.js';

const ev = (documentId: string, start: number, confidence = 0.8): Evidence => ({
  documentId, start, end: start + 10, text: 'x'.repeat(10), method: 'rules', confidence,
});

const relation = (over: Partial<RelationRecord> = {}): RelationRecord => ({
  id: 'rel:1', type: 'HOLDS_POSITION', source: 'person:hu', target: 'organization:icb',
  properties: { role: 'director' }, confidence: 0.7, evidence: [ev('d1', 0)], validFrom: null, validTo: null, ...over,
});

describe('neo4j adapter without a server', () => {
  describe('integers', () => {
    it('converts driver Integers to numbers, deeply', () => {
      expect(toNumber(neo4j.int(42))).toBe(42);
      expect(toPlain({ a: neo4j.int(1), b: [neo4j.int(2), { c: neo4j.int(3) }], d: 'x', e: null }))
        .toEqual({ a: 1, b: [2, { c: 3 }], d: 'x', e: null });
    });

    it('refuses integers a JS number cannot hold exactly', () => {
      expect(() => toNumber(neo4j.int('9007199254740993'))).toThrow(RangeError);
    });

    it('sends counts as Cypher integers, not floats', () => {
      expect(neo4j.isInt(int(10))).toBe(true);
      expect(int(10).toNumber()).toBe(10);
    });
  });

  describe('rows', () => {
    it('unites evidence by document and span, stored first', () => {
      const merged = mergeEvidence([ev('d1', 0), ev('d2', 5)], [ev('d1', 0, 0.1), ev('d3', 7), ev('d3', 7)]);
      expect(merged.map((e) => `${e.documentId}:${e.start}`)).toEqual(['d1:0', 'd2:5', 'd3:7']);
      expect(merged[0]?.confidence).toBe(0.8);
    });

    it('merges a relation with its stored state: max confidence, stored properties win', () => {
      const stored = storedRelation({
        id: 'rel:1', confidence: 0.9, evidence: JSON.stringify([ev('d0', 3)]), properties: { role: 'deputy', evidence: '[]' },
      });
      const merged = mergeRelation(stored, relation({ properties: { role: 'director', start: '2021' } }));
      expect(merged.confidence).toBe(0.9);
      expect(merged.properties).toEqual({ role: 'deputy', start: '2021' });
      expect(merged.evidence.map((e) => e.documentId)).toEqual(['d0', 'd1']);
      expect(mergeRelation(undefined, relation())).toEqual(relation());
    });

    it('builds relation rows with every property key, evidence as JSON', () => {
      const row = relationRow(relation({ evidence: [ev('d1', 0), ev('d1', 20), ev('d2', 0)] }));
      expect(Object.keys(row.props).sort()).toEqual([...RELATION_PROPERTIES].sort());
      expect(row.props.role).toBe('director');
      expect(row.props.action).toBeNull();
      expect(row.docIds).toEqual(['d1', 'd2']);
      expect(row.evidenceCount.toNumber()).toBe(3);
      expect(JSON.parse(row.evidence)).toHaveLength(3);
    });

    it('stores what it reads back', () => {
      const fields = evidenceFields([ev('d1', 0)]);
      const detail = toEdgeDetail({ ...relationRow(relation()), ...fields, properties: { role: 'director' } }, new Map([['d1', 'Title']]));
      expect(detail.evidence).toEqual([{ ...ev('d1', 0), documentTitle: 'Title' }]);
      expect(detail).toMatchObject({ evidenceCount: 1, symmetric: false, properties: { role: 'director' } });
    });

    it('gives each id one row per batch', () => {
      const batch = normalizeBatch({
        documents: [],
        entities: [
          { id: 'person:hu', type: 'Person', name: 'Hu Binchen', aliases: ['Hu'], merges: [] },
          { id: 'person:hu', type: 'Person', name: 'Hu Bin-chen', aliases: ['Hu', 'Binchen'], merges: [] },
        ],
        relations: [relation(), relation({ confidence: 0.95, evidence: [ev('d2', 1)] })],
        mentions: [
          { entityId: 'person:hu', documentId: 'd1', spans: [0, 2] },
          { entityId: 'person:hu', documentId: 'd1', spans: [5, 7] },
        ],
      });
      expect(batch.entities).toEqual([{ id: 'person:hu', type: 'Person', name: 'Hu Binchen', aliases: ['Hu', 'Hu Bin-chen', 'Binchen'], merges: [] }]);
      expect(batch.relations).toHaveLength(1);
      expect(batch.relations[0]?.confidence).toBe(0.95);
      expect(batch.relations[0]?.evidence).toHaveLength(2);
      expect(batch.mentions).toEqual([{ entityId: 'person:hu', documentId: 'd1', spans: [0, 2, 5, 7] }]);
    });

    it('unites mention spans as pairs, ordered by offset', () => {
      expect(unionSpans([10, 12, 0, 2], [0, 2, 5, 7, 9])).toEqual([0, 2, 5, 7, 10, 12]);
    });

    it('refuses relations and mentions that point nowhere or join types the ontology forbids', () => {
      const batch = (over: Partial<GraphBatch>): GraphBatch => ({ documents: [], entities: [], relations: [], mentions: [], ...over });
      const hu = { id: 'person:hu', type: 'Person' as const, name: 'Hu', aliases: [], merges: [] };
      const stored = new Map([['organization:icb', 'Organization' as const], ['substance:x', 'Substance' as const]]);
      expect(() => checkReferences(batch({ entities: [hu], relations: [relation()] }), stored, new Set())).not.toThrow();
      expect(() => checkReferences(batch({ relations: [relation()] }), stored, new Set())).toThrow(/unknown entity \(person:hu\)/);
      expect(() => checkReferences(batch({ entities: [hu], relations: [relation({ target: 'substance:x' })] }), stored, new Set()))
        .toThrow(/does not join Person to Substance/);
      const mention = { entityId: 'person:hu', documentId: 'd9', spans: [] };
      expect(() => checkReferences(batch({ entities: [hu], mentions: [mention] }), stored, new Set())).toThrow(/unknown document d9/);
      expect(() => checkReferences(batch({ entities: [hu], mentions: [mention] }), stored, new Set(['d9']))).not.toThrow();
    });

    it('counts hidden relations per type and splits rows into chunks', () => {
      expect(hiddenCounts({ MEMBER_OF: 3, PART_OF: 1, LOCATED_IN: 1 }, ['MEMBER_OF', 'PART_OF'])).toEqual({ MEMBER_OF: 2, LOCATED_IN: 1 });
      expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    });
  });

  describe('schema from the ontology', () => {
    const statements = schemaStatements();

    it('has a constraint and a name index for every entity type', () => {
      for (const label of ENTITY_TYPES) {
        expect(statements).toContainEqual(expect.stringMatching(new RegExp(`CONSTRAINT \\w+ IF NOT EXISTS FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`)));
        expect(statements).toContainEqual(expect.stringMatching(new RegExp(`INDEX \\w+ IF NOT EXISTS FOR \\(n:${label}\\) ON \\(n\\.name\\)`)));
      }
    });

    it('has an id index for every relation type, and the shared constraints and indexes', () => {
      for (const type of RELATION_TYPES) {
        expect(statements).toContainEqual(expect.stringContaining(`FOR ()-[r:${type}]-() ON (r.id)`));
      }
      expect(statements.join('\n')).toMatch(/FOR \(n:Entity\) REQUIRE n\.id IS UNIQUE/);
      expect(statements.join('\n')).toMatch(/FOR \(d:Document\) REQUIRE d\.id IS UNIQUE/);
      expect(statements.join('\n')).toMatch(/FULLTEXT INDEX entity_names .* ON EACH \[n\.name, n\.aliasText\]/);
      expect(new Set(statements.map((s) => s.match(/(?:CONSTRAINT|INDEX) (\w+)/)?.[1])).size).toBe(statements.length);
    });

    it('looks edges up through one typed branch per relation type', () => {
      const union = edgeByIdStatement();
      expect(union.split('UNION ALL')).toHaveLength(RELATION_TYPES.length);
      for (const type of RELATION_TYPES) expect(union).toContain(`[r:${type} {id: $id}]`);
    });

    it('fills templates only with plain identifiers', () => {
      expect(fillTemplate('FOR (n:{{label}})', { label: 'Person' })).toBe('FOR (n:Person)');
      expect(() => fillTemplate('FOR (n:{{label}})', { label: 'Person) DETACH DELETE (n' })).toThrow(/identifier/);
      expect(() => fillTemplate('FOR (n:{{label}})', {})).toThrow(/No value/);
    });
  });

  describe('errors and connection', () => {
    const unavailable = (code: string) => new neo4j.Neo4jError('gone', code, '08000', 'connection exception');

    it('maps lost service to StoreUnavailableError and passes other errors through', () => {
      expect(toStoreError(unavailable(neo4j.error.SERVICE_UNAVAILABLE), 'x')).toBeInstanceOf(StoreUnavailableError);
      expect(toStoreError(unavailable(neo4j.error.SESSION_EXPIRED), 'x')).toBeInstanceOf(StoreUnavailableError);
      const syntax = unavailable('Neo.ClientError.Statement.SyntaxError');
      expect(toStoreError(syntax, 'x')).toBe(syntax);
    });

    it('never shows credentials in its location', () => {
      expect(describeLocation({ uri: 'neo4j+s://neo4j:secret@abc.databases.neo4j.io' })).toBe('neo4j+s://abc.databases.neo4j.io');
      expect(describeLocation({ uri: 'bolt://localhost:7687', database: 'kg' })).toBe('bolt://localhost:7687 (database kg)');
    });

    it('reports an unreachable server as StoreUnavailableError, quickly', async () => {
      // Port 1 refuses connections: no server needed to see the mapping end to end.
      const store = createNeo4jStore({
        uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x',
        driverConfig: { connectionTimeout: 1000, maxTransactionRetryTime: 0 },
      });
      try {
        await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(store.search('hu', { limit: 5 })).rejects.toBeInstanceOf(StoreUnavailableError);
      } finally {
        await store.close();
      }
    });
  });
});

/**
 * A stand-in driver that answers each statement file with canned rows and
 * records what was sent: checks parameter types (Cypher refuses float LIMITs)
 * and the order of statements in a transaction, which need no server.
 */
function fakeNeo4j(answers: Record<string, Row[]> = {}) {
  const names = readdirSync(join(CYPHER_DIR, 'neo4j')).map((f) => f.replace(/\.cypher$/, ''));
  const calls: Array<{ name: string; params: Row }> = [];
  const sessions: unknown[] = [];
  const tx = {
    run: async (text: string, params: Row) => {
      const name = names.find((n) => !n.includes('{{') && cypher('neo4j', n) === text) ?? 'other';
      calls.push({ name, params });
      return { records: (answers[name] ?? []).map((row) => ({ toObject: () => row })) };
    },
  };
  const session = { executeRead: (work: (t: typeof tx) => unknown) => work(tx), executeWrite: (work: (t: typeof tx) => unknown) => work(tx), close: async () => {} };
  const driver = { session: (config: unknown) => { sessions.push(config); return session; } } as unknown as Driver;
  return { conn: new Neo4jConnection(driver, 'kg', 'fake'), calls, sessions, names: () => calls.map((c) => c.name) };
}

describe('neo4j adapter flows, against a stand-in driver', () => {
  it('reads in READ sessions on the named database, with integer paging', async () => {
    const fake = fakeNeo4j({ search: [{ id: 'a', type: 'Person', name: 'A', aliases: null, degree: neo4j.int(2), matched: 'A' }] });
    expect(await search(fake.conn, '  a ', { limit: 5000 })).toEqual([{ id: 'a', type: 'Person', name: 'A', aliases: [], degree: 2, pagerank: 0, community: -1, matched: 'A' }]);
    expect(fake.sessions).toMatchObject([{ defaultAccessMode: neo4j.session.READ, database: 'kg', bookmarkManager: expect.anything() }]);
    const { params } = fake.calls[0]!;
    expect(params).toMatchObject({ query: 'a', types: null });
    expect(neo4j.isInt(params.limit) && (params.limit as ReturnType<typeof int>).toNumber()).toBe(1000);
  });

  it('pages neighbours with integer bounds and counts what is hidden', async () => {
    const node = (id: string) => ({ id, type: 'Organization', name: id, aliases: [], degree: neo4j.int(1) });
    const fake = fakeNeo4j({
      node: [node('hub')],
      'neighbor-counts': [{ type: 'MEMBER_OF', count: neo4j.int(2) }, { type: 'PART_OF', count: neo4j.int(1) }],
      neighbors: [{ node: node('p'), edge: { id: 'e', type: 'PART_OF', source: 'hub', target: 'p', confidence: 1, evidenceCount: neo4j.int(1), properties: {} } }],
    });
    const page = await neighbors(fake.conn, 'hub', { direction: 'out', limit: 1, offset: -3 });
    expect(page).toMatchObject({ total: 3, hidden: { MEMBER_OF: 2 }, nodes: [{ id: 'p', degree: 1 }], edges: [{ id: 'e', evidenceCount: 1, symmetric: false }] });
    expect(fake.names()).toEqual(['node', 'neighbor-counts', 'neighbors']);
    const { params } = fake.calls[2]!;
    expect([params.offset, params.limit].map((v) => neo4j.isInt(v) && String(v))).toEqual(['0', '1']);
    expect(params.symmetric).toEqual(['MET_WITH', 'COOPERATES_WITH']);
    expect(await neighbors(fakeNeo4j().conn, 'nope', { direction: 'both', limit: 1, offset: 0 })).toBeNull();
  });


  it('upserts in one write transaction, merging stored evidence into the relation row', async () => {
    const fake = fakeNeo4j({
      'entity-types': [{ id: 'organization:icb', type: 'Organization' }],
      'document-ids': [{ id: 'd1' }],
      'relations-by-id': [{ id: 'rel:1', confidence: 0.9, evidence: JSON.stringify([ev('d0', 3)]), properties: {} }],
    });
    const hu = { id: 'person:hu', type: 'Person' as const, name: 'Hu', aliases: [], merges: [] };
    await upsert(fake.conn, { documents: [], entities: [hu], relations: [relation()], mentions: [{ entityId: 'person:hu', documentId: 'd1', spans: [0, 2] }] });
    expect(fake.sessions).toMatchObject([{ defaultAccessMode: neo4j.session.WRITE, database: 'kg' }]);
    expect(fake.names()).toEqual([
      'entity-types', 'document-ids', 'upsert-entities', 'upsert-mentions', 'relations-by-id', 'upsert-relations', 'refresh-degree',
    ]);
    const [row] = fake.calls[5]!.params.rows as Array<ReturnType<typeof relationRow>>;
    expect(row).toMatchObject({ confidence: 0.9, docIds: ['d0', 'd1'] });
    expect(fake.calls[6]!.params.ids).toEqual(['person:hu', 'organization:icb']);
  });

  it('deletes documents: strips their evidence, drops relations left without any, then orphans', async () => {
    const fake = fakeNeo4j({
      'relations-citing': [
        { id: 'r1', source: 'a', target: 'b', evidence: JSON.stringify([ev('gone', 0, 0.9), ev('kept', 0, 0.6)]) },
        { id: 'r2', source: 'b', target: 'c', evidence: JSON.stringify([ev('gone', 5)]) },
      ],
      'delete-documents': [{ entityIds: ['a', 'd'] }],
    });
    await deleteDocuments(fake.conn, ['gone', 'gone']);
    expect(fake.names()).toEqual([
      'relations-citing', 'update-relation-evidence', 'delete-relations', 'delete-documents', 'refresh-degree', 'delete-orphans',
    ]);
    expect(fake.calls[0]!.params.ids).toEqual(['gone']);
    expect(fake.calls[1]!.params.rows).toMatchObject([{ id: 'r1', source: 'a', confidence: 0.6, docIds: ['kept'] }]);
    expect(fake.calls[2]!.params.rows).toEqual([{ id: 'r2', source: 'b' }]);
    expect(fake.calls[5]!.params.ids).toEqual(['a', 'd', 'b', 'c']);
  });
});
