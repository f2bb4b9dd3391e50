// Runs the GraphStore contract against the embedded Kuzu adapter, each store in a fresh temp folder,
// plus the Kuzu-only checks: schema drift, the database lock, read-only mode and template safety.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../server/ontology/index.js';
import { StoreUnavailableError } from '../../server/store/errors.js';
import {
  createKuzuStore, kuzuSchemaStatements, kuzuTables, type KuzuStoreOptions,
} from '../../server/store/kuzu/index.js';
import { fillTemplate } from '../../server/store/kuzu/template.js';
import { COUNTS_AB, batchA, batchB } from '../fixtures/graph-batch.js';
import { pathBatch } from '../fixtures/explore-batch.js';
import { QueryRejectedError } from '../../server/store/errors.js';
import { relFilter } from '../../server/store/kuzu/path-filter.js';
import { searchPaths } from '../../server/store/kuzu/path-search.js';
import { shortestPaths } from '../../server/store/kuzu/paths.js';
import { checkReadOnly } from '../../server/store/kuzu/query-guard.js';
import { runReadOnly } from '../../server/store/kuzu/query.js';
import { KuzuSession } from '../../server/store/kuzu/session.js';
import { describeStoreContract } from './contract.js';

/** Small buffer pools: many stores open at once in one test process. */
const BUFFER_POOL = 256 * 1024 * 1024;

