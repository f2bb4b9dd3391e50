// Sampled CPU profiles of the page for the UI benchmarks, with minified frames mapped back to
// their source (dist/client's source map) and time summed per function.
import { readFileSync, readdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';

interface ProfileNode { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

export async function startProfile(page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
}

export interface FunctionTimes { inclusive: Array<[string, number]>; self: Array<[string, number]> }

let consumer: SourceMapConsumer | undefined;
function sourceMap(): SourceMapConsumer {
  const file = readdirSync('dist/client/assets').find((f) => f.endsWith('.js.map'))!;
  consumer ??= new SourceMapConsumer(JSON.parse(readFileSync(`dist/client/assets/${file}`, 'utf8')));
  return consumer;
}

/** `file:line` in the client's source for a place in the built bundle (lines and columns from 0, as the profiler gives them). */
export function sourceOf(line: number, column: number): string {
  const o = sourceMap().originalPositionFor({ line: line + 1, column });
  return o.source ? `${o.source.replace(/.*node_modules\//, '').replace(/.*client\/src\//, '')}:${o.line}` : `bundle:${line}:${column}`;
}

/** Time per function (ms), over the samples taken between `from` and `to` (µs, the trace clock) if given. */
export function functionTimes(profile: CpuProfile, from = -Infinity, to = Infinity): FunctionTimes {
  const map = sourceMap();
  const byId = new Map(profile.nodes.map((p) => [p.id, p]));
  const parent = new Map<number, number>();
  for (const p of profile.nodes) for (const c of p.children ?? []) parent.set(c, p.id);
  const keys = new Map<number, string>();
  const keyOf = (id: number) => {
    let key = keys.get(id);
    if (key === undefined) {
      const f = byId.get(id)!.callFrame;
      const o = f.url.endsWith('.js') ? map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }) : null;
      key = `${f.functionName || '(anon)'} ${o?.source ? `${o.source.replace(/.*node_modules\//, '').replace(/.*client\/src\//, '')}:${o.line}` : ''}`;
      keys.set(id, key);
    }
    return key;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) return;
    self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + ms);
    // Inclusive: each sample counts once for every distinct function on its stack.
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) seen.add(keyOf(up));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { inclusive: sorted(total), self: sorted(self) };
}
