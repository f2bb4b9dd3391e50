// Registers every /api route. Each file owns one resource and its schemas.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { GraphStore } from '../../store/port.js';
import { healthRoutes } from './health.js';
import { schemaRoutes } from './schema.js';
import { searchRoutes } from './search.js';
import { nodeRoutes } from './nodes.js';
import { edgeRoutes } from './edges.js';

export interface RouteOptions {
  store: GraphStore;
  maxPage: number;
}

export const routes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, maxPage }) => {
  // Pass on only our own options: Fastify's `prefix` among them would apply twice.
  for (const plugin of [healthRoutes, schemaRoutes, searchRoutes, nodeRoutes, edgeRoutes]) {
    await app.register(plugin, { store, maxPage });
  }
};
