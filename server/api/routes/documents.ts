// GET /api/documents and /api/documents/:id: the sources, with every entity mention for highlighting.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocumentDetailSchema, DocumentSummarySchema } from '../../store/views.js';
import { ApiError } from '../errors.js';
import { errorResponses, limitSchema } from '../schemas.js';
import type { RouteOptions } from './index.js';

export const documentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, limits }) => {
  app.get('/documents', {
    schema: {
      summary: 'The loaded documents, by id',
      tags: ['documents'],
      querystring: z.object({
        limit: limitSchema(limits.maxPage, 50),
        offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
      }),
      response: { 200: z.object({ documents: z.array(DocumentSummarySchema), total: z.number().int() }), ...errorResponses },
    },
  }, async (request) => store.listDocuments(request.query));

  app.get('/documents/:id', {
    schema: {
      summary: 'A document’s text with every entity mention (offsets, entity id, type)',
      tags: ['documents'],
      params: z.object({ id: z.string().min(1).max(512).meta({ example: '000_0d02c4b633d21d2d' }) }),
      response: { 200: DocumentDetailSchema, ...errorResponses },
    },
  }, async (request) => {
    const doc = await store.getDocument(request.params.id);
    if (!doc) throw new ApiError('DOCUMENT_NOT_FOUND', `No document has the id "${request.params.id}".`);
    return doc;
  });
};
