// Read-only queries a person writes. Three locks, each enough alone for most
// writes: the statement is planned first (EXPLAIN) and refused unless Neo4j
// classifies it as read-only ('r'), which catches CREATE/MERGE/SET/DELETE,
// writing procedures, schema and administration commands, and unless its plan
// is free of LOAD CSV and server-side procedures (query-guard.ts); it then
// runs in a READ session through executeRead, where any write fails; and the
// transaction carries a timeout. A second statement after a `;` is a syntax
// error, refused at the EXPLAIN.
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { QueryRejectedError } from '../errors.js';
import type { QueryOptions } from '../port.js';
import type { QueryResult } from '../views.js';
import { run, type Neo4jConnection } from './connection.js';
import { toQueryError } from './query-errors.js';
import { planRefusal, type PlanNode } from './query-guard.js';
import { endpointElementIds, GraphCollector, toWire } from './query-values.js';

/** Put before the person's text; on its own line, so their line and column numbers stay theirs. */
export const EXPLAIN_PREFIX = 'EXPLAIN\n';

export async function readQuery(
  conn: Neo4jConnection, text: string, params: Record<string, unknown>, options: QueryOptions,
): Promise<QueryResult> {
  const started = performance.now();
  const rowLimit = Math.max(0, Math.floor(options.rowLimit));
  const timeoutMs = Math.max(1, Math.floor(options.timeoutMs));
  const parameters = toParameters(params);
  try {
    const { columns, records, truncated } = await conn.read(async (tx) => {
      await assertReadOnly(tx, text, parameters, timeoutMs);
      try {
        const read = await readRecords(tx, text, parameters, rowLimit);
        return { ...read, records: await convert(tx, read.records, read.columns) };
      } catch (error) {
        throw toQueryError(error, { timeoutMs });
      }
    }, { timeout: timeoutMs, metadata: { app: 'kg-explorer', kind: 'read-query' } });
    return { columns, rows: records.rows, graph: records.graph, rowLimit, truncated, elapsedMs: performance.now() - started };
  } catch (error) {
    throw toQueryError(error, { timeoutMs });
  }
}

/** Plans the statement without running it and refuses anything Neo4j does not classify as read-only. */
export async function assertReadOnly(tx: ManagedTransaction, text: string, params: Record<string, unknown>, timeoutMs: number): Promise<void> {
  let summary: { queryType: string; plan?: PlanNode | false };
  try {
    summary = await tx.run(EXPLAIN_PREFIX + text, params).summary();
  } catch (error) {
    throw toQueryError(error, { timeoutMs, text, prefix: EXPLAIN_PREFIX });
  }
  const { queryType } = summary;
  if (queryType !== QUERY_TYPE.readOnly) {
    throw new QueryRejectedError(`Only read-only queries may run here; this one ${KIND[queryType] ?? `is of type ${JSON.stringify(queryType)}`}`);
  }
  const refusal = planRefusal(summary.plan);
  if (refusal) throw new QueryRejectedError(`Only read-only queries may run here: ${refusal}`);
}

/** ResultSummary.queryType values (the driver's queryType constants, which its typings do not export). */
export const QUERY_TYPE = { readOnly: 'r', readWrite: 'rw', writeOnly: 'w', schemaWrite: 's' } as const;

const KIND: Record<string, string> = {
  [QUERY_TYPE.readWrite]: 'reads and writes',
  [QUERY_TYPE.writeOnly]: 'writes',
  [QUERY_TYPE.schemaWrite]: 'changes the schema',
};

/** Up to rowLimit records; one more is read only to know whether the result was cut, then the stream is cancelled. */
async function readRecords(tx: ManagedTransaction, text: string, params: Record<string, unknown>, rowLimit: number) {
  const result = tx.run(text, params);
  const columns = (await result.keys()).map(String);
  const records: Neo4jRecord[] = [];
  let truncated = false;
  for await (const record of result) {
    if (records.length === rowLimit) {
      truncated = true;
      break; // the iterator's return() cancels the rest of the stream
    }
    records.push(record);
  }
  return { columns, records, truncated };
}

/** Rows as JSON-safe values, and the graph of every entity and relation in them. */
async function convert(tx: ManagedTransaction, records: Neo4jRecord[], columns: string[]) {
  const values = records.map((record) => columns.map((key) => record.get(key)));
  const known = new Map<string, string>();
  const wanted = endpointElementIds(values, known);
  if (wanted.size > 0) {
    for (const row of await run(tx, 'entity-ids-by-element', { elementIds: [...wanted] })) {
      known.set(String(row.elementId), String(row.id));
    }
  }
  const graph = new GraphCollector();
  const rows = values.map((row) => row.map((value) => toWire(value, known, graph)));
  return { rows, graph: graph.subgraph() };
}

/**
 * JSON parameters for Cypher: whole numbers become integers (a JSON 10 would
 * otherwise arrive as the float 10.0, which LIMIT and SKIP refuse; integers
 * compare equal to floats elsewhere, so nothing else changes).
 */
export function toParameters(value: Record<string, unknown>): Record<string, unknown> {
  return toParameter(value ?? {}) as Record<string, unknown>;
}

function toParameter(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParameter);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParameter(v)]));
  }
  return value;
}
