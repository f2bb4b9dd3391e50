// The Cypher script replayed statement by statement into a fresh embedded store (created by the
// adapter's own init) rebuilds the same graph, twice over without change; hostile names stay
// strings; and every statement parses as Neo4j Cypher (Neo4j's own parser).
import { join } from 'node:path';
import kuzu from 'kuzu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { storedEvidence } from '../../../server/export/attributes.js';
import { cypherString } from '../../../server/export/cypher-script.js';
import { FORMATS } from '../../../server/export/formats.js';
import { subgraphSource } from '../../../server/export/source.js';
import { loadConfig } from '../../../server/config.js';
import { openStore } from '../../../server/store/open.js';
import type { EdgeDetail } from '../../../server/store/records.js';
import { openTestStore } from '../../helpers/server.js';
import { hostileSubgraph, INJECTION, openHostileStore, readGraph } from './hostile-graph.js';
import { collect } from './read-back.js';

/** Splits a script on ";" outside string literals and // comments, as cypher-shell does. */
export function statements(script: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      current += c;
      if (c === '\\') current += script[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === '/' && script[i + 1] === '/') {
      while (i < script.length && script[i] !== '\n') i++;
    } else if (c === ';') {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else {
      if (c === "'" || c === '"') quote = c;
      current += c;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

async function replay(dbPath: string, script: string): Promise<number> {
  const db = new kuzu.Database(dbPath);
  const conn = new kuzu.Connection(db);
  let count = 0;
  try {
    for (const statement of statements(script)) {
      const result = await conn.query(statement);
      (Array.isArray(result) ? result : [result]).forEach((r) => r.close());
      count++;
    }
  } finally {
    await conn.close();
    await db.close();
  }
  return count;
}

const withoutTitles = (edges: EdgeDetail[]) => edges.map((e) => ({ ...e, evidence: storedEvidence(e) }));

let source: Awaited<ReturnType<typeof openHostileStore>>;
let script: string;
beforeAll(async () => {
  source = await openHostileStore();
  const subgraph = await hostileSubgraph(source.store);
  script = (await collect(FORMATS.cypher.write(subgraphSource(source.store, subgraph), new Date()))).toString('utf8');
});
afterAll(async () => { await source?.cleanup(); });

describe('Cypher script', () => {
  it('replays into a fresh Kuzu store as the same graph, and a second replay changes nothing', async () => {
    const target = await openTestStore([]);
    // A bystander the script must leave alone, whatever the hostile names try.
    await target.store.upsert({ documents: [], entities: [{ id: 'bystander', type: 'Person', name: 'By Stander', aliases: [], merges: [] }], relations: [], mentions: [] });
    await target.store.close();
    const dbPath = join(target.dir, 'db');
    const executed = await replay(dbPath, script);
    expect(executed).toBe(source.graph.nodes.length + source.graph.edges.length);
    await replay(dbPath, script);
    const reopened = await openStore(loadConfig({ KG_DATA_DIR: dbPath }));
    try {
      const stats = await reopened.stats();
      expect(stats.entities).toBe(source.graph.nodes.length + 1);
      expect(stats.relations).toBe(source.graph.edges.length);
      const graph = await readGraph(reopened);
      expect(graph.nodes).toEqual(source.graph.nodes);
      expect(withoutTitles(graph.edges)).toEqual(withoutTitles(source.graph.edges));
      const [injected] = await reopened.nodesByIds(['person:"inject"']);
      expect(injected?.name).toBe(INJECTION);
      expect(await reopened.nodesByIds(['bystander'])).toHaveLength(1);
    } finally {
      await reopened.close();
      await target.cleanup();
    }
  });

  it('writes every statement so that Neo4j parses it without error', () => {
    const parsed = statements(script);
    expect(parsed.length).toBeGreaterThan(10);
    for (const statement of parsed) {
      const errors = lintCypherQuery(statement, {}).diagnostics.filter((d) => d.severity === 1);
      expect(errors, statement).toEqual([]);
    }
  });

  it('escapes only the backslash and the quote: Kuzu reads no other escape', () => {
    expect(cypherString(`a'b\\c\n"d"`)).toBe(`'a\\'b\\\\c\n"d"'`);
    expect(cypherString('😀 שלום')).toBe("'😀 שלום'");
  });
});
