// The graph routes on the seed corpus, through app.inject: what a client sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/server.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => { ctx = await buildTestApp(); });
afterAll(async () => { await ctx?.cleanup(); });

const get = (url: string) => ctx.app.inject({ method: 'GET', url });

describe('GET /api/health', () => {
  it('reports the embedded store and its size', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.store.engine).toBe('kuzu');
    expect(body.stats.documents).toBe(5);
    expect(body.stats.relations).toBeGreaterThan(20);
  });
});

describe('GET /api/schema', () => {
  it('serves every entity and relation type with its style', async () => {
    const body = (await get('/api/schema')).json();
    expect(body.entityTypes.map((t: { type: string }) => t.type)).toContain('Person');
    expect(body.relationTypes).toHaveLength(13);
    for (const t of body.entityTypes) expect(t.color).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('GET /api/search', () => {
  it('finds a person by full name, exact match first', async () => {
    const res = await get('/api/search?q=Hu%20Binchen');
    expect(res.statusCode).toBe(200);
    const [first] = res.json().hits;
    expect(first).toMatchObject({ name: 'Hu Binchen', type: 'Person' });
  });

  it('finds by prefix, case-insensitively, and filters by type', async () => {
    const hits = (await get('/api/search?q=interp&types=Organization&limit=5')).json().hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits.every((h: { type: string }) => h.type === 'Organization')).toBe(true);
    expect(hits.some((h: { name: string }) => /interpol/i.test(h.name))).toBe(true);
  });

  it('treats query text as data', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('x"}) DETACH DELETE n //')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().hits).toEqual([]);
    expect((await get('/api/health')).json().stats.documents).toBe(5);
  });

  it.each([
    ['/api/search', 'q'],
    ['/api/search?q=', 'q'],
    ['/api/search?q=hu&limit=0', 'limit'],
    ['/api/search?q=hu&limit=abc', 'limit'],
    ['/api/search?q=hu&limit=100000', 'limit'],
    ['/api/search?q=hu&types=Person,Spaceship', 'types'],
  ])('answers 400 naming the field for %s', async (url, field) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BAD_REQUEST');
    expect(res.json().error.message).toContain(field);
  });
});

async function hu() {
  return (await get('/api/search?q=Hu%20Binchen')).json().hits[0].id as string;
}

describe('GET /api/nodes/:id', () => {
  it('returns the entity, its relations with evidence sentences, and its documents', async () => {
    const id = await hu();
    const res = await get(`/api/nodes/${encodeURIComponent(id)}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.node.name).toBe('Hu Binchen');
    expect(body.edges.length).toBeGreaterThan(0);
    for (const edge of body.edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      expect(edge.evidence[0].text.length).toBeGreaterThan(10);
      expect([edge.source, edge.target]).toContain(id);
    }
    expect(body.documents.map((d: { id: string }) => d.id)).toContain('000_0d02c4b633d21d2d');
  });

  it('answers 404 with the error body for an unknown id', async () => {
    const res = await get('/api/nodes/person%3Anobody-at-all');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NODE_NOT_FOUND', message: expect.stringContaining('person:nobody-at-all') } });
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('returns neighbours with the edges to them and never a dangling edge', async () => {
    const id = await hu();
    const body = (await get(`/api/nodes/${encodeURIComponent(id)}/neighbors`)).json();
    expect(body.center.id).toBe(id);
    expect(body.nodes.length).toBeGreaterThan(0);
    const ids = new Set([id, ...body.nodes.map((n: { id: string }) => n.id)]);
    for (const e of body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('pages and counts what is hidden per relation type', async () => {
    const id = await hu();
    const all = (await get(`/api/nodes/${encodeURIComponent(id)}/neighbors?limit=200`)).json();
    const page = (await get(`/api/nodes/${encodeURIComponent(id)}/neighbors?limit=1`)).json();
    expect(page.nodes).toHaveLength(1);
    expect(page.total).toBe(all.total);
    const hidden = Object.values(page.hidden as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(hidden).toBe(all.edges.length - page.edges.length);
  });

  it('rejects an unknown relation type and a bad direction, naming the field', async () => {
    const id = encodeURIComponent(await hu());
    for (const [query, field] of [['relTypes=LIKES', 'relTypes'], ['direction=up', 'direction'], ['offset=-1', 'offset']]) {
      const res = await get(`/api/nodes/${id}/neighbors?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain(field);
    }
  });

  it('answers 404 for an unknown id', async () => {
    expect((await get('/api/nodes/nope/neighbors')).statusCode).toBe(404);
  });
});

describe('GET /api/edges/:id', () => {
  it('returns the relation with each evidence sentence and its document title', async () => {
    const node = (await get(`/api/nodes/${encodeURIComponent(await hu())}`)).json();
    const edgeId = node.edges[0].id;
    const res = await get(`/api/edges/${encodeURIComponent(edgeId)}`);
    expect(res.statusCode).toBe(200);
    const edge = res.json();
    expect(edge.id).toBe(edgeId);
    expect(edge.evidence[0]).toMatchObject({ documentId: expect.any(String), start: expect.any(Number), end: expect.any(Number) });
    expect(edge.evidence[0].documentTitle).toBeTruthy();
  });

  it('answers 404 for an unknown id', async () => {
    const res = await get('/api/edges/rel%3A0000');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('EDGE_NOT_FOUND');
  });
});
