// Behaviour shared by every route: unknown paths, OpenAPI, errors without internals, store outages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/api/app.js';
import { ERRORS } from '../../server/api/errors.js';
import { createNeo4jStore } from '../../server/store/neo4j/index.js';
import { buildTestApp } from '../helpers/server.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => { ctx = await buildTestApp([]); });
afterAll(async () => { await ctx?.cleanup(); });

describe('the app', () => {
  it('answers JSON 404 for an unknown API path', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('serves OpenAPI documenting every route and the error codes', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    for (const path of [
      '/api/health', '/api/schema', '/api/search', '/api/nodes/{id}', '/api/nodes/{id}/neighbors', '/api/edges/{id}',
      '/api/paths', '/api/subgraph', '/api/documents', '/api/documents/{id}', '/api/timeline', '/api/stats', '/api/query',
    ]) {
      expect(spec.paths).toHaveProperty([path]);
    }
    for (const code of Object.keys(ERRORS)) expect(spec.info.description).toContain(code);
  });

  it('answers an empty store with empty results, not errors', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/search?q=anything' });
    expect(res.statusCode).toBe(200);
    expect(res.json().hits).toEqual([]);
  });
});

describe('when the store is down', () => {
  // A real adapter pointed at a port nothing listens on: the failure is the engine's own.
  const store = createNeo4jStore({
    uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x', driverConfig: { maxTransactionRetryTime: 500 },
  });
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => { app = await buildApp({ store }); });
  afterAll(async () => { await app.close(); await store.close(); });

  it('answers 503 with Retry-After and no internals', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/search?q=hu' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.json().error.code).toBe('STORE_UNAVAILABLE');
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(res.body).not.toContain('127.0.0.1:9');
  });
});
