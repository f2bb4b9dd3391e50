// A stand-in for neo4j-driver, enough for the adapter's flows without a server:
// answers each statement with canned records (matched by a predicate on the
// text), serves EXPLAIN summaries, and records sessions, transaction configs
// and statements, in order.
import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jConnection } from '../../../server/store/neo4j/connection.js';

export type Answer = {
  /** Which statements this answers: a substring of the text, or a test on it. */
  match: string | ((text: string) => boolean);
  rows?: Array<Record<string, unknown>>;
  queryType?: string;
  /** The EXPLAIN plan, when the test needs one. */
  plan?: unknown;
  error?: Error;
};

export interface Call { text: string; params: Record<string, unknown> }

export function fakeDriver(answers: Answer[]) {
  const calls: Call[] = [];
  const sessions: unknown[] = [];
  const configs: unknown[] = [];
  const find = (text: string) => answers.find((a) => (typeof a.match === 'string' ? text.includes(a.match) : a.match(text)));
  const tx = {
    run(text: string, params: Record<string, unknown> = {}) {
      calls.push({ text, params });
      const answer = find(text);
      const rows = answer?.rows ?? [];
      const keys = rows[0] ? Object.keys(rows[0]) : [];
      const records = rows.map((row) => new neo4j.types.Record(Object.keys(row), Object.values(row)));
      const fail = async () => { if (answer?.error) throw answer.error; };
      return {
        then: (ok: (v: unknown) => unknown, ko: (e: unknown) => unknown) =>
          fail().then(() => ({ records: records.map((r) => ({ toObject: () => r.toObject() })) })).then(ok, ko),
        keys: async () => { await fail(); return keys; },
        summary: async () => { await fail(); return { queryType: answer?.queryType ?? 'r', plan: answer?.plan ?? false }; },
        async *[Symbol.asyncIterator]() { await fail(); yield* records; },
      };
    },
  };
  const session = {
    executeRead: (work: (t: typeof tx) => unknown, config?: unknown) => { configs.push(config); return work(tx); },
    executeWrite: (work: (t: typeof tx) => unknown, config?: unknown) => { configs.push(config); return work(tx); },
    close: async () => {},
  };
  const driver = { session: (config: unknown) => { sessions.push(config); return session; } } as unknown as Driver;
  return { conn: new Neo4jConnection(driver, 'kg', 'fake'), calls, sessions, configs };
}

/** A Neo4jError as the server sends it. */
export function serverError(code: string, message: string): Error {
  return new neo4j.Neo4jError(message, code, '50N42', 'error: general processing exception');
}
