// The one place that picks an engine: Neo4j when NEO4J_URI is set, otherwise
// the embedded Kuzu store under KG_DATA_DIR.
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import type { GraphStore } from './port.js';
import { createKuzuStore } from './kuzu/index.js';
import { createNeo4jStore } from './neo4j/index.js';

export async function openStore(config: Config): Promise<GraphStore> {
  const store = config.NEO4J_URI
    ? createNeo4jStore({
      uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE,
    })
    : await createKuzuStore({ path: resolve(config.KG_DATA_DIR) });
  await store.init();
  return store;
}
