// Maps Kuzu's errors onto the port's error classes through one table, so callers check the class.
import { StoreUnavailableError } from '../errors.js';

/** Messages that mean the database cannot answer at all (as opposed to a bad statement). */
const UNAVAILABLE: RegExp[] = [
  /could not set lock/i, // another process holds the database
  /database is closed|connection is closed|closed database/i,
  /buffer manager exception/i, // out of memory for the buffer pool
  /IO exception/i, // unreadable or missing files
  /empty database under READ ONLY mode/i, // read-only open of a database never created
];

export function mapKuzuError(error: unknown, location: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof StoreUnavailableError) return error;
  if (UNAVAILABLE.some((pattern) => pattern.test(message))) {
    return new StoreUnavailableError(`Kuzu database at ${location} is unavailable: ${message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(message);
}
