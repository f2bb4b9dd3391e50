// The Neo4j adapter: the shared GraphStore contract against a real Neo4j
// (NEO4J_URI when set, else a throwaway neo4j:5 container when a Docker engine
// answers, else skipped with the reason). Its pure pieces, which need no server,
// are tested in tests/unit/store/neo4j-*.test.ts.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe } from 'vitest';
import { createNeo4jStore, type Neo4jStoreOptions } from '../../server/store/neo4j/index.js';
import { describeStoreContract } from './contract.js';

// ---- finding a Neo4j ----

/** How long to wait for a Docker engine to answer before deciding there is none. */
const DOCKER_PROBE_MS = 2500;
/** Set to 1 to let the suite wipe a NEO4J_URI database that already holds data. */
const WIPE_FLAG = 'KG_TEST_NEO4J_WIPE';

interface Server {
  options: Neo4jStoreOptions;
  /** Removes every node and relationship; constraints and indexes stay. */
  wipe: () => Promise<void>;
  stop: () => Promise<void>;
}

async function findNeo4j(env = process.env): Promise<{ start?: () => Promise<Server>; skipReason?: string }> {
  if (env.NEO4J_URI) {
    const options = { uri: env.NEO4J_URI, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD ?? '', database: env.NEO4J_DATABASE || undefined };
    return { start: () => connect(options, env[WIPE_FLAG] === '1') };
  }
  const docker = await probeDocker();
  if (docker === true) return { start: startContainer };
  return { skipReason: `NEO4J_URI is not set and no Docker engine is reachable (${docker})` };
}

/** true when a container runtime answers in time, otherwise why not. */
async function probeDocker(): Promise<true | string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${DOCKER_PROBE_MS} ms`), DOCKER_PROBE_MS);
  });
  try {
    // Loaded lazily: only worth loading when no NEO4J_URI is given.
    const { getContainerRuntimeClient } = await import('testcontainers');
    const answer = getContainerRuntimeClient().then(() => true as const, (e: unknown) => (e instanceof Error ? e.message : String(e)));
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function startContainer(): Promise<Server> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  // neo4j:5 is the 5.26 LTS line, the first with dynamic labels in MERGE and SET.
  const container = await new Neo4jContainer('neo4j:5').start();
  const server = await connect({ uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() }, true);
  return { ...server, stop: async () => { await server.stop(); await container.stop(); } };
}

async function connect(options: Neo4jStoreOptions, mayWipe: boolean): Promise<Server> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  const count = async () => {
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes', {}, { database: options.database });
    return Number(records[0]?.get('nodes') ?? 0);
  };
  // NEO4J_URI may point at someone's real graph: wipe it only when it is empty or when told to.
  const nodes = mayWipe ? 0 : await count().catch(async (error: unknown) => { await driver.close(); throw error; });
  if (nodes > 0) {
    await driver.close();
    throw new Error(`The Neo4j database at ${options.uri} holds ${nodes} nodes and the contract suite deletes everything in it. `
      + `Point NEO4J_URI (or NEO4J_DATABASE) at an empty database, or set ${WIPE_FLAG}=1 to allow it.`);
  }
  return {
    options,
    wipe: async () => { await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: options.database }); },
    stop: () => driver.close(),
  };
}

const target = await findNeo4j();
let server: Server | undefined;

describe('neo4j server', () => {
  beforeAll(async () => {
    if (!target.start) return;
    server = await target.start();
    await server.wipe();
    // The first init creates every index; later ones (one per test) find them and return at once.
    const store = createNeo4jStore(server.options);
    try { await store.init(); } finally { await store.close(); }
  }, 300_000);
  afterAll(async () => server?.stop());

  describeStoreContract('neo4j', async () => {
    if (!server) throw new Error('The Neo4j server did not start (see the beforeAll error above)');
    const { options, wipe } = server;
    const store = createNeo4jStore(options);
    return { store, cleanup: async () => { try { await wipe(); } finally { await store.close(); } } };
  }, target.skipReason);
});
