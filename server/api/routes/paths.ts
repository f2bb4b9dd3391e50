// GET /api/paths: how is A connected to B — shortest, all shortest, or k paths, under constraints.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from '../../ontology/index.js';
import { GraphEdgeSchema, GraphNodeSchema } from '../../store/records.js';
import { findPaths } from '../../explore/paths.js';
import { dateBounds } from '../../load/dates.js';
import { ApiError } from '../errors.js';
import { csvList, EntityIdSchema, errorResponses, PartialDateSchema } from '../schemas.js';
import type { RouteOptions } from './index.js';

const PathSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  reading: z.string().meta({ example: 'Ana Ruiz — director of → Harbour Police — part of → Ministry of Interior' }),
  evidenceCount: z.number().int(),
});

export const pathRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
  const QuerySchema = z.object({
    from: EntityIdSchema.meta({ example: 'person:hu-binchen' }),
    to: EntityIdSchema.meta({ example: 'organization:interpol' }),
    mode: z.enum(['shortest', 'all-shortest', 'k']).default('shortest'),
    k: z.coerce.number().int().min(1).max(limits.maxPaths).default(Math.min(3, limits.maxPaths))
      .meta({ description: 'Paths wanted in mode k; the most returned in mode all-shortest' }),
    maxHops: z.coerce.number().int().min(1).max(limits.maxHops).default(limits.maxHops),
    direction: z.enum(['out', 'in', 'both']).default('both'),
    relTypes: csvList(RelationTypeSchema).optional(),
    avoidTypes: csvList(EntityTypeSchema).optional().meta({ description: 'Entity types no intermediate node may have' }),
    avoidNodes: csvList(EntityIdSchema).optional().meta({ description: 'Entity ids the path must not cross' }),
    maxDegree: z.coerce.number().int().min(1).optional().meta({ description: 'Keep hubs out: intermediate nodes with more relations are not crossed' }),
    since: PartialDateSchema.optional().meta({ description: 'Dated relations must overlap [since, until]; undated ones pass' }),
    until: PartialDateSchema.optional(),
  }).refine((q) => q.from !== q.to, { path: ['to'], message: 'must differ from "from"' })
    .refine((q) => !q.since || !q.until || dateBounds(q.since)![0] <= dateBounds(q.until)![1], { path: ['until'], message: 'must not be before "since"' });

  app.get('/paths', {
    schema: {
      summary: 'Paths between two entities, each with a one-line reading and its evidence count',
      tags: ['graph'],
      querystring: QuerySchema,
      response: { 200: z.object({ paths: z.array(PathSchema) }), ...errorResponses },
    },
  }, async (request) => {
    const q = request.query;
    const found = new Set((await store.nodesByIds([q.from, q.to])).map((n) => n.id));
    for (const field of ['from', 'to'] as const) {
      if (!found.has(q[field])) throw new ApiError('NODE_NOT_FOUND', `No entity has the id "${q[field]}" (field "${field}").`);
    }
    const paths = await findPaths(store, {
      ...q,
      since: q.since ? dateBounds(q.since)![0] : undefined,
      until: q.until ? dateBounds(q.until)![1] : undefined,
    });
    return { paths };
  });
};
