// kg serve: the API and the page, on the configured store.
import { limitsFrom, loadConfig } from '../config.js';
import { openStore } from '../store/open.js';
import { buildApp } from '../api/app.js';
import { loadPaths } from '../load/index.js';
import { parse, type Command } from './command.js';
import { ensureClientBuilt } from './client-build.js';
import { CLIENT_DIST, SEEDS_DIR } from './paths.js';
import { printSummary } from './progress.js';

const HELP = `Usage: kg serve [--host HOST] [--port PORT] [--load-seeds] [--build-client]

Serves the explorer page and the API (OpenAPI at /docs).

Options:
  --host HOST       interface to listen on (env HOST, default 127.0.0.1)
  --port PORT       port (env PORT, default 3000)
  --load-seeds      load seeds/ first when the store holds no document
  --build-client    build the page with Vite first when it is missing or stale`;

export const serveCommand: Command = {
  summary: 'serve the explorer page and the API',
  help: HELP,
  async run(argv) {
    const { values } = parse(argv, {
      host: { type: 'string' }, port: { type: 'string' },
      'load-seeds': { type: 'boolean' }, 'build-client': { type: 'boolean' },
    });
    const config = loadConfig({ ...process.env, ...(values.host ? { HOST: values.host } : {}), ...(values.port ? { PORT: values.port } : {}) });
    if (values['build-client']) await ensureClientBuilt((line) => console.log(line));
    const store = await openStore(config);
    if (values['load-seeds'] && (await store.stats()).documents === 0) {
      console.log(`the store is empty: loading ${SEEDS_DIR}`);
      printSummary(await loadPaths(store, [SEEDS_DIR]), await store.stats());
    }
    const app = await buildApp({
      store, staticDir: CLIENT_DIST, limits: limitsFrom(config),
      logger: { level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL },
    });
    const close = async () => {
      await app.close();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', close);
    process.once('SIGTERM', close);
    const address = await app.listen({ host: config.HOST, port: config.PORT });
    console.log(`kg explorer listening at ${address.replace('[::1]', 'localhost')} (store: ${store.info.engine} at ${store.info.location})`);
    console.log(`API docs at ${address}/docs`);
    return new Promise<number>(() => {});
  },
};
