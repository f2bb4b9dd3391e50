// GET /api/edges/:id: one relation with every sentence that states it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EdgeDetailSchema } from '../../store/records.js';
import { ApiError } from '../errors.js';
import { errorResponses, IdParamsSchema } from '../schemas.js';
import type { RouteOptions } from './index.js';

export const edgeRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get('/edges/:id', {
    schema: {
      summary: 'A relation, its properties and its evidence sentences with their documents',
      tags: ['graph'],
      params: IdParamsSchema,
      response: { 200: EdgeDetailSchema, ...errorResponses },
    },
  }, async (request) => {
    const edge = await store.getEdge(request.params.id);
    if (!edge) throw new ApiError('EDGE_NOT_FOUND', `No relation has the id "${request.params.id}".`);
    return edge;
  });
};
