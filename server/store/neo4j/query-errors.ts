// Errors of a statement a person wrote (readQuery), mapped to QueryRejectedError
// through one table: syntax errors with their position, timeouts, writes refused
// in a read transaction. Anything else passes through (to toStoreError).
import { QueryRejectedError } from '../errors.js';
import { toNumber } from './values.js';

type Position = { line: number; column: number; offset: number };

/** Code prefixes meaning "this statement is wrong or not allowed", with what to tell the person. */
const REJECTED: Array<[prefix: string, describe: (message: string, timeoutMs: number) => string]> = [
  ['Neo.ClientError.Transaction.TransactionTimedOut', (_m, ms) => `The query timed out after ${ms} ms`],
  ['Neo.ClientError.Statement.AccessMode', () => 'The query tries to write; only read-only queries may run here'],
  ['Neo.ClientError.Cluster.NotALeader', () => 'The query tries to write; only read-only queries may run here'],
  ['Neo.ClientError.Transaction.ForbiddenDueToTransactionType', () => 'The query cannot run in a read-only transaction'],
  ['Neo.ClientError.Statement.SyntaxError', (m) => `Syntax error: ${firstLine(m)}`],
  ['Neo.ClientError.Statement.', (m) => firstLine(m)],
  ['Neo.ClientError.Procedure.', (m) => firstLine(m)],
  ['Neo.ClientError.Schema.', (m) => firstLine(m)],
  ['Neo.ClientError.Security.Forbidden', (m) => firstLine(m)],
  ['Neo.ClientError.Request.', (m) => firstLine(m)],
];

export interface QueryErrorContext {
  timeoutMs: number;
  /** The person's text, and what the adapter put before it (EXPLAIN), to report positions in their text. */
  text?: string;
  prefix?: string;
}

export function toQueryError(error: unknown, context: QueryErrorContext): unknown {
  if (error instanceof QueryRejectedError || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  const entry = REJECTED.find(([prefix]) => code.startsWith(prefix));
  if (!entry) return error;
  const position = positionOf(error, context);
  const message = entry[1](error.message, context.timeoutMs).replace(POSITION, '').trim();
  const where = position ? ` (line ${position.line}, column ${position.column})` : '';
  return new QueryRejectedError(`${message}${where}`, position);
}

/** "(line L, column C (offset: O))" as Neo4j writes it in error messages. */
const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * The position an error points at, in the person's text. Whether Neo4j counts
 * from the start of the whole statement (prefix included) or from the text
 * after its pre-parser options is not documented, so the reading whose line
 * and column agree with its offset is taken.
 */
export function positionOf(error: Error, context: Omit<QueryErrorContext, 'timeoutMs'> = {}): Position | undefined {
  const raw = rawPosition(error);
  const { prefix = '', text } = context;
  if (!raw || prefix === '' || text === undefined) return raw;
  if (offsetAt(prefix + text, raw) !== raw.offset) return raw;
  const prefixLines = prefix.split('\n').length - 1;
  if (raw.offset < prefix.length) return { line: 1, column: 1, offset: 0 };
  return { line: raw.line - prefixLines, column: raw.column, offset: raw.offset - prefix.length };
}

/** The offset of a (1-based) line and column in text. */
function offsetAt(text: string, { line, column }: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
}

/** From the message, else from a GQL diagnostic record, in the error or its causes (Neo4j 5.26+ nests them). */
function rawPosition(error: Error | undefined): Position | undefined {
  for (let e: Error | undefined = error, depth = 0; e && depth < 5; e = e.cause as Error | undefined, depth += 1) {
    const match = POSITION.exec(e.message ?? '');
    if (match) return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
    const record = (e as { diagnosticRecord?: { _position?: Partial<Record<keyof Position, unknown>> } }).diagnosticRecord;
    const p = record?._position;
    if (p && [p.line, p.column, p.offset].every((v) => v !== undefined)) {
      return { line: toNumber(p.line), column: toNumber(p.column), offset: toNumber(p.offset) };
    }
  }
  return undefined;
}

/** Neo4j repeats the statement and a caret under the first line: the first line is the message. */
function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
