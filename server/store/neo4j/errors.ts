// Maps driver errors to the port's error classes through one table, so routes
// answer 503 when Neo4j is away and callers never parse driver messages.
import neo4j from 'neo4j-driver';
import { StoreUnavailableError } from '../errors.js';

/** Driver and server codes meaning "Neo4j cannot answer now", not "this statement is wrong". */
const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  // Wrong credentials or a missing database are deployment problems: the store cannot serve.
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}

/** The error to throw to callers: StoreUnavailableError for the codes above, the original otherwise. */
export function toStoreError(error: unknown, location: string): unknown {
  if (!isUnavailable(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`Neo4j at ${location} is not available: ${reason}`, { cause: error });
}
