// readQuery: a user's Cypher, read-only whatever is sent. Three locks: query-guard.ts accepts only
// reading clauses; Kuzu's prepare refuses more than one statement (so `COMMIT; CREATE ...` cannot end
// the transaction and write after it); and the statement runs on a connection of its own inside
// BEGIN TRANSACTION READ ONLY, rolled back afterwards, where Kuzu itself refuses every write.
import type { Connection, KuzuValue, QueryResult as KuzuResult } from 'kuzu';
import { QueryRejectedError } from '../errors.js';
import type { QueryOptions } from '../port.js';
import type { QueryResult } from '../views.js';
import { edgesByIds } from './explore.js';
import { drawable } from './query-graph.js';
import { checkReadOnly } from './query-guard.js';
import { collect, internalKey, toJson, type Found } from './query-values.js';
import { toEdge, toRelationRecord } from './rows.js';
import type { GraphEdge } from '../records.js';
import { mapKuzuError } from './errors.js';
import type { KuzuSession, Row } from './session.js';

/** Most rows one query returns, and the longest it may run, whatever is asked. */
const MAX_ROWS = 10_000;
const MAX_TIMEOUT_MS = 60_000;

export async function readQuery(
  session: KuzuSession, text: string, params: Record<string, unknown>, options: QueryOptions,
): Promise<QueryResult> {
  const started = performance.now();
  const used = checkReadOnly(text);
  const rowLimit = Math.min(Math.max(1, Math.floor(options.rowLimit) || 1), MAX_ROWS);
  const timeoutMs = Math.min(Math.max(1, Math.floor(options.timeoutMs) || 1), MAX_TIMEOUT_MS);
  // Kuzu refuses parameters a statement does not use; pass only the ones it names.
  const values = Object.fromEntries(Object.entries(params).filter(([key]) => used.has(key))) as Record<string, KuzuValue>;
  const { columns, rows } = await session.withConnection((conn) => runReadOnly(conn, text, values, rowLimit + 1, timeoutMs))
    .catch((error: unknown) => { throw rejection(error, text, timeoutMs, session.options.path); });
  const kept = rows.slice(0, rowLimit);
  const found: Found = { nodes: new Map(), internal: new Map(), rels: new Map() };
  kept.forEach((row) => collect(Object.values(row), found));
  const edges = await resolveEdges(session, found);
  return {
    columns,
    rows: kept.map((row) => columns.map((c) => toJson(row[c] ?? null, edges))),
    graph: drawable(found.nodes.values(), edges.values()),
    rowLimit,
    truncated: rows.length > rowLimit,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

export async function runReadOnly(conn: Connection, text: string, params: Record<string, KuzuValue>, maxRows: number, timeoutMs: number) {
  conn.setQueryTimeout(timeoutMs);
  const statement = await conn.prepare(text);
  if (!statement.isSuccess()) throw new QueryRejectedError(statement.getErrorMessage(), position(statement.getErrorMessage(), text));
  await close(conn.query('BEGIN TRANSACTION READ ONLY'));
  try {
    const result = await conn.execute(statement, params);
    return readSome(Array.isArray(result) ? result : [result], maxRows);
  } finally {
    await close(conn.query('ROLLBACK')).catch(() => undefined); // already ended when the statement failed
  }
}

/**
 * Relation values carry internal endpoint ids only. Endpoints returned in the rows name them
 * directly; the others are looked up (a scan over relations: 1000 of them took 2.5 s on 200k).
 */
async function resolveEdges(session: KuzuSession, found: Found): Promise<Map<string, GraphEdge>> {
  const edges = new Map<string, GraphEdge>();
  const missing: string[] = [];
  for (const [id, rel] of found.rels) {
    const [source, target] = [found.internal.get(internalKey(rel._src)), found.internal.get(internalKey(rel._dst))];
    if (source && target) edges.set(id, toEdge(toRelationRecord(rel, source, target)));
    else missing.push(id);
  }
  for (const edge of await edgesByIds(session, missing)) edges.set(edge.id, edge);
  return edges;
}

/** At most `maxRows` rows: one more than the limit tells whether the result was cut. */
function readSome(results: KuzuResult[], maxRows: number): { columns: string[]; rows: Row[] } {
  try {
    const result = results[0]!;
    const rows: Row[] = [];
    while (rows.length < maxRows && result.hasNext()) rows.push(result.getNextSync()!);
    return { columns: result.getColumnNamesSync(), rows };
  } finally {
    results.forEach((r) => r.close());
  }
}

async function close(pending: Promise<KuzuResult | KuzuResult[]>): Promise<void> {
  const result = await pending;
  (Array.isArray(result) ? result : [result]).forEach((r) => r.close());
}

function rejection(error: unknown, text: string, timeoutMs: number, location: string): Error {
  if (error instanceof QueryRejectedError) return error;
  const mapped = mapKuzuError(error, location);
  if (mapped.name === 'StoreUnavailableError') return mapped;
  if (/^Interrupted/.test(mapped.message)) return new QueryRejectedError(`The query timed out after ${timeoutMs} ms`);
  return new QueryRejectedError(mapped.message, position(mapped.message, text));
}

/** Kuzu reports "(line: 2, offset: 28)": a 1-based line and a 0-based column within it. */
export function position(message: string, text: string): QueryRejectedError['position'] {
  const match = /\(line: (\d+), offset: (\d+)\)/.exec(message);
  if (!match) return undefined;
  const line = Number(match[1]);
  const column = Number(match[2]) + 1;
  const lines = text.split('\n');
  const before = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return { line, column, offset: Math.min(before + column - 1, text.length) };
}
