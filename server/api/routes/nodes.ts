// GET /api/nodes/:id and /api/nodes/:id/neighbors: an entity with its evidence, and a page of its neighbourhood.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from '../../ontology/index.js';
import { NeighborhoodSchema, NodeDetailSchema } from '../../store/records.js';
import { ApiError } from '../errors.js';
import { csvList, errorResponses, IdParamsSchema, limitSchema } from '../schemas.js';
import type { RouteOptions } from './index.js';

export const nodeRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, maxPage }) => {
  app.get('/nodes/:id', {
    schema: {
      summary: 'An entity with every relation, its evidence and the documents that mention it',
      tags: ['graph'],
      params: IdParamsSchema,
      response: { 200: NodeDetailSchema, ...errorResponses },
    },
  }, async (request) => {
    const detail = await store.getNode(request.params.id);
    if (!detail) throw new ApiError('NODE_NOT_FOUND', `No entity has the id "${request.params.id}".`);
    return detail;
  });

  const NeighborQuerySchema = z.object({
    relTypes: csvList(RelationTypeSchema).optional().meta({ description: 'Relation types to follow, comma-separated', example: 'HOLDS_POSITION,MEMBER_OF' }),
    types: csvList(EntityTypeSchema).optional().meta({ description: 'Neighbour entity types to keep', example: 'Organization' }),
    direction: z.enum(['out', 'in', 'both']).default('both'),
    limit: limitSchema(maxPage, 50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  });
  app.get('/nodes/:id/neighbors', {
    schema: {
      summary: 'A page of neighbours with the edges to them, and how many are still hidden per relation type',
      tags: ['graph'],
      params: IdParamsSchema,
      querystring: NeighborQuerySchema,
      response: { 200: NeighborhoodSchema, ...errorResponses },
    },
  }, async (request) => {
    const page = await store.neighbors(request.params.id, request.query);
    if (!page) throw new ApiError('NODE_NOT_FOUND', `No entity has the id "${request.params.id}".`);
    return page;
  });
};