export async function openKuzu(options: Partial<KuzuStoreOptions> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'kg-kuzu-test-'));
  const store = createKuzuStore({ path: join(dir, 'graph.kuzu'), bufferPoolBytes: BUFFER_POOL, ...options });
  return {
    store,
    dir,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describeStoreContract('kuzu', () => openKuzu());
// The same behaviour when every relationship append goes through COPY, as in a first bulk load.
describeStoreContract('kuzu, bulk COPY path', () => openKuzu({ copyFromRows: 0 }));

describe('kuzu adapter', () => {
  it('creates a table for every ontology type, with every allowed endpoint pair', async () => {
    const { store, dir, cleanup } = await openKuzu();
    await store.init();
    await store.close();
    const db = new kuzu.Database(join(dir, 'graph.kuzu'), BUFFER_POOL);
    const conn = new kuzu.Connection(db);
    try {
      const tables = (await rows(conn, 'CALL show_tables() RETURN name, type')).map((r) => `${r.type}:${r.name}`);
      for (const label of kuzuTables().nodes) expect(tables).toContain(`NODE:${label}`);
      for (const rel of kuzuTables().rels) {
        expect(tables).toContain(`REL:${rel.name}`);
        const pairs = await rows(conn, `CALL show_connection('${rel.name}') RETURN *`);
        const found = pairs.map((p) => `${p['source table name']}->${p['destination table name']}`).sort();
        expect(found).toEqual(rel.pairs.map(([f, t]) => `${f}->${t}`).sort());
      }
      for (const type of RELATION_TYPES) expect(kuzuTables().rels.map((r) => r.name)).toContain(type);
      for (const type of ENTITY_TYPES) expect(kuzuTables().nodes).toContain(type);
    } finally {
      await conn.close();
      await db.close();
      await cleanup();
    }
  });

  it('reports a database locked by another process as unavailable, and recovers once it is free', async () => {
    const { store, dir, cleanup } = await openKuzu();
    await store.init();
    await store.close();
    const holder = await holdLock(join(dir, 'graph.kuzu'));
    try {
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await holder.release();
    }
    await expect(store.ping()).resolves.toBeUndefined();
    await cleanup();
  });

  it('opens read-only beside no writer: reads work, writes are refused', async () => {
    const { store, dir, cleanup } = await openKuzu();
    await store.init();
    await store.upsert(batchA());
    await store.close();
    const reader = createKuzuStore({ path: join(dir, 'graph.kuzu'), readOnly: true, bufferPoolBytes: BUFFER_POOL });
    try {
      await reader.init();
      expect((await reader.stats()).documents).toBe(1);
      await expect(reader.upsert(batchB())).rejects.toThrow();
      expect((await reader.stats()).documents).toBe(1);
    } finally {
      await reader.close();
      await cleanup();
    }
  });

  it('reports a read-only store over a missing database as unavailable', async () => {
    const { dir, cleanup } = await openKuzu();
    const reader = createKuzuStore({ path: join(dir, 'never-created'), readOnly: true, bufferPoolBytes: BUFFER_POOL });
    await expect(reader.init()).rejects.toBeInstanceOf(StoreUnavailableError);
    await reader.close();
    await cleanup();
  });

  it('runs overlapping writes one at a time, with reads alongside', async () => {
    const { store, cleanup } = await openKuzu();
    await store.init();
    await Promise.all([store.upsert(batchA()), store.search('hu', { limit: 5 }), store.upsert(batchB()), store.stats()]);
    expect(await store.stats()).toMatchObject(COUNTS_AB);
    expect((await store.getEdge('hu-holds-icb'))?.evidenceCount).toBe(2);
    await cleanup();
  });

  it('rejects a batch that refers to an unknown entity before writing any of it', async () => {
    const { store, cleanup } = await openKuzu();
    await store.init();
    const batch = batchA();
    batch.relations.push({ ...batch.relations[0]!, id: 'dangling', target: 'nobody' });
    await expect(store.upsert(batch)).rejects.toThrow(/unknown entity/);
    expect((await store.stats()).documents).toBe(0);
    await cleanup();
  });

  it('keeps a stored entity in its table when a later batch gives it another type', async () => {
    const { store, cleanup } = await openKuzu();
    await store.init();
    await store.upsert(batchA());
    const batch = batchB();
    batch.entities = batch.entities.map((e) => (e.id === 'interpol' ? { ...e, type: 'Location' } : e));
    await store.upsert(batch);
    expect((await store.getNode('interpol'))?.node.type).toBe('Organization');
    await cleanup();
  });

  it('fills template placeholders only with values of the expected shape', () => {
    expect(fillTemplate('COPY {{label}} FROM \'{{file}}\'', { label: 'Person', file: '/tmp/kg-kuzu-x/1.json' }))
      .toBe("COPY Person FROM '/tmp/kg-kuzu-x/1.json'");
    expect(() => fillTemplate('{{label}}', { label: 'Person) DETACH DELETE' })).toThrow(/Unsafe/);
    expect(() => fillTemplate("'{{file}}'", { file: "/tmp/x'; DROP TABLE Person; '.json" })).toThrow(/Unsafe/);
    expect(() => fillTemplate('{{nope}}', {})).toThrow(/Unknown/);
    expect(() => fillTemplate('{{type}}', {})).toThrow(/No value/);
    expect(kuzuSchemaStatements().every((s) => !s.includes('{{'))).toBe(true);
  });
});

describe('kuzu exploration internals', () => {
  it('reads the catalogue through CALL, and refuses a write inside its read-only transaction even unguarded', async () => {
    const { store, dir, cleanup } = await openKuzu();
    await store.init();
    await store.upsert(batchA());
    const tables = await store.readQuery('CALL show_tables() RETURN name', {}, { rowLimit: 100, timeoutMs: 5000 });
    expect(tables.rows.map((r) => r[0])).toContain('Person');
    await store.close();
    const session = new KuzuSession({ path: join(dir, 'graph.kuzu'), readOnly: false, bufferPoolBytes: BUFFER_POOL, copyFromRows: 1 });
    const write = session.withConnection((conn) => runReadOnly(conn, "CREATE (:Person {id: 'x', name: 'x'})", {}, 10, 5000));
    await expect(write).rejects.toThrow(/read-only transaction/);
    expect(await session.query("MATCH (n:Person {id: 'x'}) RETURN n.id")).toEqual([]);
    await session.close();
    await cleanup();
  });

  it('breadth-first search and recursive patterns find the same shortest paths', async () => {
    const { store, dir, cleanup } = await openKuzu();
    await store.init();
    await store.upsert(pathBatch());
    await store.close();
    const session = new KuzuSession({ path: join(dir, 'graph.kuzu'), readOnly: false, bufferPoolBytes: BUFFER_POOL, copyFromRows: 1 });
    const ids = ['alice', 'bob', 'carol', 'dan', 'dave', 'erin', 'frank', 'henry', 'ivan', 'club', 'hub'];
    const key = (paths: Array<{ nodeIds: string[] }>) => paths.map((p) => p.nodeIds.join('>')).sort();
    for (const from of ids) {
      for (const to of ids.filter((t) => t !== from)) {
        const q = { from, to, all: true, limit: 50, maxHops: 4, direction: 'both' as const };
        const recursive = await shortestPaths(session, q);
        expect(key(await searchPaths(session, { ...q, relTypes: [...RELATION_TYPES] })), `${from}>${to}`).toEqual(key(recursive));
      }
    }
    await session.close();
    await cleanup();
  });

  it('lets only ISO dates and conjunctions of known filters into a path template', () => {
    expect(relFilter({ relTypes: ['MET_WITH'], since: '2020-01-01', avoidEdges: new Map([['MET_WITH', [3, 4]]]) }))
      .toBe("label(r) IN ['MET_WITH'] AND (r.validTo IS NULL OR r.validTo >= '2020-01-01') AND NOT (label(r) = 'MET_WITH' AND offset(id(r)) IN [3, 4])");
    expect(() => relFilter({ relTypes: [], since: "2020' OR true", avoidEdges: new Map() })).toThrow(QueryRejectedError);
    expect(() => fillTemplate('{{relFilter}}', { relFilter: "label(r) IN ['A'] OR true" })).toThrow(/Unsafe/);
    expect(() => fillTemplate('{{maxHops}}', { maxHops: '1..99' })).toThrow(/Unsafe/);
  });

  it('reads a statement as Kuzu does: strings, escaped names and comments hide nothing', () => {
    expect(() => checkReadOnly("RETURN 'a\\\\' AS x, 'CREATE' AS y")).not.toThrow();
    expect(() => checkReadOnly("RETURN 'it\\'s' AS x // CREATE")).not.toThrow();
    expect(() => checkReadOnly("RETURN 'it\\'s' AS x CREATE")).toThrow(QueryRejectedError);
    expect(() => checkReadOnly('MATCH (n) RETURN n.`set` AS s, n.delete AS d')).not.toThrow();
    expect([...checkReadOnly('MATCH (n) WHERE n.id = $id RETURN $x')]).toEqual(['id', 'x']);
    expect(() => checkReadOnly('/* */ EXPLAIN MATCH (n) RETURN n')).toThrow(QueryRejectedError);
  });
});

async function rows(conn: kuzu.Connection, text: string): Promise<Array<Record<string, unknown>>> {
  const result = await conn.query(text);
  const single = Array.isArray(result) ? result[0]! : result;
  try {
    return await single.getAll();
  } finally {
    single.close();
  }
}

/** Opens the database in a child process (Kuzu's lock is per process) until released. */
async function holdLock(path: string): Promise<{ release: () => Promise<void> }> {
  const script = `
    const kuzu = require('kuzu');
    const db = new kuzu.Database(process.argv[1], ${BUFFER_POOL});
    db.init().then(() => { process.stdout.write('ready\\n'); process.stdin.resume(); process.stdin.on('end', () => db.close().then(() => process.exit(0))); });
  `;
  const child = spawn(process.execPath, ['-e', script, path], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return {
    release: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin.end();
    }),
  };
}
