// npx tsx bench/ui-input.ts [nodes] [edges]: what a click on a node of a large view costs in the page, part by
// part, timed there (no profiler): each input event's handlers, the hit tests, the renderer's drag-layer split,
// and the long tasks that followed. BENCH_RUNS pages (default 4).
import { perform } from './ui-actions.js';
import { runDiagnostic } from './ui-diagnostic.js';

void runDiagnostic(async ({ openLargeView }) => {
  for (let run = 0; run < Number(process.env.BENCH_RUNS ?? 4); run++) {
    const page = await openLargeView();
    await page.evaluate(() => {
      const w = window as unknown as { __ms: Record<string, number> };
      w.__ms = {};
      const add = (k: string, ms: number) => { w.__ms[k] = Math.round(((w.__ms[k] ?? 0) + ms) * 10) / 10; };
      const time = (o: Record<string, unknown>, name: string) => {
        const f = o[name] as (...a: unknown[]) => unknown;
        o[name] = function (this: unknown, ...a: unknown[]) { const t = performance.now(); try { return f.apply(this, a); } finally { add(name, performance.now() - t); } };
      };
      const { cy } = window.__kg!;
      const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      time(r, 'findNearestElements');
      time(r, 'updateCachedGrabbedEles');
      time(r, 'render');
      const hit = r.findNearestElements as (x: number, y: number, i: boolean, t: boolean) => unknown;
      const t0 = performance.now();
      for (let i = 0; i < 20; i++) hit.call(r, 100, 100, true, false);
      w.__ms['one idle hit test'] = Math.round((performance.now() - t0) / 2) / 10;
      delete w.__ms.findNearestElements;
      // Capture listeners run first and bubble listeners on window last: between them, every handler of the event.
      for (const type of ['mousemove', 'mousedown', 'mouseup']) {
        let start = 0;
        window.addEventListener(type, () => { start = performance.now(); }, true);
        window.addEventListener(type, () => { add(`${type} handlers`, performance.now() - start); }, false);
      }
    });
    const before = await page.evaluate(() => window.__longTasks!.length);
    await perform(page, 'click');
    await page.waitForTimeout(1500);
    console.log(JSON.stringify(await page.evaluate((b) => ({ longTasks: window.__longTasks!.slice(b).map((t) => Math.round(t.duration)), ms: (window as unknown as { __ms: unknown }).__ms }), before)));
    await page.close();
  }
});
