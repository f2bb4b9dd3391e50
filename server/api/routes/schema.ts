// GET /api/schema: the ontology the client styles itself from.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeOntology } from '../../ontology/index.js';
import type { RouteOptions } from './index.js';

export const schemaRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app) => {
  const ontology = describeOntology();
  app.get('/schema', {
    schema: { summary: 'Entity and relation types with their display metadata', tags: ['meta'] },
  }, async () => ontology);
};
