// Sessions and transactions: reads go through executeRead on READ sessions
// (a cluster routes them to followers), writes through executeWrite (the
// leader); both retry transient errors. Every session shares one bookmark
// manager, so a read on a follower waits for the writes this process made
// (causal consistency). Sessions are closed in finally, and driver errors
// leave here already mapped to the port's classes.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { cypher } from '../cypher.js';
import { toStoreError } from './errors.js';
import { toPlain } from './values.js';

export type Row = Record<string, unknown>;
export type Work<T> = (tx: ManagedTransaction) => Promise<T>;
/** Timeout and metadata of one transaction (the driver does not export the type by name). */
export type TransactionConfig = Parameters<Session['executeRead']>[1];

export class Neo4jConnection {
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    /** The URI without credentials, for messages. */
    readonly location: string,
  ) {}

  /** config carries a transaction timeout for statements a person wrote (readQuery). */
  read<T>(work: Work<T>, config?: TransactionConfig): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead(work, config));
  }

  write<T>(work: Work<T>): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite(work));
  }

  /**
   * One auto-commit statement: unlike executeRead it is not retried for up to
   * maxTransactionRetryTime, so a health check answers within connectionTimeout.
   */
  async ping(): Promise<void> {
    await this.withSession('READ', (session) => session.run(cypher('neo4j', 'ping')));
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', use: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      database: this.database,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await use(session);
    } catch (error) {
      throw toStoreError(error, this.location);
    } finally {
      // A failing close (the server went away) must not hide the error that matters.
      await session.close().catch(() => undefined);
    }
  }
}

/** Runs a statement file from cypher/neo4j/ and returns its records as plain objects. */
export function run(tx: ManagedTransaction, name: string, params: Row = {}): Promise<Row[]> {
  return runText(tx, cypher('neo4j', name), params);
}

/** Runs statement text (a filled template) and returns its records as plain objects. */
export async function runText(tx: ManagedTransaction, text: string, params: Row = {}): Promise<Row[]> {
  const result = await tx.run(text, params);
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
