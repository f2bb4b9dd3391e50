// Registers every /api route. Each file owns one resource and its schemas.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { GraphStore } from '../../store/port.js';
import type { Limits } from '../../config.js';
import { healthRoutes } from './health.js';
import { schemaRoutes } from './schema.js';
import { searchRoutes } from './search.js';
import { nodeRoutes } from './nodes.js';
import { edgeRoutes } from './edges.js';
import { pathRoutes } from './paths.js';
import { subgraphRoutes } from './subgraph.js';
import { documentRoutes } from './documents.js';
import { timelineRoutes } from './timeline.js';
import { statsRoutes } from './stats.js';
import { queryRoutes } from './query.js';
import { exportRoutes } from './export.js';

export interface RouteOptions {
  store: GraphStore;
  limits: Limits;
}

export const routes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
  // Pass on only our own options: Fastify's `prefix` among them would apply twice.
  const plugins = [
    healthRoutes, schemaRoutes, searchRoutes, nodeRoutes, edgeRoutes, pathRoutes, subgraphRoutes,
    documentRoutes, timelineRoutes, statsRoutes, queryRoutes, exportRoutes,
  ];
  for (const plugin of plugins) {
    await app.register(plugin, { store, limits });
  }
};
