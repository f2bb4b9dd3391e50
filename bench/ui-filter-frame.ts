// npx tsx bench/ui-filter-frame.ts [nodes] [edges]: the renderer's work in the frames of a filter on a large view
// (hiding one entity type, as the legend's checkbox does; BENCH_ACTION=show: showing it again), BENCH_RUNS pages (default 3): every draw and every sort
// into drawing order over 0.3 ms, timed in the page by wrapping the renderer's methods, and the filter's chunks.
import { plan } from './ui-actions.js';
import { runDiagnostic } from './ui-diagnostic.js';

void runDiagnostic(async ({ nodes, edges, openLargeView }) => {
  for (let run = 0; run < Number(process.env.BENCH_RUNS ?? 3); run++) {
    const page = await openLargeView(1500);
    await page.evaluate(() => {
      const w = window as unknown as { __frameLog: string[] };
      w.__frameLog = [];
      const renderer = (window.__kg!.cy as unknown as { renderer(): Record<string, (...args: unknown[]) => unknown> }).renderer();
      for (const name of ['render', 'getCachedZSortedEles', 'updateCachedGrabbedEles']) {
        const own = renderer[name]!;
        renderer[name] = function (this: unknown, ...args: unknown[]) {
          const t0 = performance.now();
          const value = own.apply(this, args);
          const ms = performance.now() - t0;
          if (ms > 0.3) w.__frameLog.push(`${name} ${ms.toFixed(1)}`);
          return value;
        };
      }
    });
    const action = process.env.BENCH_ACTION === 'show' ? 'show' : 'filter';
    await (await plan(page, action))();
    await page.waitForTimeout(2000);
    const log = await page.evaluate(() => (window as unknown as { __frameLog: string[] }).__frameLog);
    const chunks = await page.evaluate(() => window.__kg!.explorer.graph.frames.lastRun.map((c) => `${Math.round(c.units)}u/${c.ms.toFixed(1)}`));
    console.log(`${nodes}/${edges} ${action}, page ${run}: ${log.join(', ') || 'no draw or sort over 0.3 ms'}`);
    console.log(`  chunks (weighted units / ms): ${chunks.join(' ')}`);
    await page.close();
  }
});
