// POST /api/query: the read-only Cypher console. Nothing sent here can write;
// the adapter enforces it with the engine's own read-only mechanisms.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { QueryResultSchema } from '../../store/views.js';
import { errorResponses } from '../schemas.js';
import type { RouteOptions } from './index.js';

export const queryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
  const BodySchema = z.object({
    cypher: z.string().trim().min(1).max(20_000).meta({ example: 'MATCH (p:Person)-[r:HOLDS_POSITION]->(o) RETURN p, r, o LIMIT 25' }),
    params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.unknown()).default({}),
    rowLimit: z.number().int().min(1).max(limits.queryRows.max).default(limits.queryRows.default),
    timeoutMs: z.number().int().min(100).max(limits.queryTimeoutMs.max).default(limits.queryTimeoutMs.default),
  });
  app.post('/query', {
    schema: {
      summary: 'Run a read-only Cypher query; rows plus the nodes and edges found in them',
      description: 'Writes of every form are refused with QUERY_REJECTED; so are several statements in one request. '
        + 'The row cap and the timeout are reported when hit (truncated, or a QUERY_REJECTED timeout).',
      tags: ['query'],
      body: BodySchema,
      response: { 200: QueryResultSchema, ...errorResponses },
    },
  }, async (request) => {
    const { cypher, params, rowLimit, timeoutMs } = request.body;
    return store.readQuery(cypher, params, { rowLimit, timeoutMs });
  });
};
