// Starts the real explorer for a test: a fresh embedded store in a temp folder,
// the seed documents loaded by the real loader, the built page served.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.js';
import { openStore } from '../../server/store/open.js';
import { loadPaths } from '../../server/load/index.js';
import { buildApp } from '../../server/api/app.js';
import { CLIENT_DIST, SEEDS_DIR } from '../../server/cli/paths.js';
import type { GraphStore } from '../../server/store/port.js';

export interface TestStore { store: GraphStore; dir: string; cleanup: () => Promise<void> }

/** A fresh Kuzu store in a temp folder, optionally loaded with documents. */
export async function openTestStore(paths: string[] = [SEEDS_DIR]): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-test-'));
  const store = await openStore(loadConfig({ KG_DATA_DIR: join(dir, 'db') }));
  if (paths.length > 0) await loadPaths(store, paths);
  return {
    store, dir,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function buildTestApp(paths?: string[]) {
  const opened = await openTestStore(paths);
  const app = await buildApp({ store: opened.store, staticDir: CLIENT_DIST });
  return {
    ...opened, app,
    cleanup: async () => {
      await app.close();
      await opened.cleanup();
    },
  };
}

export async function startTestServer(paths?: string[]) {
  const built = await buildTestApp(paths);
  const url = await built.app.listen({ host: '127.0.0.1', port: 0 });
  return { url, store: built.store, close: built.cleanup };
}
