// The Neo4j adapter: the GraphStore port over neo4j-driver. Works with any
// Neo4j 5.26+ (dynamic labels in MERGE/SET need it), single server, cluster or
// Aura: the URI scheme (neo4j://, neo4j+s://, bolt://) is passed to the driver
// untouched, so routing and TLS are the driver's business.
import { edgeDetails, edgeDetailsAmong } from './edge-details.js';
import { entityIndex } from './entity-index.js';
import neo4j, { type Config } from 'neo4j-driver';
import type { GraphStore } from '../port.js';
import { Neo4jConnection, run, runText } from './connection.js';
import { getDocument, listDocuments } from './documents.js';
import * as explore from './explore.js';
import { shortestPaths } from './paths.js';
import { readQuery } from './query.js';
import * as read from './read.js';
import { schemaStatements } from './schema.js';
import { int } from './values.js';
import * as write from './write.js';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  /** The database to use; the user's home database when absent. */
  database?: string;
  /** Driver settings, laid over DEFAULTS. */
  driverConfig?: Config;
}

export const DEFAULTS = {
  driverConfig: {
    // Fail within seconds when the server is unreachable instead of the driver's 30 s.
    connectionTimeout: 10_000,
    // How long executeRead/executeWrite keep retrying transient errors (leader switch, deadlock);
    // a person waiting on the page would rather see "try again" than a long spinner.
    maxTransactionRetryTime: 5_000,
    // Waiting for a pooled connection longer than this means the pool is exhausted: report it.
    connectionAcquisitionTimeout: 20_000,
    userAgent: 'kg-explorer',
  } satisfies Config,
  /** How long init waits for new indexes to come online. */
  indexWaitSeconds: 300,
};

export function createNeo4jStore(options: Neo4jStoreOptions): GraphStore {
  const location = describeLocation(options);
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    ...DEFAULTS.driverConfig,
    ...options.driverConfig,
  });
  const conn = new Neo4jConnection(driver, options.database, location);
  return {
    info: { engine: 'neo4j', location },
    async init() {
      // Schema statements each run in their own transaction: Neo4j refuses to mix them.
      for (const statement of schemaStatements()) await conn.write((tx) => runText(tx, statement));
      await conn.write((tx) => run(tx, 'schema-await', { timeoutSeconds: int(DEFAULTS.indexWaitSeconds) }));
    },
    close: () => driver.close(),
    ping: () => conn.ping(),
    upsert: (batch) => write.upsert(conn, batch),
    deleteDocuments: (ids) => write.deleteDocuments(conn, ids),
    documentHashes: () => read.documentHashes(conn),
    entityIndex: () => entityIndex(conn),
    search: (query, opts) => read.search(conn, query, opts),
    getNode: (id) => read.getNode(conn, id),
    neighbors: (id, opts) => read.neighbors(conn, id, opts),
    getEdge: (id) => read.getEdge(conn, id),
    edgeList: () => explore.edgeList(conn),
    writeAnalytics: (rows) => write.writeAnalytics(conn, rows),
    nodesByIds: (ids) => explore.nodesByIds(conn, ids),
    edgesByIds: (ids) => explore.edgesByIds(conn, ids),
    edgeDetails: (ids) => edgeDetails(conn, ids),
    edgeDetailsAmong: (ids, opts) => edgeDetailsAmong(conn, ids, opts),
    shortestPaths: (query) => shortestPaths(conn, query),
    subgraph: (ids, opts) => explore.subgraph(conn, ids, opts),
    listDocuments: (opts) => listDocuments(conn, opts),
    getDocument: (id) => getDocument(conn, id),
    timeline: (opts) => explore.timeline(conn, opts),
    readQuery: (text, params, opts) => readQuery(conn, text, params, opts),
    stats: () => read.stats(conn),
  };
}

/** The URI without credentials, and the database when one is named. */
export function describeLocation(options: Pick<Neo4jStoreOptions, 'uri' | 'database'>): string {
  let uri = options.uri;
  try {
    const url = new URL(options.uri);
    url.username = '';
    url.password = '';
    uri = url.toString().replace(/\/$/, '');
  } catch {
    // Not a URL the WHATWG parser understands: show it as given, minus anything before an @.
    uri = uri.replace(/\/\/[^@/]*@/, '//');
  }
  return options.database ? `${uri} (database ${options.database})` : uri;
}
