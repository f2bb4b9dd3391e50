// npm run bench: extraction throughput and end-to-end load into a fresh
// embedded store, on generated documents. Prints a table to paste into RESULTS.md.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generate.js';
import { extractDocument } from '../server/ingest/index.js';
import { loadConfig } from '../server/config.js';
import { openStore } from '../server/store/open.js';
import { loadPaths } from '../server/load/index.js';

const COUNT = Number(process.env.BENCH_DOCS ?? 1000);

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
  try {
    const corpus = join(dir, 'docs');
    const bytes = await generateCorpus(corpus, COUNT);
    const texts = await Promise.all((await readdir(corpus)).sort().map((f) => readFile(join(corpus, f), 'utf8')));

    let t = performance.now();
    texts.forEach((text, i) => extractDocument({ id: `gen_${i}`, text }));
    const extractSeconds = (performance.now() - t) / 1000;

    const store = await openStore(loadConfig({ KG_DATA_DIR: join(dir, 'db') }));
    t = performance.now();
    const report = await loadPaths(store, [corpus]);
    const loadSeconds = (performance.now() - t) / 1000;
    const stats = await store.stats();

    t = performance.now();
    const queries = ['am', 'bog', 'Lisbon', 'ministry', 'operation', 'fent'];
    for (let i = 0; i < 200; i += 1) await store.search(queries[i % queries.length] ?? 'a', { limit: 10 });
    const searchMs = (performance.now() - t) / 200;

    t = performance.now();
    const reload = await loadPaths(store, [corpus]);
    const reloadSeconds = (performance.now() - t) / 1000;
    await store.close();

    console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
    console.log(`corpus: ${COUNT} generated documents, ${(bytes / 1e6).toFixed(2)} MB`);
    console.log(`extract (1 worker): ${(COUNT / extractSeconds).toFixed(0)} docs/s, ${(bytes / 1e6 / extractSeconds).toFixed(2)} MB/s`);
    console.log(`load end to end: ${loadSeconds.toFixed(2)} s, ${(report.loaded.length / loadSeconds).toFixed(0)} docs/s, ${(stats.relations / loadSeconds).toFixed(0)} relations/s (${stats.entities} entities, ${stats.relations} relations)`);
    console.log(`reload unchanged: ${reloadSeconds.toFixed(2)} s (${reload.unchanged.length} skipped)`);
    console.log(`search: ${searchMs.toFixed(2)} ms mean over 200 queries`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
