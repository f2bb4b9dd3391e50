// The neo4j-admin CSV pair: a valid ZIP (read by our reader and by Python's zipfile), typed
// headers, and rows that load back into a fresh embedded store with the same graph.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../../server/export/formats.js';
import { subgraphSource } from '../../../server/export/source.js';
import { RELATION_PROPERTIES, isEntityType, isRelationType } from '../../../server/ontology/index.js';
import { EvidenceSchema, type GraphBatch } from '../../../server/store/records.js';
import { openTestStore } from '../../helpers/server.js';
import { hostileSubgraph, openHostileStore, readGraph } from './hostile-graph.js';
import { collect, parseCsv, unzip } from './read-back.js';

let source: Awaited<ReturnType<typeof openHostileStore>>;
let zip: Buffer;
let files: Map<string, Buffer>;
beforeAll(async () => {
  source = await openHostileStore();
  zip = await collect(FORMATS.csv.write(subgraphSource(source.store, await hostileSubgraph(source.store)), new Date()));
  files = unzip(zip);
});
afterAll(async () => { await source?.cleanup(); });

const list = (v: string | null | undefined) => (v ? v.split(';') : []);

/** The rows as a GraphBatch, read the way neo4j-admin reads the headers. */
function batchFrom(nodes: ReturnType<typeof parseCsv>, rels: ReturnType<typeof parseCsv>): GraphBatch {
  return {
    documents: [],
    mentions: [],
    entities: nodes.map((r) => {
      const type = list(r[':LABEL']).find(isEntityType);
      if (!type) throw new Error(`no entity label in ${r[':LABEL']}`);
      return { id: r['id:ID']!, type, name: r.name!, aliases: list(r['aliases:string[]']), merges: [] };
    }),
    relations: rels.map((r) => {
      if (!isRelationType(r[':TYPE']!)) throw new Error(`bad type ${r[':TYPE']}`);
      const properties = Object.fromEntries(RELATION_PROPERTIES.flatMap((k) => (r[k] == null ? [] : [[k, r[k]!]])));
      return {
        id: r.id!, type: r[':TYPE'] as never, source: r[':START_ID']!, target: r[':END_ID']!, properties,
        confidence: Number(r['confidence:double']),
        evidence: EvidenceSchema.array().parse(JSON.parse(r.evidence!)),
        validFrom: r.validFrom ?? null, validTo: r.validTo ?? null,
      };
    }),
  };
}

describe('CSV export', () => {
  it('zips nodes.csv and relationships.csv with neo4j-admin headers', () => {
    expect([...files.keys()]).toEqual(['nodes.csv', 'relationships.csv']);
    const [nodeHeader] = files.get('nodes.csv')!.toString('utf8').split('\n');
    expect(nodeHeader).toBe('id:ID,:LABEL,type,name,aliases:string[],degree:long,pagerank:double,community:long');
    const [relHeader] = files.get('relationships.csv')!.toString('utf8').split('\n');
    expect(relHeader).toMatch(/^:START_ID,:END_ID,:TYPE,id,label,role,action,status,start,end,date,confidence:double,symmetric:boolean,evidenceCount:long,validFrom,validTo,evidence,docIds:string\[\]$/);
  });

  it('is a standard ZIP to other readers (Python zipfile)', async ({ skip }) => {
    const path = join(source.dir, 'export.zip');
    await writeFile(path, zip);
    const script = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(",".join(z.namelist()))';
    try {
      const { stdout } = await promisify(execFile)('python3', ['-c', script, path]);
      expect(stdout.trim()).toBe('nodes.csv,relationships.csv');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') skip('python3 is not installed');
      throw error;
    }
  });

  it('loads back into a fresh store with the same counts, names, aliases and evidence', async () => {
    const nodes = parseCsv(files.get('nodes.csv')!.toString('utf8'));
    const rels = parseCsv(files.get('relationships.csv')!.toString('utf8'));
    const target = await openTestStore([]);
    try {
      await target.store.upsert(batchFrom(nodes, rels));
      const stats = await target.store.stats();
      expect(stats.entities).toBe(source.graph.nodes.length);
      expect(stats.relations).toBe(source.graph.edges.length);
      const graph = await readGraph(target.store);
      expect(graph.nodes.map((n) => [n.id, n.type, n.name, n.aliases]))
        .toEqual(source.graph.nodes.map((n) => [n.id, n.type, n.name, n.aliases]));
      const strip = (e: (typeof graph.edges)[number]) => [e.id, e.type, e.source, e.target, e.properties, e.confidence,
        e.validFrom, e.validTo, e.evidence.map(({ documentTitle: _, ...rest }) => rest)];
      expect(graph.edges.map(strip)).toEqual(source.graph.edges.map(strip));
      expect(nodes.map((r) => Number(r['pagerank:double'])).sort()).toEqual(source.graph.nodes.map((n) => n.pagerank).sort());
    } finally {
      await target.cleanup();
    }
  });
});
