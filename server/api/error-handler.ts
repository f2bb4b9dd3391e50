// Renders every failure as { error: { code, message } }. Validation errors name
// the field; 5xx details stay in the log, never in the response.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { StoreUnavailableError, QueryRejectedError } from '../store/errors.js';
import { ApiError, ERRORS, type ErrorCode } from './errors.js';

/** Seconds a client should wait before retrying when the store is down. */
const RETRY_AFTER_SECONDS = 5;

function send(reply: FastifyReply, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return reply.status(ERRORS[code].status).send({ error: { code, message, ...extra } });
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const problems = error.validation.map((v) => {
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(v.params?.['missingProperty'] ?? '');
      return field ? `${where} field "${field}": ${v.message}` : `${where}: ${v.message}`;
    });
    return send(reply, 'BAD_REQUEST', `Invalid ${problems.join('; ')}`);
  }
  const err: unknown = error;
  if (err instanceof ApiError) return send(reply, err.code, err.message);
  if (err instanceof QueryRejectedError) {
    return send(reply, 'QUERY_REJECTED', err.message, err.position ? { position: err.position } : {});
  }
  if (err instanceof StoreUnavailableError) {
    request.log.warn({ err }, 'store unavailable');
    reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return send(reply, 'STORE_UNAVAILABLE', ERRORS.STORE_UNAVAILABLE.message);
  }
  // Fastify's own client errors (bad JSON, body too large, wrong content type) keep their status.
  const status = error.statusCode ?? 500;
  if (status === 413) return send(reply, 'PAYLOAD_TOO_LARGE', ERRORS.PAYLOAD_TOO_LARGE.message);
  if (status >= 400 && status < 500) return reply.status(status).send({ error: { code: 'BAD_REQUEST', message: error.message } });
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 'INTERNAL', ERRORS.INTERNAL.message);
}

/** Unknown /api paths answer JSON 404; any other path gets the page, whose router decides. */
export function handleNotFound(staticDir: string | undefined) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    if (staticDir && request.method === 'GET' && !path.startsWith('/api/') && path !== '/api' && !path.startsWith('/docs')) {
      return reply.sendFile('index.html');
    }
    return send(reply, 'NOT_FOUND', `No route for ${request.method} ${path}.`);
  };
}
