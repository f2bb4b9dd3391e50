// Errors adapters raise, named so callers check the class, not the message.

/** The engine is down, locked by another process, or unreachable. Maps to 503. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** A query the engine rejected: syntax, unknown label, read-only violation. Maps to 400. */
export class QueryRejectedError extends Error {
  override name = 'QueryRejectedError';
  constructor(message: string, readonly position?: { line: number; column: number; offset: number }) {
    super(message);
  }
}
