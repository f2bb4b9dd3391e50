// The exploration routes on the seed corpus: the questions an analyst asks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/server.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => { ctx = await buildTestApp(); });
afterAll(async () => { await ctx?.cleanup(); });

const get = (url: string) => ctx.app.inject({ method: 'GET', url });
const post = (url: string, payload: unknown) => ctx.app.inject({ method: 'POST', url, payload: payload as object });

async function idOf(name: string, type?: string): Promise<string> {
  const hits = (await get(`/api/search?q=${encodeURIComponent(name)}${type ? `&types=${type}` : ''}`)).json().hits;
  const hit = hits.find((h: { name: string }) => h.name.toLowerCase() === name.toLowerCase()) ?? hits[0];
  if (!hit) throw new Error(`no entity named ${name}`);
  return hit.id;
}

type Path = { nodes: { id: string; name: string; degree: number }[]; edges: { source: string; target: string }[]; reading: string; evidenceCount: number };

function expectConnected(path: Path, from: string, to: string) {
  expect(path.nodes[0]?.id).toBe(from);
  expect(path.nodes.at(-1)?.id).toBe(to);
  expect(path.edges).toHaveLength(path.nodes.length - 1);
  path.edges.forEach((e, i) => expect([e.source, e.target].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort()));
  expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
}

