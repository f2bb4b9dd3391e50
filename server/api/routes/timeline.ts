// GET /api/timeline: dated relations in order, optionally around some entities.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SubgraphSchema } from '../../store/views.js';
import { dateBounds } from '../../load/dates.js';
import { csvList, EntityIdSchema, errorResponses, limitSchema, PartialDateSchema } from '../schemas.js';
import type { RouteOptions } from './index.js';

export const timelineRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
  app.get('/timeline', {
    schema: {
      summary: 'Dated relations ordered by when they start, with their endpoints',
      tags: ['graph'],
      querystring: z.object({
        since: PartialDateSchema.optional(),
        until: PartialDateSchema.optional(),
        ids: csvList(EntityIdSchema).optional().meta({ description: 'Only relations touching these entities' }),
        limit: limitSchema(limits.maxPage, 100),
      }).refine((q) => !q.since || !q.until || dateBounds(q.since)![0] <= dateBounds(q.until)![1], { path: ['until'], message: 'must not be before "since"' }),
      response: { 200: SubgraphSchema, ...errorResponses },
    },
  }, async (request) => {
    const { since, until, ids, limit } = request.query;
    return store.timeline({
      since: since ? dateBounds(since)![0] : undefined, until: until ? dateBounds(until)![1] : undefined, ids, limit,
    });
  });
};
