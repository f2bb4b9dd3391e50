// Contract: readQuery. Results come back JSON-safe and drawable; nothing sent can write, whatever
// the dialect (Kuzu and Neo4j forms are both listed: each engine must refuse them all).
import { beforeEach, describe, expect, it } from 'vitest';
import { QueryRejectedError } from '../../server/store/errors.js';
import type { GraphStore, QueryOptions } from '../../server/store/port.js';
import { DOC_A, HU, ICB, batchAB } from '../fixtures/graph-batch.js';

type Ctx = { store: GraphStore };
const OPTS: QueryOptions = { rowLimit: 100, timeoutMs: 10_000 };
const INTRUDER = "(:Person {id: 'intruder', name: 'Intruder'})";

/** Every way of writing, loading or configuring we know of; one statement, several, or hidden. */
export const WRITES = [
  `CREATE ${INTRUDER}`, `create ${INTRUDER}`, `MERGE ${INTRUDER}`, `UNWIND [1] AS x CREATE ${INTRUDER}`,
  "MATCH (n) WHERE n.id = 'hu-binchen' SET n.name = 'X'", "WITH 1 AS x MATCH (n) SET n.name = 'x'",
  "MATCH (n) WHERE n.id = 'beijing' DELETE n", 'MATCH (n) DETACH DELETE n', 'OPTIONAL MATCH (n) DELETE n',
  "MATCH (n) WHERE n.id = 'hu-binchen' REMOVE n.name", 'DROP TABLE Person', 'ALTER TABLE Person ADD x INT64',
  "COPY Person FROM '/tmp/intruders.csv'", "LOAD FROM '/etc/hosts' RETURN *", "LOAD CSV FROM 'file:///etc/hosts' AS line RETURN line",
  "LOAD EXTENSION '/tmp/x.so'", 'INSTALL json', "ATTACH '/tmp/other.kuzu' AS other (dbtype kuzu)", 'DETACH other', 'USE other',
  "EXPORT DATABASE '/tmp/kg-export'", "IMPORT DATABASE '/tmp/kg-export'", 'CHECKPOINT',
  'BEGIN TRANSACTION', 'COMMIT', 'ROLLBACK', `COMMIT; CREATE ${INTRUDER}`, `MATCH (n) RETURN n; CREATE ${INTRUDER}`,
  'RETURN 1 AS one; MATCH (n) DETACH DELETE n', `MATCH (n) /* hidden */ CREATE ${INTRUDER}`,
  `MATCH (n) RETURN n /* ; */ ; CREATE ${INTRUDER}`, `FOREACH (x IN [1] | CREATE ${INTRUDER})`, `CALL { CREATE ${INTRUDER} }`,
  "CALL create_fts_index('Person', 'names', ['name'])", 'CALL threads=1', "CALL db.createLabel('Intruder')",
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", "CALL db.index.fulltext.createNodeIndex('x', ['Person'], ['name'])",
  'CALL show_tables() RETURN *; DROP TABLE Person',
];

