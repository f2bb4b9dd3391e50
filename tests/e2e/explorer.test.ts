// The explorer in a real browser against the real server: a fresh Kuzu store
// loaded from seeds/, the built page, headless Chromium.
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeDetail } from '../../server/store/records.js';
import { startTestServer } from '../helpers/server.js';
import { clickableEdge, hasChromium, launchBrowser, nodePoint, waitForStillGraph } from './browser.js';
import { buildClient } from './global-setup.js';

const SHOTS = 'test-results';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!hasChromium)('the explorer page', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await buildClient();
    await mkdir(SHOTS, { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A dialog would mean injected markup ran.
    page.on('dialog', (dialog) => {
      pageErrors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready]', { state: 'attached' });
    // "error" means /api/schema failed; the page then says why, so show that.
    const ready = await page.getAttribute('body', 'data-ready');
    if (ready !== 'true') throw new Error(`The page did not start: ${await page.getByTestId('canvas-empty').innerText()}`);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the legend from the schema', async () => {
    const schema = await (await fetch(`${server.url}/api/schema`)).json() as { entityTypes: Array<{ label: string }>; relationTypes: Array<{ label: string }> };
    const legend = await page.getByTestId('legend').innerText();
    for (const t of [...schema.entityTypes, ...schema.relationTypes]) expect(legend).toContain(t.label);
    await expect(page.getByTestId('canvas-empty').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/explorer-1-start.png` });
  });

  it('finds Hu Binchen, expands his neighbours and shows the evidence of a relation', async () => {
    // Search, pick the suggestion: the entity is on the canvas and in the details panel.
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.pressSequentially('Hu Binchen', { delay: 20 });
    const option = page.getByRole('option', { name: /Hu Binchen/ }).first();
    await option.waitFor();
    await page.screenshot({ path: `${SHOTS}/explorer-2-suggestions.png` });
    await option.click();
    await page.getByRole('heading', { name: 'Hu Binchen', level: 2 }).waitFor();
    const hu = await page.evaluate(() => window.__kg!.cy.nodes().filter((n) => n.data('name') === 'Hu Binchen').map((n) => n.id()));
    expect(hu).toHaveLength(1);
    const huId = hu[0]!;
    expect(await page.getByTestId('canvas-empty').isHidden()).toBe(true);
    await waitForStillGraph(page);
    await page.screenshot({ path: `${SHOTS}/explorer-3-picked.png` });

    // Double-click it: its neighbours join the canvas.
    const before = await page.evaluate(() => window.__kg!.cy.nodes().length);
    const at = await nodePoint(page, huId);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((n) => window.__kg!.cy.nodes().length > n, before);
    await waitForStillGraph(page);
    const after = await page.evaluate(() => ({ nodes: window.__kg!.cy.nodes().length, edges: window.__kg!.cy.edges().length }));
    expect(after.nodes).toBeGreaterThan(before);
    expect(after.edges).toBeGreaterThan(0);
    await expect(page.getByTestId('neighborhood-info').innerText()).resolves.toMatch(/Showing \d+ of \d+ neighbour/);
    await page.screenshot({ path: `${SHOTS}/explorer-4-expanded.png` });

    // Click an edge: its type, ends and every evidence sentence show in the details panel.
    const target = await clickableEdge(page);
    expect(target).not.toBeNull();
    await page.mouse.click(target!.point.x, target!.point.y);
    await page.getByTestId('edge-details').waitFor();
    expect(await page.evaluate(() => window.__kg!.cy.$('edge:selected').map((e) => e.id()))).toEqual([target!.id]);
    const edge = await (await fetch(`${server.url}/api/edges/${encodeURIComponent(target!.id)}`)).json() as EdgeDetail;
    expect(edge.evidence.length).toBeGreaterThan(0);
    await page.getByTestId('evidence').first().waitFor();
    const panel = squash(await page.getByTestId('details-panel').innerText());
    for (const ev of edge.evidence) {
      expect(panel).toContain(squash(ev.text));
      expect(panel).toContain(squash(ev.documentTitle || ev.documentId));
    }
    await expect(page.getByTestId('evidence').count()).resolves.toBe(edge.evidence.length);
    await page.screenshot({ path: `${SHOTS}/explorer-5-edge.png` });
  }, 90_000);

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
