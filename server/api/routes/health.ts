// GET /api/health: is the store answering, and which one is it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { StoreStatsSchema } from '../../store/records.js';
import { errorResponses } from '../schemas.js';
import type { RouteOptions } from './index.js';

const HealthSchema = z.object({
  status: z.literal('ok'),
  store: z.object({ engine: z.enum(['kuzu', 'neo4j']), location: z.string() }),
  stats: StoreStatsSchema,
});

export const healthRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get('/health', {
    schema: {
      summary: 'Store health and size',
      tags: ['meta'],
      response: { 200: HealthSchema, 503: errorResponses[503] },
    },
  }, async () => {
    await store.ping();
    return { status: 'ok' as const, store: store.info, stats: await store.stats() };
  });
};