describe('GET /api/paths', () => {
  it('connects Hu Binchen to INTERPOL with a reading and its evidence', async () => {
    const [from, to] = [await idOf('Hu Binchen'), await idOf('INTERPOL', 'Organization')];
    const res = await get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(res.statusCode).toBe(200);
    const [path] = res.json().paths as Path[];
    expect(path).toBeDefined();
    expectConnected(path!, from, to);
    expect(path!.reading.startsWith('Hu Binchen')).toBe(true);
    expect(path!.reading).toMatch(/INTERPOL$/i);
    // Through the executive committee seat the curation records (seeds/curation.yaml).
    expect(path!.reading).toBe('Hu Binchen — member of → INTERPOL Executive Committee — part of → INTERPOL');
    expect(path!.evidenceCount).toBeGreaterThanOrEqual(path!.edges.length);
  });

  it('finds up to k distinct loopless paths, shortest first, and keeps hubs out when asked', async () => {
    const [from, to] = [await idOf('Liu Zhongyi'), await idOf('Jen Daskal')];
    const base = `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const k = (await get(`${base}&mode=k&k=5`)).json().paths as Path[];
    expect(k.length).toBeGreaterThan(0);
    k.forEach((p) => expectConnected(p, from, to));
    expect(new Set(k.map((p) => p.edges.map((e) => JSON.stringify(e)).join('|'))).size).toBe(k.length);
    for (let i = 1; i < k.length; i += 1) expect(k[i]!.edges.length).toBeGreaterThanOrEqual(k[i - 1]!.edges.length);

    const shortest = (await get(base)).json().paths as Path[];
    const hubCap = 8;
    const avoided = (await get(`${base}&mode=k&k=3&maxDegree=${hubCap}&maxHops=6`)).json().paths as Path[];
    for (const p of avoided) for (const n of p.nodes.slice(1, -1)) expect(n.degree).toBeLessThanOrEqual(hubCap);
    // The unconstrained shortest path goes through a hub; the constrained ones do not.
    expect(shortest[0]!.nodes.slice(1, -1).some((n) => n.degree > hubCap)).toBe(true);
  });

  it('answers all shortest paths of one length', async () => {
    const [from, to] = [await idOf('Hu Binchen'), await idOf('Liu Zhongyi')];
    const all = (await get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&mode=all-shortest&k=10`)).json().paths as Path[];
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((p) => p.edges.length)).size).toBe(1);
  });

  it.each([
    ['from=a', 'to'],
    ['from=a&to=a', 'to'],
    ['from=a&to=b&maxHops=0', 'maxHops'],
    ['from=a&to=b&maxHops=7', 'maxHops'],
    ['from=a&to=b&k=11', 'k'],
    ['from=a&to=b&mode=every', 'mode'],
    ['from=a&to=b&since=2021-13', 'since'],
    ['from=a&to=b&since=2022&until=2021', 'until'],
    ['from=a&to=b&avoidTypes=Spaceship', 'avoidTypes'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const res = await get(`/api/paths?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(field);
  });

  it('answers 404 naming the endpoint that does not exist', async () => {
    const from = await idOf('Hu Binchen');
    const res = await get(`/api/paths?from=${encodeURIComponent(from)}&to=person%3Anobody`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('"to"');
  });
});

describe('POST /api/subgraph', () => {
  it('returns the named nodes and their neighbours with no dangling edge', async () => {
    const id = await idOf('Hu Binchen');
    const body = (await post('/api/subgraph', { ids: [id], expand: true })).json();
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    expect(ids.has(id)).toBe(true);
    expect(ids.size).toBeGreaterThan(1);
    for (const e of body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('rejects a body without ids, naming the field', async () => {
    const res = await post('/api/subgraph', { expand: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('ids');
  });
});

describe('documents', () => {
  it('lists the documents and serves one with its mentions for highlighting', async () => {
    const list = (await get('/api/documents')).json();
    expect(list.total).toBe(5);
    const doc = (await get(`/api/documents/${list.documents[0].id}`)).json();
    expect(doc.text.length).toBe(doc.length);
    expect(doc.mentions.length).toBeGreaterThan(5);
    for (const m of doc.mentions.slice(0, 20)) expect(m.end).toBeGreaterThan(m.start);
    expect(doc.mentions.some((m: { name: string; start: number; end: number }) => doc.text.slice(m.start, m.end) === m.name)).toBe(true);
  });

  it('answers 404 for an unknown document', async () => {
    const res = await get('/api/documents/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('DOCUMENT_NOT_FOUND');
  });
});

describe('GET /api/timeline and /api/stats', () => {
  it('orders dated relations by their start', async () => {
    const body = (await get('/api/timeline')).json();
    expect(body.edges.length).toBeGreaterThan(0);
    const starts = body.edges.map((e: { validFrom: string | null }) => e.validFrom ?? '9999');
    expect([...starts].sort()).toEqual(starts);
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    for (const e of body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('filters the timeline by a date window', async () => {
    const body = (await get('/api/timeline?since=2021&until=2021')).json();
    for (const e of body.edges) {
      expect((e.validTo ?? '9999') >= '2021-01-01').toBe(true);
      expect((e.validFrom ?? '0000') <= '2021-12-31').toBe(true);
    }
  });

  it('summarizes counts, central entities and communities computed at load', async () => {
    const stats = (await get('/api/stats')).json();
    expect(stats.documents).toBe(5);
    expect(stats.topEntities.length).toBe(10);
    expect(stats.topEntities[0].pagerank).toBeGreaterThan(0);
    expect(stats.communities.length).toBeGreaterThan(1);
    const hu = (await get(`/api/nodes/${encodeURIComponent(await idOf('Hu Binchen'))}`)).json();
    expect(hu.node.community).toBeGreaterThanOrEqual(0);
    expect(Object.values(hu.degreeByType as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(hu.node.degree);
  });
});

describe('POST /api/query', () => {
  it('returns columns, rows and the graph found in them', async () => {
    const res = await post('/api/query', { cypher: 'MATCH (p:Person)-[r:HOLDS_POSITION]->(o) RETURN p, r, o LIMIT 5' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.columns).toEqual(['p', 'r', 'o']);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.graph.nodes.length).toBeGreaterThan(0);
    expect(body.graph.edges.length).toBeGreaterThan(0);
  });

  it('reports the row cap when hit', async () => {
    const body = (await post('/api/query', { cypher: 'MATCH (n:Person) RETURN n.name', rowLimit: 2 })).json();
    expect(body.rows).toHaveLength(2);
    expect(body.truncated).toBe(true);
  });

  it('uses parameters', async () => {
    const body = (await post('/api/query', { cypher: 'MATCH (n:Person) WHERE n.name = $name RETURN n.name AS name', params: { name: 'Hu Binchen' } })).json();
    expect(body.rows).toEqual([['Hu Binchen']]);
  });

  it('answers a syntax error with the engine message and a position', async () => {
    const res = await post('/api/query', { cypher: 'MATCH (n RETURN n' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('QUERY_REJECTED');
    expect(res.json().error.position).toBeDefined();
  });

  it.each([
    "CREATE (:Person {id: 'x', name: 'X'})",
    "MATCH (n:Person) SET n.name = 'X'",
    'MATCH (n:Person) DETACH DELETE n',
    "MERGE (:Person {id: 'x'})",
    'MATCH (n:Person) REMOVE n.name',
    'DROP TABLE Person',
    "MATCH (n) RETURN n; CREATE (:Person {id: 'y'})",
    "COMMIT; CREATE (:Person {id: 'z'})",
    "MATCH (n) RETURN n /* ; */ ; MATCH (m:Person) DELETE m",
    "LOAD FROM '/etc/passwd' RETURN *",
  ])('refuses a write: %s', async (cypher) => {
    const before = (await get('/api/health')).json().stats;
    const res = await post('/api/query', { cypher });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('QUERY_REJECTED');
    expect((await get('/api/health')).json().stats).toEqual(before);
  });

  it('rejects an empty query naming the field', async () => {
    const res = await post('/api/query', { cypher: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('cypher');
  });
});
