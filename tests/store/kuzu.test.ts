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
