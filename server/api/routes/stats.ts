// GET /api/stats: counts by type, the most central entities, the communities.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StoreStatsSchema } from '../../store/records.js';
import { errorResponses } from '../schemas.js';
import type { RouteOptions } from './index.js';

export const statsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get('/stats', {
    schema: {
      summary: 'Counts by type, top entities by PageRank, and communities (Louvain) by size',
      tags: ['meta'],
      response: { 200: StoreStatsSchema, 503: errorResponses[503] },
    },
  }, async () => store.stats());
};
