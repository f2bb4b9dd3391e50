// npx tsx bench/ui-click.ts [nodes] [edges]: clicks a node of a large view (as a person selects it) and
// prints the long tasks that follow, whether the kept picture is still shown, and how many elements the
// hit test had to ask about. A diagnostic for interaction on large views (bench/RESULTS.md, Explorer page).
import { startTestServer } from '../tests/helpers/server.js';
import { launchBrowser, nodePoint, openExplorer } from '../tests/e2e/browser.js';
import { buildClient } from '../tests/e2e/global-setup.js';
import { syntheticView } from './ui-data.js';
import { INIT_SCRIPT, injectView } from './ui-page.js';

async function main(): Promise<void> {
  const [n, m] = [Number(process.argv[2] ?? 5000), Number(process.argv[3] ?? 10000)];
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  await buildClient();
  const server = await startTestServer([]);
  const browser = await launchBrowser();
  try {
    for (let run = 0; run < runs; run++) {
      const page = await openExplorer(browser, server.url, { initScript: INIT_SCRIPT });
      await injectView(page, syntheticView(n, m));
      await page.waitForTimeout(500);
      const id = await page.evaluate(() => window.__kg!.cy.nodes().filter((node) => {
        const p = node.renderedPosition();
        return p.x > 200 && p.x < 600 && p.y > 200 && p.y < 500;
      }).first().id());
      const at = await nodePoint(page, id);
      const before = await page.evaluate(() => window.__longTasks!.length);
      await page.mouse.click(at.x, at.y);
      await page.waitForTimeout(1500);
      const out = await page.evaluate((b) => {
        const graph = window.__kg!.explorer.graph;
        return {
          selected: window.__kg!.cy.$(':selected').map((e) => e.id()).join(','),
          longTasks: window.__longTasks!.slice(b).map((t) => Math.round(t.duration)),
          keptPicture: graph.reveal.serving,
          handedBackOn: graph.reveal.handedBackOn ?? null,
          hitTest: graph.culling?.lastHitTest() ?? null,
        };
      }, before);
      console.log(JSON.stringify({ run, nodes: n, edges: m, ...out }));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
