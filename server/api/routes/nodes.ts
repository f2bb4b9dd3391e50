// GET /api/nodes/:id and /api/nodes/:id/neighbors: an entity with its evidence, and a page of its neighbourhood.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from '../../ontology/index.js';
import { NeighborhoodSchema, NodeDetailSchema } from '../../store/records.js';
import { ApiError } from '../errors.js';
import { CursorSchema, encodeCursor } from '../cursor.js';
import { csvList, errorResponses, IdParamsSchema, limitSchema } from '../schemas.js';
import type { RouteOptions } from './index.js';

const NeighborPageSchema = NeighborhoodSchema.extend({
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: z.string().nullable(),
});

export const nodeRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
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
    limit: limitSchema(limits.maxPage, 50),
    offset: z.coerce.number().int().min(0).max(1_000_000).optional().meta({ description: 'Neighbours to skip; prefer cursor' }),
    cursor: CursorSchema.optional().meta({ description: 'nextCursor of the previous page' }),
  });
  app.get('/nodes/:id/neighbors', {
    schema: {
      summary: 'A page of neighbours with the edges to them, and how many are still hidden per relation type',
      tags: ['graph'],
      params: IdParamsSchema,
      querystring: NeighborQuerySchema,
      response: { 200: NeighborPageSchema, ...errorResponses },
    },
  }, async (request) => {
    const { cursor, offset, ...filters } = request.query;
    const start = cursor ?? offset ?? 0;
    const page = await store.neighbors(request.params.id, { ...filters, offset: start });
    if (!page) throw new ApiError('NODE_NOT_FOUND', `No entity has the id "${request.params.id}".`);
    const next = start + page.edges.length;
    return { ...page, nextCursor: next < page.total && page.edges.length > 0 ? encodeCursor(next) : null };
  });
};
