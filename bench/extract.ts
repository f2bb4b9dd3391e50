// npm run bench:extract: extraction throughput on generated news-like
// documents (bench/generate.ts) in-process, on one worker thread and on all
// cores, then the end-to-end load of the same corpus into a fresh embedded
// store. BENCH_DOCS=N changes the corpus size (default 1000). Prints lines to
// paste into bench/RESULTS.md.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generate.js';
import { extractDocument, type ExtractInput } from '../server/ingest/index.js';
import { createExtractionPool } from '../server/ingest/pool.js';

const COUNT = Number(process.env.BENCH_DOCS ?? 1000);
const mb = (bytes: number) => bytes / 1e6;

function rate(label: string, seconds: number, docs: number, bytes: number, extra = ''): void {
  console.log(`${label.padEnd(36)} ${seconds.toFixed(2).padStart(7)} s  ${(docs / seconds).toFixed(0).padStart(6)} docs/s  ${(mb(bytes) / seconds).toFixed(3)} MB/s${extra}`);
}

/** Wall seconds, and CPU seconds of the whole process (all threads): the machine may be shared, CPU time shows the work itself. */
interface Pass { wall: number; cpu: number }
interface Timing { cold: Pass; warm: Pass }

async function measure(run: () => unknown): Promise<Pass> {
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  await run();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** The first pass pays worker start-up and JIT warm-up (as a real load does); the second is the steady state. */
async function timePool(size: number, inputs: ExtractInput[]): Promise<Timing> {
  const pool = createExtractionPool({ size });
  try {
    const pass = () => measure(() => Promise.all(inputs.map((input) => pool.extract(input))));
    return { cold: await pass(), warm: await pass() };
  } finally {
    await pool.close();
  }
}

async function timeInProcess(inputs: ExtractInput[]): Promise<Timing & { relations: number }> {
  let relations = 0;
  const pass = () => measure(() => { relations = 0; for (const input of inputs) relations += extractDocument(input).relations.length; });
  return { cold: await pass(), warm: await pass(), relations };
}

function report(label: string, timing: Timing, docs: number, bytes: number, extra = ''): void {
  rate(`${label}, first pass`, timing.cold.wall, docs, bytes, `  cpu ${(timing.cold.cpu * 1000 / docs).toFixed(2)} ms/doc`);
  rate(`${label}, steady`, timing.warm.wall, docs, bytes, `  cpu ${(timing.warm.cpu * 1000 / docs).toFixed(2)} ms/doc${extra}`);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-extract-'));
  try {
    const corpus = join(dir, 'docs');
    const bytes = await generateCorpus(corpus, COUNT);
    const names = (await readdir(corpus)).sort();
    const inputs = await Promise.all(names.map(async (f) => ({ id: f.replace(/\.txt$/, ''), text: await readFile(join(corpus, f), 'utf8') })));
    const cores = availableParallelism();
    console.log(`machine: ${cores} cores (${cpus()[0]?.model.trim() ?? 'cpu'}), node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`corpus: ${COUNT} generated documents, ${mb(bytes).toFixed(2)} MB`);

    const inProcess = await timeInProcess(inputs);
    report('extract in-process', inProcess, COUNT, bytes, `  (${inProcess.relations} relations)`);
    report('extract pool, 1 worker', await timePool(1, inputs), COUNT, bytes);
    const all = await timePool(cores, inputs);
    report(`extract pool, ${cores} workers`, all, COUNT, bytes, `  (×${(inProcess.warm.wall / all.warm.wall).toFixed(2)} vs in-process)`);

    await endToEnd(corpus, join(dir, 'db'), bytes);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** loadPaths into a fresh embedded store; the store adapters change often, so a failure here is reported, not fatal. */
async function endToEnd(corpus: string, dataDir: string, bytes: number): Promise<void> {
  try {
    const { loadConfig } = await import('../server/config.js');
    const { openStore } = await import('../server/store/open.js');
    const { loadPaths } = await import('../server/load/index.js');
    const store = await openStore(loadConfig({ KG_DATA_DIR: dataDir }));
    const inStore = timeMethods(store);
    try {
      const t = performance.now();
      const report = await loadPaths(store, [corpus]);
      const seconds = (performance.now() - t) / 1000;
      const stats = await store.stats();
      rate('load end to end (loadPaths)', seconds, report.loaded.length, bytes,
        `  ${(stats.relations / seconds).toFixed(0)} relations/s (${stats.entities} entities, ${stats.relations} relations, ${report.failed.length} failed)`);
      const storeSeconds = [...inStore.values()].reduce((a, b) => a + b, 0);
      console.log(`  of which in store calls: ${storeSeconds.toFixed(2)} s (${[...inStore].map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}); read + extract + curate: ${(seconds - storeSeconds).toFixed(2)} s`);
      console.log(`target: ${COUNT} documents in < 30 s: ${seconds < 30 ? 'met' : 'NOT met'} (${seconds.toFixed(1)} s)`);
    } finally {
      await store.close();
    }
  } catch (error) {
    console.log(`load end to end: FAILED (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Wraps each method of the store to add up the seconds spent in it, to tell store time from extraction time. */
function timeMethods(store: object): Map<string, number> {
  const spent = new Map<string, number>();
  const target = store as Record<string, unknown>;
  for (const name of ['upsert', 'deleteDocuments', 'documentHashes', 'entityIndex', 'edgeList', 'writeAnalytics']) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = async (...args: unknown[]) => {
      const t = performance.now();
      try { return await (original as (...a: unknown[]) => Promise<unknown>).apply(store, args); }
      finally { spent.set(name, (spent.get(name) ?? 0) + (performance.now() - t) / 1000); }
    };
  }
  return spent;
}

await main();
