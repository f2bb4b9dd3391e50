// npx tsx bench/ui-draw.ts [nodes] [edges]: how long one full canvas redraw takes after a large view
// is applied (first, then repeated), with everything shown, nodes only, and at fit. A diagnostic for the reveal.
import { runDiagnostic } from './ui-diagnostic.js';
import { syntheticView } from './ui-data.js';
import { injectView } from './ui-page.js';

void runDiagnostic(async ({ nodes: n, edges: m, openPage }) => {
  const page = await openPage();
  await page.evaluate(() => {
    const { cy } = window.__kg!;
    const r = (cy as unknown as { renderer(): Record<string, (...a: unknown[]) => unknown> }).renderer();
    const log: Array<[string, number]> = [];
    (window as unknown as { __drawLog: typeof log }).__drawLog = log;
    for (const name of ['render', 'getCachedZSortedEles', 'drawLayeredElements', 'drawCachedElements', 'recalculateRenderedStyle', 'flushRenderedStyleQueue', 'updateCachedGrabbedEles']) {
      const f = r[name]!;
      r[name] = function (this: unknown, ...a: unknown[]) { const t = performance.now(); const v = f.apply(this, a); const d = performance.now() - t; if (d > 3) log.push([name, Math.round(d)]); return v; };
    }
  });
  const run = await injectView(page, syntheticView(n, m));
  console.log(JSON.stringify(await page.evaluate(() => (window as unknown as { __drawLog: unknown[] }).__drawLog.slice(-30))));
  console.log(JSON.stringify(run), await page.evaluate(() => window.__kg!.explorer.graph.reveal.handedBackOn));
  console.log('chunks', JSON.stringify(await page.evaluate(() => window.__kg!.explorer.graph.frames.lastRun.map((c) => [c.units, Math.round(c.ms)]))));
  const out = await page.evaluate(async () => {
    const { cy } = window.__kg!;
    const r = (cy as unknown as { renderer(): { render(o?: object): void; data: { canvasNeedsRedraw: boolean[] } } }).renderer();
    const culling = window.__kg!.explorer.graph.culling;
    culling?.skipped();
    const draw = () => {
      r.data.canvasNeedsRedraw.fill(true);
      const t = performance.now();
      r.render();
      return `${Math.round(performance.now() - t)} ms (${culling?.skipped() ?? 0} of ${cy.elements().length} skipped)`;
    };
    const res: Record<string, unknown> = { zoom: cy.zoom(), pan: cy.pan() };
    res.again = [draw(), draw(), draw()];
    await new Promise((x) => setTimeout(x, 1500));
    res.afterIdle = [draw(), draw()];
    cy.fit(undefined, 20);
    res.fitFirst = [draw(), draw(), draw()];
    await new Promise((x) => setTimeout(x, 1500));
    res.fitAfterIdle = [draw(), draw()];
    return res;
  });
  console.log(JSON.stringify(out));
});
