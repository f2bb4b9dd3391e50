// One open Kuzu database: runs statement files with parameters, caches prepared statements, closes
// every result (Kuzu crashes at exit on results left open), serializes writes and maps errors.
import kuzu from 'kuzu';
import type { Connection, Database, KuzuValue, PreparedStatement, QueryResult } from 'kuzu';
import { cypher } from '../cypher.js';
import { kuzuTemplate, type TemplateVars } from './template.js';
import { mapKuzuError } from './errors.js';

export type Row = Record<string, KuzuValue>;
export type Params = Record<string, KuzuValue>;

export interface SessionOptions {
  path: string;
  readOnly: boolean;
  /** Buffer pool size in bytes; 0 lets Kuzu choose (most of the machine's memory). */
  bufferPoolBytes: number;
  /** New rows for one rel table from which upsert appends with COPY instead of CREATE. */
  copyFromRows: number;
}

/** UNWIND lists are sent in slices of this many rows, to bound each statement's memory. */
export const CHUNK = 5000;

interface Open {
  db: Database;
  conn: Connection;
}

export class KuzuSession {
  private opening: Promise<Open> | undefined;
  private readonly prepared = new Map<string, Promise<PreparedStatement>>();
  private writes: Promise<unknown> = Promise.resolve();
  private readonly running = new Set<Promise<Row[]>>();

  constructor(readonly options: SessionOptions) {}

  /** Runs a statement file from cypher/kuzu/. */
  run(name: string, params?: Params): Promise<Row[]> {
    return this.query(cypher('kuzu', name), params);
  }

  /** Runs a template file from cypher/kuzu/ with its identifiers filled in. */
  runTemplate(name: string, vars: TemplateVars, params?: Params): Promise<Row[]> {
    return this.query(kuzuTemplate(name, vars), params);
  }

  /** Runs an UNWIND statement over `list` (bound to `key`) in chunks; an empty list runs nothing. */
  async runChunked(text: string, key: string, list: KuzuValue[], params: Params = {}): Promise<Row[]> {
    const out: Row[] = [];
    // Kuzu cannot type an empty list parameter, and there is nothing to do anyway.
    for (let i = 0; i < list.length; i += CHUNK) {
      out.push(...(await this.query(text, { ...params, [key]: list.slice(i, i + CHUNK) })));
    }
    return out;
  }

  async query(text: string, params?: Params): Promise<Row[]> {
    const running = this.execute(text, params);
    this.running.add(running);
    try {
      return await running;
    } finally {
      this.running.delete(running);
    }
  }

  private async execute(text: string, params?: Params): Promise<Row[]> {
    try {
      const { conn } = await this.open();
      const result = params ? await conn.execute(await this.prepare(conn, text), params) : await conn.query(text);
      return readAll(result);
    } catch (error) {
      throw mapKuzuError(error, this.options.path);
    }
  }

  /**
   * Runs `task` on a connection of its own, closed afterwards: a query timeout and an open
   * transaction then belong to this task alone. Counted as a running read, so close() waits for it.
   */
  async withConnection<T>(task: (conn: Connection) => Promise<T>): Promise<T> {
    const run = async () => {
      const { db } = await this.open();
      const conn = new kuzu.Connection(db);
      try {
        await conn.init();
        return await task(conn);
      } finally {
        await conn.close();
      }
    };
    const running = run();
    const tracked = running.then(() => [], () => []);
    this.running.add(tracked);
    try {
      return await running;
    } finally {
      this.running.delete(tracked);
    }
  }

  /** Runs `task` after every earlier write has finished: Kuzu allows one writer at a time. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.writes.then(task, task);
    this.writes = next.catch(() => undefined);
    return next;
  }

  /** Waits for queued writes and running reads: closing under a running query crashes Kuzu. */
  async close(): Promise<void> {
    await this.writes;
    await Promise.allSettled([...this.running]);
    const opening = this.opening;
    this.opening = undefined;
    this.prepared.clear();
    if (!opening) return;
    const { db, conn } = await opening.catch(() => ({ db: undefined, conn: undefined }));
    await conn?.close();
    await db?.close();
  }

  private open(): Promise<Open> {
    this.opening ??= this.connect().catch((error: unknown) => {
      this.opening = undefined; // a lock held elsewhere may be released later: retry on the next call
      throw error;
    });
    return this.opening;
  }

  private async connect(): Promise<Open> {
    const { path, readOnly, bufferPoolBytes } = this.options;
    const db = new kuzu.Database(path, bufferPoolBytes, true, readOnly);
    try {
      await db.init();
      const conn = new kuzu.Connection(db);
      await conn.init();
      return { db, conn };
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
  }

  private prepare(conn: Connection, text: string): Promise<PreparedStatement> {
    let statement = this.prepared.get(text);
    if (!statement) {
      statement = conn.prepare(text).then((ps) => {
        if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
        return ps;
      });
      statement.catch(() => this.prepared.delete(text));
      this.prepared.set(text, statement);
    }
    return statement;
  }
}

/**
 * Rows of the last result. The statement already ran off the main thread; getAllSync only converts
 * rows, about ten times faster than getAll, which hops through the thread pool once per row.
 */
function readAll(result: QueryResult | QueryResult[]): Row[] {
  const results = Array.isArray(result) ? result : [result];
  try {
    return results.at(-1)?.getAllSync() ?? [];
  } finally {
    for (const r of results) r.close();
  }
}
