// npx tsx bench/ui-click.ts [nodes] [edges]: clicks a node of a large view (as a person selects it), or with
// BENCH_ACTION=pan drags the background, or with BENCH_ACTION=filter hides an entity type, and prints the long tasks that follow, whether the kept picture is
// still shown, and how many elements the hit test had to ask about. A diagnostic for interaction on large
// views (bench/RESULTS.md, Explorer page).
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
      if (process.env.BENCH_ACTION === 'filter') {
        // What the legend's entity-type checkbox does: hide one type (a fifth of the nodes and their edges).
        await page.evaluate(() => {
          const { explorer } = window.__kg!;
          const state = explorer.store.current;
          explorer.store.commit('hide organizations', { ...state, filters: { ...state.filters, hiddenEntityTypes: ['Organization'] } });
        });
      } else if (process.env.BENCH_ACTION === 'pan') {
        // From a spot of background near the middle (a drag there pans).
        const spot = await page.evaluate(() => {
          const { cy } = window.__kg!;
          const box = cy.container()!.getBoundingClientRect();
          const boxes = cy.nodes().map((node) => node.renderedBoundingBox({ includeLabels: true }));
          for (let d = 0; d < 300; d += 3) {
            for (const [dx, dy] of [[d, 0], [-d, 0], [0, d], [0, -d]] as const) {
              const x = cy.width() / 2 + dx;
              const y = cy.height() / 2 + dy;
              if (!boxes.some((b) => x >= b.x1 - 6 && x <= b.x2 + 6 && y >= b.y1 - 6 && y <= b.y2 + 6)) return { x: box.left + x, y: box.top + y };
            }
          }
          return { x: box.left + 5, y: box.top + 5 };
        });
        await page.mouse.move(spot.x, spot.y);
        await page.mouse.down();
        await page.mouse.move(spot.x + 120, spot.y + 60, { steps: 8 });
        await page.mouse.up();
      } else {
        await page.mouse.click(at.x, at.y);
      }
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
