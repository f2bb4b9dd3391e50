// npm run bench:explore: path, console, subgraph, timeline and stats latency on a generated
// hub-heavy graph (50k entities, 200k relations) in the configured store (embedded Kuzu by default).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/config.js';
import { openStore } from '../server/store/open.js';
import type { GraphBatch } from '../server/store/port.js';
const N = 50_000, E = 200_000;
let seed = 42; const rnd = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const text = 'x'.repeat(100);
const doc = { id: 'd', title: 'd', published: null, source: null, hash: 'h', text };
const ev = [{ documentId: 'd', start: 0, end: 10, text: 'xxxxxxxxxx', method: 'bench', confidence: 0.8 }];
const entities = Array.from({ length: N }, (_, i) => ({ id: `p${i}`, type: 'Person' as const, name: `Person ${i}`, aliases: [], merges: [] }));
// Preferential-ish: a few hubs get many edges, like real news graphs.
const pick = () => (rnd() < 0.2 ? Math.floor(rnd() * 50) : Math.floor(rnd() * N));
const relations = Array.from({ length: E }, (_, i) => {
  let a = pick(), b = pick(); if (a === b) b = (b + 1) % N;
  const dated = rnd() < 0.3; const y = 2000 + Math.floor(rnd() * 24);
  return { id: `r${i}`, type: 'MET_WITH' as const, source: `p${a}`, target: `p${b}`, properties: {}, confidence: 0.8, evidence: ev,
    validFrom: dated ? `${y}-01-01` : null, validTo: dated ? `${y}-12-31` : null };
});
const batch: GraphBatch = { documents: [doc], entities, relations, mentions: entities.slice(0, 1000).map((e) => ({ entityId: e.id, documentId: 'd', spans: [0, 1] })) };
const dir = await mkdtemp(join(tmpdir(), 'kg-bench-explore-'));
const store = await openStore(loadConfig({ ...process.env, KG_DATA_DIR: join(dir, 'db') }));
let t = performance.now(); await store.upsert(batch); console.log('load ms', Math.round(performance.now() - t));
t = performance.now();
const el = await store.edgeList();
const deg = new Map<string, number>(); for (const e of el) { deg.set(e.source, (deg.get(e.source) ?? 0) + 1); deg.set(e.target, (deg.get(e.target) ?? 0) + 1); }
await store.writeAnalytics(entities.map((e, i) => ({ id: e.id, degree: deg.get(e.id) ?? 0, pagerank: rnd() / 1000, community: i % 300 })));
console.log('edgeList + writeAnalytics(50k) ms', Math.round(performance.now() - t));
const time = async (label: string, f: () => Promise<unknown>, runs = 10) => {
  const ms: number[] = []; let out: unknown;
  for (let i = 0; i < runs; i++) { const s = performance.now(); out = await f(); ms.push(performance.now() - s); }
  ms.sort((a, b) => a - b);
  console.log(label.padEnd(60), 'median', ms[Math.floor(runs / 2)]!.toFixed(1), 'ms  max', ms.at(-1)!.toFixed(1), 'ms', typeof out === 'object' && Array.isArray(out) ? `(${out.length} results, ${out.map((p: any) => p.edgeIds?.length).join(',')} hops)` : '');
};
const connected = entities.filter((e) => (deg.get(e.id) ?? 0) >= 2 && Number(e.id.slice(1)) >= 1000).map((e) => e.id);
const pairs: Array<[string, string]> = Array.from({ length: 10 }, () => [connected[Math.floor(rnd() * connected.length)]!, connected[Math.floor(rnd() * connected.length)]!]);
let k = 0; const next = () => pairs[k++ % pairs.length]!;
const base = { all: false, limit: 10, maxHops: 6, direction: 'both' as const };
await time('shortestPaths both, one (recursive SHORTEST)', () => { const [from, to] = next(); return store.shortestPaths({ ...base, from, to }); });
await time('shortestPaths both, all (ALL SHORTEST, limit 10)', () => { const [from, to] = next(); return store.shortestPaths({ ...base, all: true, from, to }); });
await time('shortestPaths both, date window (recursive)', () => { const [from, to] = next(); return store.shortestPaths({ ...base, from, to, since: '2010-01-01', until: '2015-12-31' }); });
await time('shortestPaths both, maxDegree 50 (BFS from app)', () => { const [from, to] = next(); return store.shortestPaths({ ...base, from, to, maxDegree: 50 }); });
await time('shortestPaths both, avoidNodes hubs p0..p9 (BFS)', () => { const [from, to] = next(); return store.shortestPaths({ ...base, all: true, from, to, avoidNodes: Array.from({ length: 10 }, (_, i) => `p${i}`) }); });
await time('shortestPaths out, mixed types (BFS), all', () => { const [from, to] = next(); return store.shortestPaths({ ...base, all: true, direction: 'out', relTypes: ['MET_WITH', 'MEMBER_OF'], from, to }); });
const q = (text: string, params = {}) => () => store.readQuery(text, params, { rowLimit: 1000, timeoutMs: 10000 });
await time('readQuery node by id', q('MATCH (n:Person) WHERE n.id = $id RETURN n', { id: 'p123' }));
await time('readQuery 1000 rels with endpoints (graph build)', q('MATCH (a)-[r:MET_WITH]->(b) RETURN a, r, b LIMIT 1000'));
await time('readQuery count all rels', q('MATCH ()-[r]->() RETURN count(r) AS c'));
await time('readQuery 2-hop neighbourhood of a hub, ids', q("MATCH (a:Person {id: 'p1'})-[]-()-[]-(c) RETURN DISTINCT c.id LIMIT 1000"));
await time('subgraph 20 ids expand limit 200 induced', () => store.subgraph(Array.from({ length: 20 }, (_, i) => `p${100 + i}`), { expand: true, induced: true, limit: 200 }));
await time('timeline limit 500', () => store.timeline({ limit: 500, since: '2010-01-01', until: '2012-12-31' }));
await time('stats', () => store.stats(), 3);
await store.close();
await rm(dir, { recursive: true, force: true });
