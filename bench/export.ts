// npx tsx bench/export.ts: a generated graph of BENCH_RELATIONS relations (default 100k) written
// straight into a temp Kuzu store, then one GraphML export through POST /api/export over a real
// socket: time to first byte, total time, bytes, and peak RSS and heap sampled while it streams.
// BENCH_DB=folder keeps the generated store there and reuses it on the next run (fill once).
import { mkdtemp, rm } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/api/app.js';
import { DEFAULT_LIMITS, loadConfig } from '../server/config.js';
import { openStore } from '../server/store/open.js';
import type { GraphBatch, RelationRecord } from '../server/store/records.js';
import type { GraphStore } from '../server/store/port.js';

const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 100_000);
const PEOPLE = Math.max(10, Math.round(RELATIONS / 5));
const PAGE = 10_000;
const FORMAT = process.env.BENCH_FORMAT ?? 'graphml';

const person = (i: number) => `person:p${i}`;
const SENTENCE = 'P%a met P%b at the "Harbour & Docks" <summit> in Lisbon; both signed — שלום 😀.';

function page(from: number, count: number): GraphBatch {
  const doc = { id: `doc:${from}`, title: `Generated ${from}`, published: null, source: null, hash: `h${from}`, text: SENTENCE };
  const relations: RelationRecord[] = [];
  for (let i = from; i < from + count; i++) {
    const a = i % PEOPLE;
    const b = (a + 1 + (i * 7919) % (PEOPLE - 1)) % PEOPLE;
    relations.push({
      id: `rel:${i}`, type: 'MET_WITH', source: person(a), target: person(b), properties: { date: '2021-11-23' }, confidence: 0.8,
      evidence: [{ documentId: doc.id, start: 0, end: SENTENCE.length, text: SENTENCE.replace('%a', String(a)).replace('%b', String(b)), method: 'bench', confidence: 0.8 }],
      validFrom: '2021-11-23', validTo: '2021-11-23',
    });
  }
  const ids = [...new Set(relations.flatMap((r) => [r.source, r.target]))];
  return { documents: [doc], relations, mentions: [], entities: ids.map((id) => ({ id, type: 'Person', name: `Name ${id}`, aliases: [`alias ${id}`], merges: [] })) };
}

async function fill(store: GraphStore): Promise<number> {
  const t = performance.now();
  for (let from = 0; from < RELATIONS; from += PAGE) await store.upsert(page(from, Math.min(PAGE, RELATIONS - from)));
  return (performance.now() - t) / 1000;
}

async function main() {
  const kept = process.env.BENCH_DB;
  const dir = kept ?? await mkdtemp(join(tmpdir(), 'kg-bench-export-'));
  const store = await openStore(loadConfig({ KG_DATA_DIR: kept ?? join(dir, 'db') }));
  try {
    const reuse = kept !== undefined && (await store.stats()).relations === RELATIONS;
    const fillSeconds = reuse ? 0 : await fill(store);
    const stats = await store.stats();
    const limits = { ...DEFAULT_LIMITS, maxSubgraph: 1_000_000, queryRows: { default: 1_000, max: 1_000_000 }, queryTimeoutMs: { default: 60_000, max: 600_000 } };
    const app = await buildApp({ store, limits });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const base = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
    let peak = { ...base };
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak = { rss: Math.max(peak.rss, m.rss), heap: Math.max(peak.heap, m.heapUsed) };
    }, 20);
    const t = performance.now();
    // node:http rather than fetch: the edge count arrives as a trailer, which fetch does not expose.
    const body = JSON.stringify({ format: FORMAT, ids: Array.from({ length: PEOPLE }, (_, i) => person(i)), induced: true });
    let ttfb = 0;
    let bytes = 0;
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(`${url}/api/export`, { method: 'POST', headers: { 'content-type': 'application/json' } }, resolve);
      req.on('error', reject);
      req.end(body);
    });
    for await (const chunk of res as AsyncIterable<Buffer>) {
      if (bytes === 0) ttfb = performance.now() - t;
      bytes += chunk.length;
    }
    const total = (performance.now() - t) / 1000;
    clearInterval(sampler);
    await app.close();
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    console.log(`machine: ${cpus().length}x ${cpus()[0]?.model ?? '?'}, ${mb(totalmem())} MB, Node ${process.version}`);
    console.log(`graph: ${stats.entities} entities, ${stats.relations} relations (written in ${fillSeconds.toFixed(1)} s)`);
    console.log(`| format | status | nodes | edges | bytes | TTFB ms | total s | peak RSS MB (start) | peak heap MB (start) |`);
    console.log(`| ${FORMAT} | ${res.statusCode} | ${res.headers['x-export-nodes']} | ${res.trailers['x-export-edges']} | ${bytes} | `
      + `${ttfb.toFixed(0)} | ${total.toFixed(1)} | ${mb(peak.rss)} (${mb(base.rss)}) | ${mb(peak.heap)} (${mb(base.heap)}) |`);
  } finally {
    await store.close();
    if (!kept) await rm(dir, { recursive: true, force: true });
  }
}

await main();
