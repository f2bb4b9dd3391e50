// POST /api/export: a subgraph, selected as /api/subgraph selects it (or by a center and a
// depth, or by a read-only query), streamed as a download in one of the export formats.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_FORMATS, FORMATS, prepareExport, type Selection } from '../../export/index.js';
import { ApiError } from '../errors.js';
import { EntityIdSchema, errorResponses } from '../schemas.js';
import type { RouteOptions } from './index.js';

const SELECTORS = ['ids', 'center', 'query'] as const;

export const exportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
  const BodySchema = z.object({
    format: z.enum(EXPORT_FORMATS).meta({ description: EXPORT_FORMATS.map((f) => `${f}: ${FORMATS[f].description}`).join('; ') }),
    ids: z.array(EntityIdSchema).min(1).max(limits.maxSubgraph).optional().meta({ example: ['person:hu-binchen'] }),
    expand: z.boolean().default(false).meta({ description: 'With ids: add their neighbours' }),
    induced: z.boolean().default(true).meta({ description: 'With ids: every edge among the nodes, or only edges touching a named one' }),
    center: EntityIdSchema.optional().meta({ description: 'The entity whose neighbourhood to export' }),
    depth: z.number().int().min(1).max(limits.maxHops).default(1).meta({ description: 'With center: hops from it' }),
    query: z.string().trim().min(1).max(20_000).optional().meta({ description: 'A read-only Cypher query; the graph in its rows is exported' }),
    params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.unknown()).default({}),
    rowLimit: z.number().int().min(1).max(limits.queryRows.max).default(limits.queryRows.default),
    timeoutMs: z.number().int().min(100).max(limits.queryTimeoutMs.max).default(limits.queryTimeoutMs.default),
    limit: z.number().int().min(1).max(limits.maxSubgraph).default(limits.maxSubgraph).meta({ description: 'Most nodes exported' }),
  }).superRefine((body, ctx) => {
    const given = SELECTORS.filter((key) => body[key] !== undefined);
    if (given.length === 1) return;
    ctx.addIssue({
      code: 'custom', path: [given[1] ?? 'ids'],
      message: given.length === 0 ? 'give one of ids, center or query' : `give only one of ${given.join(', ')}`,
    });
  });
  type Body = z.infer<typeof BodySchema>;

  const selectionOf = (b: Body): Selection => {
    if (b.ids) return { kind: 'ids', ids: b.ids, expand: b.expand, induced: b.induced };
    if (b.center !== undefined) return { kind: 'center', center: b.center, depth: b.depth };
    return { kind: 'query', cypher: b.query ?? '', params: b.params, options: { rowLimit: b.rowLimit, timeoutMs: b.timeoutMs } };
  };

  app.post('/export', {
    schema: {
      summary: 'Download a subgraph as JSON, Cytoscape JSON, GraphML, GEXF, neo4j-admin CSV (zip) or a Cypher script',
      description: 'Give exactly one of ids (as /api/subgraph), center (+ depth) or query. The file streams; '
        + 'Content-Disposition names it kg-export-YYYYMMDD.<ext>; X-Export-Nodes gives its node count. '
        + 'The file starts once the nodes are known, while the edges are still being read, so the edge count '
        + 'comes last, as the HTTP trailer X-Export-Edges.',
      tags: ['graph'],
      body: BodySchema,
      // The file streams past the serializer; the schema only documents it.
      response: { 200: z.unknown().meta({ description: 'The export file' }), ...errorResponses },
    },
  }, async (request, reply) => {
    const body = request.body;
    const prepared = await prepareExport(store, selectionOf(body), body.format, body.limit);
    if (!prepared) throw new ApiError('NODE_NOT_FOUND', `No entity has the id "${body.center}".`);
    return reply
      .header('content-type', prepared.contentType)
      .header('content-disposition', `attachment; filename="${prepared.fileName}"`)
      .header('x-export-nodes', String(prepared.nodes))
      // Counted as the edges stream by: the headers leave before the first edge is read.
      .trailer('x-export-edges', async () => String(prepared.edges))
      .send(Readable.from(prepared.body));
  });
};
