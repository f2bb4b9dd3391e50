// npx tsx bench/ui-hit.ts [nodes] [edges]: what one hit test (the renderer's search for the element under the
// pointer, run on every mouse down, up and move) costs on a large view, with the prefilter of hit-test.ts: first by a
// pass over every element (`linear`), then from the grid built when the page is idle (`grid`).
import { nodeInView } from './ui-actions.js';
import { runDiagnostic } from './ui-diagnostic.js';

void runDiagnostic(async ({ nodes: n, edges: m, openLargeView }) => {
  const page = await openLargeView();
  const { id } = await nodeInView(page);
  const measure = (nodeId: string) => page.evaluate((nodeId) => {
    const { cy } = window.__kg!;
    const r = (cy as unknown as { renderer(): { findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): Array<{ id(): string }> } }).renderer();
    const p = cy.getElementById(nodeId).position();
    const times: number[] = [];
    let found = '';
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      found = r.findNearestElements(p.x, p.y, true, false).map((e) => e.id()).join(',');
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { found, medianMs: times[20]!, p90Ms: times[36]!, hit: window.__kg!.explorer.graph.culling?.lastHitTest() };
  }, nodeId);
  const linear = await measure(id);
  // The grid is built when the page is next idle.
  await page.waitForTimeout(2500);
  const grid = await measure(id);
  const gridSlicesMs = await page.evaluate(() => window.__kg!.explorer.graph.culling?.gridSlices().map((ms) => Math.round(ms * 10) / 10));
  const out = { nodeId: id, linear, grid, gridSlicesMs };
  // How many hit tests one click makes, and their time.
  await page.evaluate(() => {
    const r = (window.__kg!.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    const find = r.findNearestElements as (...a: unknown[]) => unknown;
    const w = window as unknown as { __hits: number[] };
    w.__hits = [];
    const culling = window.__kg!.explorer.graph.culling;
    r.findNearestElements = (...a: unknown[]) => {
      const t0 = performance.now();
      try { return find(...a); } finally { w.__hits.push(performance.now() - t0, culling?.lastHitTest().near ?? -1, culling?.lastHitTest().indexed ? 1 : 0); }
    };
  });
  const { at } = await nodeInView(page);
  await page.mouse.click(at.x, at.y);
  await page.waitForTimeout(300);
  // Each hit test's time (ms), how many elements it asked about, and whether from the grid.
  const flat = await page.evaluate(() => (window as unknown as { __hits: number[] }).__hits);
  const hits = Array.from({ length: flat.length / 3 }, (_, i) => `${Math.round(flat[3 * i]! * 10) / 10} ms, ${flat[3 * i + 1]} near${flat[3 * i + 2] ? '' : ', linear'}`);
  console.log(JSON.stringify({ nodes: n, edges: m, ...out, clickHitTests: hits }));
});
