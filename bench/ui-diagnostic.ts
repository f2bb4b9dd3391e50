// What the large-view diagnostics (ui-click, ui-draw, ui-hit, ui-input, ui-trace) share: the view size from the
// command line ([nodes] [edges], default 5k/10k), a built client, a test server and a browser, closed at the end.
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../tests/helpers/server.js';
import { launchBrowser, openExplorer } from '../tests/e2e/browser.js';
import { buildClient } from '../tests/e2e/global-setup.js';
import { syntheticView } from './ui-data.js';
import { INIT_SCRIPT, injectView } from './ui-page.js';

export interface Diagnostic {
  nodes: number;
  edges: number;
  browser: Browser;
  /** A new explorer page with nothing on the canvas. */
  openPage(): Promise<Page>;
  /** A new explorer page showing the synthetic view of `nodes` / `edges`, left `settleMs` to settle. */
  openLargeView(settleMs?: number): Promise<Page>;
}

export async function runDiagnostic(run: (d: Diagnostic) => Promise<void>): Promise<void> {
  const [nodes, edges] = [Number(process.argv[2] ?? 5000), Number(process.argv[3] ?? 10000)];
  await buildClient();
  const server = await startTestServer([]);
  const browser = await launchBrowser();
  const openPage = () => openExplorer(browser, server.url, { initScript: INIT_SCRIPT });
  const openLargeView = async (settleMs = 500) => {
    const page = await openPage();
    await injectView(page, syntheticView(nodes, edges));
    await page.waitForTimeout(settleMs);
    return page;
  };
  try {
    await run({ nodes, edges, browser, openPage, openLargeView });
  } finally {
    await browser.close();
    await server.close();
  }
}
