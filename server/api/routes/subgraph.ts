// POST /api/subgraph: named nodes, optionally their neighbours, with the edges among them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SubgraphSchema } from '../../store/views.js';
import { EntityIdSchema, errorResponses } from '../schemas.js';
import type { RouteOptions } from './index.js';

export const subgraphRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
  const BodySchema = z.object({
    ids: z.array(EntityIdSchema).min(1).max(limits.maxSubgraph).meta({ example: ['person:hu-binchen'] }),
    expand: z.boolean().default(false).meta({ description: 'Add the neighbours of the named nodes' }),
    induced: z.boolean().default(true).meta({ description: 'Every edge among the nodes (true), or only edges touching a named node' }),
    limit: z.number().int().min(1).max(limits.maxSubgraph).default(Math.min(500, limits.maxSubgraph)),
  });
  app.post('/subgraph', {
    schema: {
      summary: 'A subgraph ready to draw: never an edge whose endpoint is missing',
      tags: ['graph'],
      body: BodySchema,
      response: { 200: SubgraphSchema, ...errorResponses },
    },
  }, async (request) => {
    const { ids, ...options } = request.body;
    return store.subgraph([...new Set(ids)], options);
  });
};
