// Shortest paths, found by Neo4j's own search (SHORTEST over a quantified path
// pattern) with every constraint applied during the search, not afterwards.
import { QueryRejectedError } from '../errors.js';
import type { ShortestPathQuery } from '../port.js';
import type { RawPath } from '../views.js';
import { runText, type Neo4jConnection, type Row } from './connection.js';
import { SYMMETRIC, filter } from './read.js';
import { shortestPathsStatement } from './templates.js';
import { int } from './values.js';

/** Most paths one all-shortest query returns, whatever the caller asks for. */
const MAX_PATHS = 1000;

export async function shortestPaths(conn: Neo4jConnection, query: ShortestPathQuery): Promise<RawPath[]> {
  // No path of at least one relation joins a node to itself, and none has fewer than one hop.
  if (query.from === query.to || query.maxHops < 1) return [];
  const window = { since: isoDate(query.since, 'since'), until: isoDate(query.until, 'until') };
  const limit = query.all ? Math.min(Math.max(0, Math.floor(query.limit)), MAX_PATHS) : 1;
  if (limit === 0) return [];
  const statement = shortestPathsStatement(query.all, query.maxHops);
  const rows = await conn.read((tx) => runText(tx, statement, { ...pathParams(query, limit), ...window }));
  return rows.map(toRawPath);
}

/** The statement's parameters: "no filter" is null for relTypes, dates and maxDegree, an empty list for the avoid lists. */
export function pathParams(query: ShortestPathQuery, limit: number): Row {
  return {
    from: query.from,
    to: query.to,
    direction: query.direction,
    symmetric: SYMMETRIC,
    relTypes: filter(query.relTypes),
    avoidTypes: query.avoidTypes ?? [],
    avoidNodes: query.avoidNodes ?? [],
    avoidEdges: query.avoidEdges ?? [],
    maxDegree: query.maxDegree === undefined ? null : int(Math.floor(query.maxDegree)),
    since: query.since ?? null,
    until: query.until ?? null,
    limit: int(limit),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A window bound as the statements compare it (plain string order), or null when open; refuses anything else. */
export function isoDate(value: string | undefined, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (!ISO_DATE.test(value)) throw new QueryRejectedError(`${name} must be an ISO date (YYYY-MM-DD), not ${JSON.stringify(value)}`);
  return value;
}

function toRawPath(row: Row): RawPath {
  return { nodeIds: (row.nodeIds as unknown[]).map(String), edgeIds: (row.edgeIds as unknown[]).map(String) };
}
