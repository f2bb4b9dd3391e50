// Builds the Fastify app: zod validation and serialization, OpenAPI at /docs,
// one error handler, the /api routes, and the built client at /.
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import type { GraphStore } from '../store/port.js';
import { DEFAULT_LIMITS, type Limits } from '../config.js';
import { handleError, handleNotFound } from './error-handler.js';
import { ERRORS } from './errors.js';
import { routes } from './routes/index.js';

export interface AppOptions {
  store: GraphStore;
  /** Folder of the built client; the page is not served when absent. */
  staticDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** Request limits; DEFAULT_LIMITS when not given. */
  limits?: Limits;
}

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    // A pasted document can be long; nothing the API takes is larger than this.
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Knowledge-graph explorer API',
        version: '0.1.0',
        description: `Every error answers { "error": { "code", "message" } }. Codes: ${
          Object.entries(ERRORS).map(([code, e]) => `${code} (${e.status})`).join(', ')}.`,
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(routes, { prefix: '/api', store: options.store, limits: options.limits ?? DEFAULT_LIMITS });

  const staticDir = options.staticDir;
  if (staticDir && existsSync(staticDir)) {
    await app.register(fastifyStatic, { root: staticDir, wildcard: false });
  }
  app.setNotFoundHandler(handleNotFound(staticDir && existsSync(staticDir) ? staticDir : undefined));
  return app;
}