export function readQueryContract(ctx: Ctx) {
  describe('read-only queries', () => {
    const run = (text: string, params: Record<string, unknown> = {}, opts: Partial<QueryOptions> = {}) =>
      ctx.store.readQuery(text, params, { ...OPTS, ...opts });
    beforeEach(async () => ctx.store.upsert(batchAB()));

    it('returns columns, rows with nodes in wire form, and the graph to draw', async () => {
      const result = await run('MATCH (n) WHERE n.id = $id RETURN n, n.name AS name', { id: HU });
      expect(result.columns).toEqual(['n', 'name']);
      expect(result.rows).toEqual([[expect.objectContaining({ id: HU, type: 'Person', name: 'Hu Binchen', degree: 2 }), 'Hu Binchen']]);
      expect(result.graph.nodes.map((n) => n.id)).toEqual([HU]);
      expect(result).toMatchObject({ rowLimit: 100, truncated: false });
      expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
      expect(JSON.parse(JSON.stringify(result.rows))).toEqual(result.rows);
    });

    it('draws relations with their endpoints, found anywhere in the rows, and never a dangling edge', async () => {
      const whole = await run('MATCH (a)-[r]->(b) WHERE r.id = $id RETURN a, r, b', { id: 'hu-holds-icb' });
      expect(whole.rows[0]![1]).toMatchObject({ id: 'hu-holds-icb', type: 'HOLDS_POSITION', source: HU, target: ICB, evidenceCount: 2 });
      expect(whole.graph.edges.map((e) => e.id)).toEqual(['hu-holds-icb']);
      const nested = await run('MATCH (a)-[r]->(b) WHERE r.id = $id RETURN [a, b] AS pair, {rel: r} AS m', { id: 'hu-holds-icb' });
      expect(nested.graph.nodes.map((n) => n.id).sort()).toEqual([HU, ICB]);
      expect(nested.graph.edges.map((e) => e.id)).toEqual(['hu-holds-icb']);
      const path = await run('MATCH p = (a)-[r]->(b) WHERE r.id = $id RETURN p', { id: 'hu-holds-icb' });
      expect(path.graph.edges.map((e) => e.id)).toEqual(['hu-holds-icb']);
      const alone = await run('MATCH ()-[r]->() WHERE r.id = $id RETURN r', { id: 'hu-holds-icb' });
      expect(alone.rows[0]![0]).toMatchObject({ source: HU, target: ICB });
      expect(alone.graph).toEqual({ nodes: [], edges: [] });
    });

    it('shows a document as its id and title', async () => {
      const result = await run('MATCH (d:Document) WHERE d.id = $id RETURN d', { id: DOC_A.id });
      expect(result.rows).toEqual([[{ id: DOC_A.id, title: DOC_A.title }]]);
      expect(result.graph.nodes).toEqual([]);
    });

    it('cuts the rows at the limit and says so', async () => {
      const cut = await run('UNWIND range(1, 10) AS x RETURN x', {}, { rowLimit: 3 });
      expect(cut).toMatchObject({ rows: [[1], [2], [3]], truncated: true, rowLimit: 3 });
      expect((await run('UNWIND range(1, 10) AS x RETURN x', {}, { rowLimit: 10 })).truncated).toBe(false);
    });

    it('treats keywords inside strings as text', async () => {
      const result = await run("RETURN 'CREATE (n); DELETE' AS s, \"MERGE // SET\" AS t, $x AS x", { x: 'DROP' });
      expect(result.rows).toEqual([['CREATE (n); DELETE', 'MERGE // SET', 'DROP']]);
    });

    it('reports a syntax error with its position', async () => {
      const error = await run('MATCH (n RETURN n').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryRejectedError);
      expect((error as QueryRejectedError).position).toMatchObject({ line: 1, column: 10, offset: 9 });
      const second = await run('MATCH (n)\nRETURN n n n').catch((e: unknown) => e);
      expect((second as QueryRejectedError).position?.line).toBe(2);
    });

    it('stops a query that runs too long', async () => {
      const slow = 'UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y UNWIND range(1, 1000) AS z RETURN sum(x * y * z) AS s';
      await expect(run(slow, {}, { timeoutMs: 50 })).rejects.toThrow(QueryRejectedError);
      expect((await run('RETURN 1 AS one')).rows).toEqual([[1]]);
    }, 30_000);

    it('refuses every write, leaving the graph as it was', async () => {
      const before = await checksum(ctx.store);
      for (const text of WRITES) {
        const outcome = await run(text).then(() => 'ran', (e: unknown) => e);
        expect(outcome, text).toBeInstanceOf(QueryRejectedError);
        expect(await checksum(ctx.store), text).toEqual(before);
      }
      expect((await run('MATCH (n) WHERE n.id = $id RETURN n.name AS name', { id: HU })).rows).toEqual([['Hu Binchen']]);
    }, 60_000);

    it('a write hidden in a comment never runs', async () => {
      const before = await checksum(ctx.store);
      for (const text of [`MATCH (n) RETURN count(n) AS c // ; CREATE ${INTRUDER}`, `RETURN 1 AS one /* ; CREATE ${INTRUDER} */`]) {
        await run(text).catch(() => undefined);
        expect(await checksum(ctx.store), text).toEqual(before);
      }
      expect(await ctx.store.getNode('intruder')).toBeNull();
    });
  });
}

/** What a refused query could have changed: counts, every edge, every entity's fields, the documents. */
async function checksum(store: GraphStore) {
  const ids = batchAB().entities.map((e) => e.id);
  const nodes = (await store.nodesByIds([...ids, 'intruder'])).sort((a, b) => a.id.localeCompare(b.id));
  const edges = (await store.edgeList()).map((e) => `${e.source}>${e.target}`).sort();
  return { stats: await store.stats(), nodes, edges, hashes: [...(await store.documentHashes())].sort() };
}
