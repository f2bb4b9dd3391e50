// POST /api/export on the seed corpus: every format downloads with its type and file name, the
// selection mirrors /api/subgraph, a center grows by depth, a query's graph exports, and bad
// input answers 400 naming the field (404 for an unknown center).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, FORMATS } from '../../server/export/index.js';
import { buildTestApp } from '../helpers/server.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>>;
let hu: string;
beforeAll(async () => {
  ctx = await buildTestApp();
  hu = (await ctx.app.inject({ method: 'GET', url: '/api/search?q=Hu%20Binchen' })).json().hits[0].id;
});
afterAll(async () => { await ctx?.cleanup(); });

const post = (url: string, payload: object) => ctx.app.inject({ method: 'POST', url, payload });
type Graph = { nodes: Array<{ id: string }>; edges: Array<{ id: string; source: string; target: string; evidence: unknown[] }> };
const exportJson = async (body: object) => (await post('/api/export', { format: 'json', ...body })).json() as Graph;
const ids = (items: Array<{ id: string }>) => items.map((x) => x.id).sort();

describe('POST /api/export', () => {
  it.each(EXPORT_FORMATS)('downloads %s with its content type and a dated file name', async (format) => {
    const res = await post('/api/export', { center: hu, format });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(FORMATS[format].contentType);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="kg-export-\\d{8}\\.${FORMATS[format].extension}"$`));
    expect(Number(res.headers['x-export-nodes'])).toBeGreaterThan(1);
    expect(res.rawPayload.length).toBeGreaterThan(100);
  });

  it('selects by ids exactly as /api/subgraph does, with evidence on every edge', async () => {
    const selection = { ids: [hu], expand: true, induced: true, limit: 50 };
    const subgraph = (await post('/api/subgraph', selection)).json() as Graph;
    const exported = await exportJson(selection);
    expect(ids(exported.nodes)).toEqual(ids(subgraph.nodes));
    expect(ids(exported.edges)).toEqual(ids(subgraph.edges));
    // The edge count follows the file, as a trailer: the headers leave before the edges are read.
    const res = await post('/api/export', { format: 'json', ...selection });
    expect(res.headers['x-export-nodes']).toBe(String(subgraph.nodes.length));
    expect(res.trailers['x-export-edges']).toBe(String(subgraph.edges.length));
    for (const e of exported.edges) expect(e.evidence.length).toBeGreaterThan(0);
  });

  it('grows a center by depth, never leaving a dangling edge', async () => {
    const one = await exportJson({ center: hu, depth: 1 });
    const two = await exportJson({ center: hu, depth: 2 });
    expect(one.nodes.length).toBeGreaterThan(1);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(ids(two.nodes)).toEqual(expect.arrayContaining(ids(one.nodes)));
    for (const g of [one, two]) {
      const present = new Set(g.nodes.map((n) => n.id));
      for (const e of g.edges) expect(present.has(e.source) && present.has(e.target)).toBe(true);
    }
    const capped = await exportJson({ center: hu, depth: 3, limit: 3 });
    expect(capped.nodes.length).toBeLessThanOrEqual(3);
  });

  it('exports the graph a read-only query finds', async () => {
    const res = await exportJson({ query: 'MATCH (p:Person)-[r:HOLDS_POSITION]->(o) RETURN p, r, o LIMIT 3' });
    expect(res.edges.length).toBeGreaterThan(0);
    expect(res.edges.length).toBeLessThanOrEqual(3);
  });

  it('streams over a real connection', async () => {
    const url = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    const res = await fetch(`${url}/api/export`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ center: hu, depth: 2, format: 'graphml' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const text = await res.text();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text.trimEnd().endsWith('</graphml>')).toBe(true);
  });

  it.each([
    [{ format: 'json' }, 'ids'],
    [{ center: 'x', format: 'pdf' }, 'format'],
    [{ ids: ['a'], center: 'b', format: 'json' }, 'center'],
    [{ center: 'x', depth: 0, format: 'json' }, 'depth'],
    [{ ids: [], format: 'json' }, 'ids'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const res = await post('/api/export', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BAD_REQUEST');
    expect(res.json().error.message).toContain(`"${field}"`);
  });

  it('answers 404 for an unknown center and 400 for a query that writes', async () => {
    const missing = await post('/api/export', { center: 'person:nobody', format: 'json' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NODE_NOT_FOUND');
    const write = await post('/api/export', { query: 'MATCH (n) DETACH DELETE n', format: 'json' });
    expect(write.statusCode).toBe(400);
    expect(write.json().error.code).toBe('QUERY_REJECTED');
  });
});
