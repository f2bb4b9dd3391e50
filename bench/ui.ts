// npm run bench:ui: the explorer page in headless Chromium against the real server
// (expansion latency, panning fps on large views, long tasks, time to usable). Prints a table.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../tests/helpers/server.js';
import { CHROMIUM, launchBrowser, openExplorer } from '../tests/e2e/browser.js';
import { buildClient } from '../tests/e2e/global-setup.js';
import { HUB_ID, hubBatch, percentile, syntheticView } from './ui-data.js';
import { INIT_SCRIPT, expandOnce, injectView, nextPaint, panDragFps, panFps, usableAfter } from './ui-page.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LOADS = Number(process.env.BENCH_LOADS ?? 12);
const PAN_MS = Number(process.env.BENCH_PAN_MS ?? 3000);
/** Each large view is applied this many times, each in a new page (the last one is then panned). */
const APPLIES = Math.max(1, Number(process.env.BENCH_APPLIES ?? 3));
const SIZES: Array<[number, number, number]> = ([[1000, 2000, 30], [2000, 4000, 30], [5000, 10_000, 15]] as Array<[number, number, number]>)
  .filter(([n]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(',').includes(String(n)));
const ONLY = (process.env.BENCH_ONLY ?? 'expand,pan,load').split(',');
/** drag: real mouse drags on the background (what a person does; the renderer's gesture paths apply); panBy: cy.panBy every frame. */
const PAN = process.env.BENCH_PAN === 'panBy' ? 'panBy' : 'drag';
const moved = (r: { movedFps?: number }) => (r.movedFps === undefined ? '' : ` (${r.movedFps.toFixed(1)} with a moved view)`);

const rows: string[][] = [];
const row = (...cells: Array<string | number>) => rows.push(cells.map(String));
const ms = (v: number) => `${Math.round(v)} ms`;

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await openExplorer(browser, url, { initScript: INIT_SCRIPT });
  page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
  return page;
}

async function benchExpansion(browser: Browser, url: string): Promise<void> {
  const page = await openPage(browser, url);
  for (const size of [50, 200]) {
    await expandOnce(page, HUB_ID, size); // warm-up: JIT, fonts, caches
    const runs: Awaited<ReturnType<typeof expandOnce>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await expandOnce(page, HUB_ID, size));
    const pick = (k: 'fetchedMs' | 'drawnMs' | 'doneMs') => runs.map((r) => r[k]);
    row(`expand ${size} neighbours (${runs[0]!.nodes} nodes), ${RUNS} runs`,
      `fetched+committed p50 ${ms(percentile(pick('fetchedMs'), 50))}, drawn p50 ${ms(percentile(pick('drawnMs'), 50))} / p95 ${ms(percentile(pick('drawnMs'), 95))}`,
      `laid out+painted p50 ${ms(percentile(pick('doneMs'), 50))} / p95 ${ms(percentile(pick('doneMs'), 95))}`, 'p95 ≤ 300 ms');
  }
  await page.close();
}

async function benchPan(browser: Browser, url: string): Promise<void> {
  for (const [n, m, target] of SIZES) {
    const runs: Array<Awaited<ReturnType<typeof injectView>>> = [];
    let page: Page | undefined;
    for (let i = 0; i < APPLIES; i++) {
      await page?.close();
      page = await openPage(browser, url);
      runs.push(await injectView(page, syntheticView(n, m)));
    }
    await nextPaint(page!);
    const pan = PAN === 'drag' ? panDragFps : panFps;
    const fit = await pan(page!, PAN_MS, 'fit');
    const close = await pan(page!, PAN_MS, 1);
    const longest = (r: (typeof runs)[number]) => (r.longTasks.length ? Math.max(...r.longTasks) : 0);
    const applied = runs.at(-1)!;
    const debug = process.env.BENCH_DEBUG
      ? ` [${runs.map((r) => r.timeline.join('; ')).join(' | ')}]; late frames [${runs.map((r) => r.lateFrames.join('; ')).join(' | ')}]; reveal draws [${applied.reveal.map((f) => f.drawMs).join(', ')}]` : '';
    row(`${n}/${m} nodes/edges (light style: ${applied.light}), ${APPLIES} applies`,
      `applied in ${runs.map((r) => ms(r.applyMs)).join(', ')}; long tasks per apply ${runs.map((r) => r.longTasks.length).join(', ')}, longest per apply ${runs.map((r) => ms(longest(r))).join(', ')}, worst frame gap ${runs.map((r) => ms(r.worstFrameMs)).join(', ')}; last: ${applied.frames} chunks (longest ${ms(applied.worstChunkMs)}), revealed over ${applied.reveal.length} frames (longest draw ${ms(Math.max(0, ...applied.reveal.map((f) => f.drawMs)))})${debug}`,
      `${PAN} pan fit (zoom ${fit.zoom.toFixed(2)}): ${fit.fps.toFixed(1)} fps${moved(fit)}, p95 frame ${ms(fit.p95FrameMs)}, worst ${ms(fit.worstFrameMs)}; zoom 1: ${close.fps.toFixed(1)} fps${moved(close)}, p95 frame ${ms(close.p95FrameMs)}, worst ${ms(close.worstFrameMs)}`,
      `≥ ${target} fps`);
    await page!.close();
  }
}

async function benchLoad(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(INIT_SCRIPT);
  const warm = await context.newPage();
  await usableAfter(warm, url); // warms the server and the HTTP cache
  await warm.close();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    times.push(await usableAfter(page, url));
    await page.close();
  }
  row(`navigation → usable, ${LOADS} loads (warm server)`, `p50 ${ms(percentile(times, 50))}`, `p95 ${ms(percentile(times, 95))}`, '≤ 1 s');
  await context.close();
}

function machine(): string {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  let chromium = 'unknown';
  try { chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim(); } catch { /* keep unknown */ }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `nproc ${cpus().length}, ${model}, Node ${process.version}, ${chromium}, load ${load}; software rendering (--disable-gpu, 2D canvas renderer)`;
}

async function main(): Promise<void> {
  await buildClient();
  const server = await startTestServer();
  await server.store.upsert(hubBatch(200));
  const browser = await launchBrowser();
  try {
    if (ONLY.includes('expand')) await benchExpansion(browser, server.url);
    if (ONLY.includes('pan')) await benchPan(browser, server.url);
    if (ONLY.includes('load')) await benchLoad(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n${machine()}\n`);
  console.log('| what | measured | | target |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
