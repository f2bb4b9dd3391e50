// The embedded Kuzu adapter behind the GraphStore port: a database folder opened in-process.
import { edgeDetails, edgeDetailsAmong } from './edge-details.js';
import { resolve } from 'node:path';
import type { GraphStore } from '../port.js';
import { deleteDocuments } from './delete.js';
import { getDocument, listDocuments, timeline } from './documents.js';
import { edgeList, edgesByIds, nodesByIds, subgraph, writeAnalytics } from './explore.js';
import { shortestPaths } from './paths.js';
import { readQuery } from './query.js';
import { neighbors } from './neighbors.js';
import { documentHashes, getEdge, getNode, search, stats } from './read.js';
import { kuzuSchemaStatements } from './schema.js';
import { KuzuSession } from './session.js';
import { upsert } from './upsert.js';
import { entityIndex } from './entity-index.js';

export { kuzuSchemaStatements, kuzuTables } from './schema.js';

export interface KuzuStoreOptions {
  /** Where the database lives; created on first open. */
  path: string;
  /** Open without write access, e.g. for `kg query` beside a running server. */
  readOnly?: boolean;
  /** Buffer pool size in bytes; 0 lets Kuzu choose. */
  bufferPoolBytes?: number;
  /** New relationship rows per table from which upsert uses COPY rather than CREATE. */
  copyFromRows?: number;
}

const DEFAULTS = {
  readOnly: false,
  // Kuzu's own default: most of the machine's memory, reserved lazily.
  bufferPoolBytes: 0,
  // COPY into a non-empty rel table costs ~0.5 s however few rows it adds, then runs far faster
  // than CREATE (~30k rows/s); measured break-even is near 20k rows (a first load is well above).
  copyFromRows: 20_000,
} satisfies Partial<KuzuStoreOptions>;

export function createKuzuStore(options: KuzuStoreOptions): GraphStore {
  const path = resolve(options.path);
  const session = new KuzuSession({ ...DEFAULTS, ...definedOnly(options), path });
  const write = <T>(task: () => Promise<T>) => session.exclusive(task);
  return {
    info: { engine: 'kuzu', location: path },
    init: () => write(() => init(session)),
    close: () => session.close(),
    ping: async () => {
      await session.run('ping');
    },
    upsert: (batch) => write(() => upsert(session, batch)),
    deleteDocuments: (ids) => write(() => deleteDocuments(session, ids)),
    documentHashes: () => documentHashes(session),
    entityIndex: () => entityIndex(session),
    search: (query, opts) => search(session, query, opts),
    getNode: (id) => getNode(session, id),
    neighbors: (id, opts) => neighbors(session, id, opts),
    getEdge: (id) => getEdge(session, id),
    edgeList: () => edgeList(session),
    writeAnalytics: (rows) => write(() => writeAnalytics(session, rows)),
    nodesByIds: (ids) => nodesByIds(session, ids),
    edgesByIds: (ids) => edgesByIds(session, ids),
    edgeDetails: (ids) => edgeDetails(session, ids),
    edgeDetailsAmong: (ids, opts) => edgeDetailsAmong(session, ids, opts),
    shortestPaths: (query) => shortestPaths(session, query),
    subgraph: (ids, opts) => subgraph(session, ids, opts),
    listDocuments: (opts) => listDocuments(session, opts),
    getDocument: (id) => getDocument(session, id),
    timeline: (opts) => timeline(session, opts),
    readQuery: (text, params, opts) => readQuery(session, text, params, opts),
    stats: () => stats(session),
  };
}

/** Creates whatever tables are missing; a read-only store can only check that the database opens. */
async function init(session: KuzuSession): Promise<void> {
  if (session.options.readOnly) {
    await session.run('ping');
    return;
  }
  for (const statement of kuzuSchemaStatements()) await session.query(statement);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
