// A shared link in a real browser against the real server: it reopens the
// expansions (with "(+N)", paging and Collapse) and only the edges that were drawn.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server.js';
import { hasChromium, launchBrowser, openExplorer } from './browser.js';
import { allNodes, openMenu, pickEntity, shownEdges, waitForNodeCount } from './canvas.js';
import { buildClient } from './global-setup.js';

describe.skipIf(!hasChromium)('a shared link', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const openPage = (url: string) => openExplorer(browser, url, { errors: pageErrors });

  const nodeLabel = (id: string) => page.evaluate((n) => String(window.__kg!.cy.getElementById(n).data('label')), id);

  beforeAll(async () => {
    await buildClient();
    server = await startTestServer();
    browser = await launchBrowser();
    page = await openPage(server.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('restores expansions and only the edges that were drawn from a link', async () => {
    await page.evaluate(() => { window.__kg!.explorer.actions.clear(); window.__kg!.explorer.actions.pageSize = 3; });
    const huId = await pickEntity(page, 'Hu Binchen');
    await openMenu(page, huId);
    await page.getByTestId('menu-expand').click();
    await waitForNodeCount(page, 4);
    // A neighbour not on the first page, added by search: linked to Hu on the server, but no edge drawn.
    const all = await (await fetch(`${server.url}/api/nodes/${encodeURIComponent(huId)}/neighbors?limit=100`)).json() as { nodes: Array<{ id: string; name: string }> };
    const onCanvas = await allNodes(page);
    const loose = all.nodes.find((n) => !onCanvas.includes(n.id) && /^[\w -]+$/.test(n.name) && !all.nodes.some((m) => m !== n && m.name.includes(n.name)))!;
    await pickEntity(page, loose.name);
    await page.waitForTimeout(400);
    const expected = { nodes: await allNodes(page), edges: await shownEdges(page), label: await nodeLabel(huId) };
    expect(expected.label).toMatch(/\(\+\d+\)$/);
    expect(expected.edges.length).toBe(3);

    const copy = await openPage(page.url());
    try {
      await copy.waitForFunction((n) => window.__kg!.cy.nodes().length === n, expected.nodes.length);
      expect(await shownEdges(copy)).toEqual(expected.edges);
      expect(await copy.evaluate((id) => String(window.__kg!.cy.getElementById(id).data('label')), huId)).toBe(expected.label);
      expect(await copy.evaluate((id) => window.__kg!.cy.getElementById(id).hasClass('expanded'), huId)).toBe(true);
      // Collapse removes what the expansion added; the entity added by search stays.
      await copy.evaluate((id) => window.__kg!.explorer.actions.collapse(id), huId);
      expect(await allNodes(copy)).toEqual([huId, loose.id].sort());
      // Paging carries on where it was: the next page brings new neighbours only.
      await copy.evaluate(() => { window.__kg!.explorer.actions.pageSize = 3; });
      await copy.evaluate(async (id) => { window.__kg!.explorer.store.undo(); await window.__kg!.explorer.actions.expand(id); }, huId);
      await copy.waitForFunction(() => window.__kg!.explorer.actions.expanding.size === 0);
      expect((await allNodes(copy)).length).toBeGreaterThan(expected.nodes.length);
    } finally {
      await copy.close();
    }
  }, 60_000);

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
