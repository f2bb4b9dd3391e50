// GET /api/search: entities by name or alias, best matches first.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityTypeSchema } from '../../ontology/index.js';
import { SearchHitSchema } from '../../store/records.js';
import { csvList, errorResponses, limitSchema } from '../schemas.js';
import type { RouteOptions } from './index.js';

export const searchRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
  const QuerySchema = z.object({
    q: z.string().trim().min(1).max(200).meta({ description: 'Text to find in names and aliases', example: 'Hu Bin' }),
    types: csvList(EntityTypeSchema).optional().meta({ description: 'Entity types to keep, comma-separated', example: 'Person,Organization' }),
    limit: limitSchema(limits.maxPage, 10),
  });
  app.get('/search', {
    schema: {
      summary: 'Find entities by name or alias',
      description: 'Ranks an exact name first, then names starting with the text, then names containing it, then by degree.',
      tags: ['graph'],
      querystring: QuerySchema,
      response: { 200: z.object({ hits: z.array(SearchHitSchema) }), ...errorResponses },
    },
  }, async (request) => {
    const { q, types, limit } = request.query;
    return { hits: await store.search(q, { types, limit }) };
  });
};
