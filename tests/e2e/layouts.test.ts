// The layouts, as a person runs them from the toolbar: each one moves the nodes,
// worked out in a worker (the page's thread only moves them), a pinned node
// stays put, and undo puts everything back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server.js';
import { hasChromium, launchBrowser, openExplorer, waitForStillGraph } from './browser.js';
import { openMenu, pickEntity, placesOf } from './canvas.js';
import { buildClient } from './global-setup.js';

type Places = Record<string, [number, number]>;

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe.skipIf(!hasChromium)('layouts from the toolbar', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await buildClient();
    server = await startTestServer();
    browser = await launchBrowser();
    page = await openExplorer(browser, server.url, { errors: pageErrors });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Waits for the undo button to offer undoing `label`, then for the nodes to stop. */
  async function laidOut(label: string): Promise<Places> {
    await page.waitForFunction((l) => document.querySelector('#undo-button')?.getAttribute('title')?.includes(l), label);
    await waitForStillGraph(page);
    return placesOf(page);
  }

  it('moves the nodes with every layout, keeps a pinned node, and undo puts them back', async () => {
    await page.evaluate(() => { window.__kg!.explorer.actions.pageSize = 25; });
    const hub = await pickEntity(page, 'Hu Binchen');
    await openMenu(page, hub);
    await page.getByTestId('menu-expand').click();
    await page.waitForFunction(() => window.__kg!.cy.nodes().length > 4);
    await waitForStillGraph(page);
    await openMenu(page, hub);
    await page.getByTestId('menu-pin').click();
    const start = await placesOf(page);
    const others = Object.keys(start).filter((id) => id !== hub);

    let last = start;
    for (const layout of ['grid', 'concentric', 'breadthfirst', 'fcose']) {
      await page.getByTestId('layout-select').selectOption(layout);
      const now = await laidOut(`lay out (${layout})`);
      expect(distance(now[hub]!, start[hub]!), `${layout}: the pinned node`).toBeLessThanOrEqual(1);
      const moved = others.filter((id) => distance(now[id]!, last[id]!) > 5);
      expect(moved.length, `${layout}: nodes moved`).toBeGreaterThan(others.length / 2);
      // Moved, but not off into the distance (breadthfirst once put them 1e49 away).
      for (const id of others) expect(distance(now[id]!, now[hub]!), `${layout}: ${id}`).toBeLessThan(5000);
      last = now;
    }

    // Re-run gives fcose another go from where the nodes are: it settles, the pinned node still in place.
    await page.getByTestId('undo-button').click();
    await waitForStillGraph(page);
    await page.getByTestId('relayout-button').click();
    const again = await laidOut('lay out (fcose)');
    expect(distance(again[hub]!, start[hub]!)).toBeLessThanOrEqual(1);

    // The layouts ran in the worker: the page fetched its script.
    const workerScripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('layout-worker')));
    expect(workerScripts.length).toBeGreaterThan(0);

    // Undo, step by step (each layout and each choice of one), back to where the nodes stood before.
    const undoing = async () => /Undo (lay out|display)/.test((await page.getByTestId('undo-button').getAttribute('title')) ?? '');
    for (let i = 0; i < 12 && await undoing(); i++) {
      await page.getByTestId('undo-button').click();
      await page.evaluate(() => window.__kg!.explorer.graph.applied());
    }
    const back = await placesOf(page);
    for (const id of Object.keys(start)) expect(distance(back[id]!, start[id]!), id).toBeLessThanOrEqual(1);
  }, 120_000);

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
