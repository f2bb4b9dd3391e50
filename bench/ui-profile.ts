// npx tsx bench/ui-profile.ts [nodes] [edges]: CPU profile of applying a synthetic view, top functions by self time.
import { readFileSync, readdirSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { startTestServer } from '../tests/helpers/server.js';
import { launchBrowser, openExplorer } from '../tests/e2e/browser.js';
import { buildClient } from '../tests/e2e/global-setup.js';
import { syntheticView } from './ui-data.js';
import { INIT_SCRIPT, injectView } from './ui-page.js';

interface ProfileNode { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount: number }

async function main(): Promise<void> {
  const [n, m] = [Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 4000)];
  await buildClient();
  const server = await startTestServer([]);
  const browser = await launchBrowser();
  try {
    const page = await openExplorer(browser, server.url, { initScript: INIT_SCRIPT });
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const run = await injectView(page, syntheticView(n, m));
    const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const file = readdirSync('dist/client/assets').find((f) => f.endsWith('.js.map'))!;
    const map = new SourceMapConsumer(JSON.parse(readFileSync(`dist/client/assets/${file}`, 'utf8')));
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((p) => [p.id, p]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const o = f.url.endsWith('.js') ? map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }) : null;
      const key = `${f.functionName || '(anon)'} ${o?.source ? `${o.source.replace(/.*node_modules\//, '')}:${o.line} ${o.name ?? ''}` : f.url.split('/').pop()}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    // Inclusive time: each sample counts once for every distinct function on its stack.
    const parent = new Map<number, number>();
    for (const p of profile.nodes) for (const c of p.children ?? []) parent.set(c, p.id);
    const keyOf = (id: number) => {
      const f = byId.get(id)!.callFrame;
      const o = f.url.endsWith('.js') ? map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }) : null;
      return `${f.functionName || '(anon)'} ${o?.source ? `${o.source.replace(/.*node_modules\//, '').replace(/.*client\/src\//, '')}:${o.line}` : ''}`;
    };
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(at));
      for (const k of seen) total.set(k, (total.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log('inclusive:');
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
    console.log(JSON.stringify(run));
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
