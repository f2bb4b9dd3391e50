// The explorer as an analyst's workbench, in a real browser against the real
// server: the node menu (expand by page and by type, collapse, hide, pin,
// remove), filters, undo and redo, a shared link, export and the help overlay.
import { mkdir, readFile, stat } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server.js';
import { hasChromium, launchBrowser, nodePoint, openExplorer, waitForStillGraph } from './browser.js';
import { allNodes, keptVersusOwnDrawing, mainLayerAlpha, openMenu, pickEntity, placesOf, putGrid, shownEdges, shownNodes, waitForNodeCount } from './canvas.js';
import { buildClient } from './global-setup.js';

const SHOTS = 'test-results';

describe.skipIf(!hasChromium)('the explorer as a workbench', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let huId = '';
  const pageErrors: string[] = [];

  const openPage = (url: string) => openExplorer(browser, url, { errors: pageErrors });

  const nodeLabel = (id: string) => page.evaluate((n) => String(window.__kg!.cy.getElementById(n).data('label')), id);

  beforeAll(async () => {
    await buildClient();
    await mkdir(SHOTS, { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser();
    page = await openPage(server.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('expands a node page by page, by relation type with "+N more", and collapses what it added', async () => {
    // Small pages, so the seed graph's hubs need paging.
    await page.evaluate(() => { window.__kg!.explorer.actions.pageSize = 3; });
    huId = await pickEntity(page, 'Hu Binchen');
    const total = (await (await fetch(`${server.url}/api/nodes/${encodeURIComponent(huId)}/neighbors?limit=100`)).json() as { total: number }).total;
    expect(total).toBeGreaterThan(4);

    await openMenu(page, huId);
    await page.screenshot({ path: `${SHOTS}/workbench-1-menu.png` });
    await page.getByTestId('menu-expand').click();
    await waitForNodeCount(page, 4);
    expect(await nodeLabel(huId)).toBe(`Hu Binchen (+${total - 3})`);

    // "+N more" beside a relation type fetches the next page of that type only.
    const more = page.getByTestId('more-button').first();
    await more.waitFor();
    const rel = (await more.getAttribute('data-rel'))!;
    const before = (await allNodes(page)).length;
    const hiddenBefore = Number((await more.innerText()).match(/\d+/)![0]);
    await more.click();
    await page.waitForFunction((n) => window.__kg!.cy.nodes().length > n, before);
    await waitForStillGraph(page);
    const relEdges = await page.evaluate(([id, type]) => window.__kg!.cy.getElementById(id!).connectedEdges().filter((e) => e.data('type') === type).length, [huId, rel]);
    expect(relEdges).toBeGreaterThan(0);
    const hiddenNow = await page.locator(`[data-testid="more-button"][data-rel="${rel}"]`).count() === 0
      ? 0 : Number((await page.locator(`[data-testid="more-button"][data-rel="${rel}"]`).innerText()).match(/\d+/)![0]);
    expect(hiddenNow).toBeLessThan(hiddenBefore);

    // Double-click pages on through every relation until nothing is hidden.
    const neighbours = (await (await fetch(`${server.url}/api/nodes/${encodeURIComponent(huId)}/neighbors?limit=100`)).json() as { nodes: unknown[] }).nodes.length;
    for (let i = 0; i < 10 && (await nodeLabel(huId)).includes('(+'); i++) {
      const before = await placesOf(page);
      const at = await nodePoint(page, huId);
      await page.mouse.dblclick(at.x, at.y);
      await page.waitForFunction(() => window.__kg!.explorer.actions.expanding.size === 0);
      await waitForStillGraph(page);
      // The layout after an expansion moves only the new nodes.
      const after = await placesOf(page);
      for (const [id, [x, y]] of Object.entries(before)) {
        expect(Math.abs(after[id]![0] - x) + Math.abs(after[id]![1] - y), id).toBeLessThanOrEqual(3);
      }
    }
    expect(await nodeLabel(huId)).toBe('Hu Binchen');
    expect(await allNodes(page)).toHaveLength(neighbours + 1);
    await page.screenshot({ path: `${SHOTS}/workbench-2-paged.png` });

    // Collapse removes what the expansions added (nothing else is linked to them here).
    await openMenu(page, huId);
    await page.getByTestId('menu-collapse').click();
    await waitForNodeCount(page, 1);
    expect(await allNodes(page)).toEqual([huId]);
    expect(await nodeLabel(huId)).toBe('Hu Binchen');
  }, 90_000);

  it('hides, shows again, pins and removes nodes, from the menu and the keyboard', async () => {
    await page.evaluate(() => { window.__kg!.explorer.actions.pageSize = 25; });
    await openMenu(page, huId);
    await page.getByTestId('menu-expand').click();
    await page.waitForFunction(() => window.__kg!.cy.nodes().length > 1);
    await waitForStillGraph(page);
    const everyone = await allNodes(page);
    const victim = everyone.find((id) => id !== huId)!;

    // Hide from the menu: it stays on the canvas but is not drawn; the panel offers to show it.
    await openMenu(page, victim);
    await page.getByTestId('menu-hide').click();
    expect(await shownNodes(page)).not.toContain(victim);
    expect(await allNodes(page)).toContain(victim);
    await page.getByTestId('hidden-nodes').getByText('1 node hidden by hand').waitFor();
    await page.getByTestId('show-hidden').click();
    expect(await shownNodes(page)).toContain(victim);

    // Keyboard: select, then H hides and P pins.
    const at = await nodePoint(page, victim);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('p');
    expect(await page.evaluate((id) => window.__kg!.cy.getElementById(id).locked(), victim)).toBe(true);
    await page.keyboard.press('h');
    expect(await shownNodes(page)).not.toContain(victim);
    await page.keyboard.press('Shift+H');
    expect(await shownNodes(page)).toContain(victim);

    // Remove from the menu: gone with its edges.
    await openMenu(page, victim);
    await expect(page.getByTestId('menu-pin').innerText()).resolves.toContain('Unpin');
    await page.getByTestId('menu-remove').click();
    expect(await allNodes(page)).not.toContain(victim);
    expect(await allNodes(page)).toHaveLength(everyone.length - 1);
  }, 60_000);

  it('filters by entity type, relation type and confidence, and the legend counts what is drawn', async () => {
    const data = await page.evaluate(() => ({
      nodes: window.__kg!.cy.nodes().map((n) => ({ id: n.id(), type: String(n.data('type')) })),
      edges: window.__kg!.cy.edges().map((e) => ({ id: e.id(), type: String(e.data('type')), confidence: Number(e.data('confidence')) })),
    }));
    const orgs = data.nodes.filter((n) => n.type === 'Organization').map((n) => n.id);
    expect(orgs.length).toBeGreaterThan(0);
    const legendCount = () => page.getByTestId('legend-entity-Organization').locator('.type-count').innerText();
    expect(await legendCount()).toBe(String(orgs.length));

    await page.getByTestId('filter-entity-Organization').uncheck();
    const shown = await shownNodes(page);
    expect(shown.filter((id) => orgs.includes(id))).toEqual([]);
    expect(shown).toContain(huId);
    expect(await legendCount()).toBe(`0/${orgs.length}`);
    await page.screenshot({ path: `${SHOTS}/workbench-3-filtered.png` });
    await page.getByTestId('filter-entity-Organization').check();
    expect(await shownNodes(page)).toEqual(data.nodes.map((n) => n.id).sort());

    const relType = data.edges[0]!.type;
    await page.getByTestId(`filter-relation-${relType}`).uncheck();
    expect(await shownEdges(page)).toEqual(data.edges.filter((e) => e.type !== relType).map((e) => e.id).sort());
    await page.getByTestId(`filter-relation-${relType}`).check();

    // The confidence slider, moved with the keyboard: End is 100%.
    const slider = page.getByTestId('confidence-filter');
    await slider.focus();
    await page.keyboard.press('End');
    expect(await shownEdges(page)).toEqual(data.edges.filter((e) => e.confidence >= 1).map((e) => e.id).sort());
    await page.keyboard.press('Home');
    expect(await shownEdges(page)).toHaveLength(data.edges.length);
  }, 60_000);

  it('undoes and redoes canvas changes with the buttons and the keyboard', async () => {
    const start = await allNodes(page);
    const startShown = await shownNodes(page);
    const victim = start.find((id) => id !== huId)!;
    await openMenu(page, victim);
    await page.getByTestId('menu-remove').click();
    await page.getByTestId('filter-entity-Person').uncheck();
    const after = await shownNodes(page);
    expect(after).not.toContain(victim);
    expect(after).not.toContain(huId);

    await page.getByTestId('undo-button').click();
    expect(await shownNodes(page)).toContain(huId);
    expect(await page.getByTestId('filter-entity-Person').isChecked()).toBe(true);
    await page.getByTestId('undo-button').click();
    expect(await allNodes(page)).toEqual(start);
    expect(await shownNodes(page)).toEqual(startShown);

    await page.getByTestId('redo-button').click();
    expect(await allNodes(page)).not.toContain(victim);
    await page.locator('.brand-title').click();
    await page.keyboard.press('Control+Shift+Z');
    expect(await shownNodes(page)).toEqual(after);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await allNodes(page)).toEqual(start);

    // A moved node goes back to where it was.
    const before = await placesOf(page);
    const at = await nodePoint(page, huId);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 120, at.y + 60, { steps: 8 });
    await page.mouse.up();
    expect((await placesOf(page))[huId]).not.toEqual(before[huId]);
    await page.keyboard.press('Control+z');
    expect((await placesOf(page))[huId]).toEqual(before[huId]);
  }, 60_000);

  it('restores the view from a copied link in a new page', async () => {
    await page.getByTestId('filter-relation-MEMBER_OF').uncheck();
    await page.waitForFunction(() => location.hash.startsWith('#view='));
    await page.waitForTimeout(400);
    const url = page.url();
    const expected = { nodes: await allNodes(page), shown: await shownNodes(page), places: await placesOf(page) };

    const copy = await openPage(url);
    try {
      await copy.waitForFunction((n) => window.__kg!.cy.nodes().length === n, expected.nodes.length);
      expect(await allNodes(copy)).toEqual(expected.nodes);
      expect(await shownNodes(copy)).toEqual(expected.shown);
      expect(await placesOf(copy)).toEqual(expected.places);
      expect(await copy.getByTestId('filter-relation-MEMBER_OF').isChecked()).toBe(false);
      await copy.screenshot({ path: `${SHOTS}/workbench-4-restored.png` });
    } finally {
      await copy.close();
    }
    await page.getByTestId('filter-relation-MEMBER_OF').check();
  }, 60_000);

  it('exports the view as PNG and SVG', async () => {
    for (const [item, ext] of [['export-png', 'png'], ['export-svg', 'svg']] as const) {
      await page.getByTestId('export-button').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(item).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^graph-.*\\.${ext}$`));
      const file = await download.path();
      expect((await stat(file)).size).toBeGreaterThan(1000);
      if (ext === 'svg') {
        const text = await readFile(file, 'utf8');
        expect(text).toContain('<svg');
        expect(text).toContain('Hu Binchen');
      } else {
        expect((await readFile(file)).subarray(1, 4).toString()).toBe('PNG');
      }
    }
  }, 60_000);

  it('exports the entities shown, with the relations among them, as GraphML and CSV', async () => {
    const shown = await page.evaluate(() => window.__kg!.cy.nodes(':visible').map((n) => n.id()));
    await page.getByTestId('export-button').click();
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-graphml').click()]);
    expect(graphml.suggestedFilename()).toMatch(/^kg-export-\d{8}\.graphml$/);
    const xml = await readFile(await graphml.path(), 'utf8');
    expect(xml).toContain('<graphml');
    expect(xml.match(/<node /g)?.length).toBe(shown.length);
    expect(xml).toContain('Hu Binchen');
    await page.getByTestId('export-button').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.zip$/);
    expect((await readFile(await csv.path())).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('opens the help overlay with "?" and closes it with Escape', async () => {
    await page.locator('.brand-title').click();
    await page.keyboard.press('?');
    const help = page.getByTestId('help-overlay');
    await help.waitFor();
    expect(await help.innerText()).toContain('Undo');
    await page.screenshot({ path: `${SHOTS}/workbench-5-help.png` });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
  });

  it('switches to the light style above a thousand nodes, and back', async () => {
    const timing = await page.evaluate(async () => {
      const { explorer, cy } = window.__kg!;
      const before = explorer.store.current;
      const nodes = new Map(before.nodes);
      const edges = new Map(before.edges);
      for (let i = 0; i < 1500; i++) {
        const id = `synthetic:${i}`;
        nodes.set(id, { node: { id, type: 'Person', name: `Synthetic ${i}`, aliases: [], degree: 1, pagerank: 0, community: i % 7 }, x: (i % 40) * 60, y: Math.floor(i / 40) * 60, hidden: false, pinned: false });
        if (i > 0) edges.set(`synthetic-edge:${i}`, { id: `synthetic-edge:${i}`, type: 'MET_WITH', source: `synthetic:${i - 1}`, target: id, properties: {}, confidence: 1, symmetric: true, evidenceCount: 1, validFrom: null, validTo: null });
      }
      const t0 = performance.now();
      explorer.store.commit('synthetic', { ...before, nodes, edges });
      // The commit returns after the first chunk; the rest follows over animation frames.
      const commitMs = performance.now() - t0;
      const partial = cy.nodes().length;
      // A newer state while the old one is still being drawn: the canvas ends up showing the newer one.
      explorer.store.commit('filter', { ...explorer.store.current, filters: { ...explorer.store.current.filters, hiddenRelationTypes: ['MET_WITH'] } });
      await explorer.graph.applied();
      const addMs = performance.now() - t0;
      const frames = explorer.graph.frames.lastRun;
      const light = cy.edges().first().style('curve-style');
      const shownMet = cy.edges('[type = "MET_WITH"]').filter((e) => e.style('display') !== 'none').length;
      return {
        commitMs, addMs, light, partial, shownMet, count: cy.nodes().length, edges: cy.edges().length, expected: nodes.size,
        frames: frames.length, worstChunk: Math.max(...frames.map((f) => f.ms)), undo: explorer.store.undoLabel,
      };
    });
    expect(timing.light).toBe('haystack');
    expect(timing.partial).toBeLessThan(timing.expected);
    expect(timing.count).toBe(timing.expected);
    expect(timing.edges).toBe(await page.evaluate(() => window.__kg!.explorer.store.current.edges.size));
    expect(timing.shownMet).toBe(0);
    expect(timing.frames).toBeGreaterThan(1);
    expect(timing.undo).toBe('filter');
    // Generous bounds for a slow, shared CI machine; bench/ui.ts measures the long tasks.
    expect(timing.commitMs).toBeLessThan(500);
    console.log(`[e2e] 1,500 nodes: commit returned in ${Math.round(timing.commitMs)} ms, drawn over ${timing.frames} frames in ${Math.round(timing.addMs)} ms (longest chunk ${Math.round(timing.worstChunk)} ms)`);
    await page.getByTestId('fit-button').click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/workbench-6-large.png` });
    await page.getByTestId('undo-button').click();
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.explorer.graph.isLight)).toBe(false);
    expect(await page.evaluate(() => window.__kg!.cy.nodes().length)).toBe(await page.evaluate(() => window.__kg!.explorer.store.current.nodes.size));
  }, 60_000);

  it('measures a large change\'s elements while applying it, so its reveal does not restyle them again', async () => {
    await page.mouse.move(0, 0);
    // The renderer's rendered-style pass, counted by phase: while chunks are applied, and while they are revealed.
    await page.evaluate(() => {
      const r = (window.__kg!.cy as unknown as { renderer(): { recalculateRenderedStyle(eles: { length: number }, useCache?: boolean): void } }).renderer();
      const own = r.recalculateRenderedStyle.bind(r);
      const counts = { applying: 0, revealing: 0 };
      (window as unknown as { __restyled: typeof counts }).__restyled = counts;
      r.recalculateRenderedStyle = (eles, useCache) => {
        const graph = window.__kg!.explorer.graph as unknown as { frames: { busy: boolean }; reveal: { busy: boolean } };
        if (graph.frames.busy) counts.applying += eles.length;
        else if (graph.reveal.busy) counts.revealing += eles.length;
        own(eles, useCache);
      };
    });
    await putGrid(page, { prefix: 'measured', count: 1200, columns: 30, spacing: 60 });
    const counts = await page.evaluate(() => (window as unknown as { __restyled: { applying: number; revealing: number } }).__restyled);
    // Some 2,400 elements: each restyled as it was applied; the reveal only redoes a few (the last chunk's).
    expect(counts.applying).toBeGreaterThan(2000);
    expect(counts.revealing).toBeLessThan(300);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "measured:"]').length)).toBe(0);
  }, 60_000);

  it('shows a large view a slice a frame, as the renderer itself would draw it, until the view moves', async () => {
    const result = await page.evaluate(async () => {
      const { explorer, cy } = window.__kg!;
      const before = explorer.store.current;
      const nodes = new Map(before.nodes);
      const edges = new Map(before.edges);
      for (let i = 0; i < 1200; i++) {
        const id = `slice:${i}`;
        nodes.set(id, { node: { id, type: i % 3 ? 'Person' : 'Organization', name: `Slice ${i}`, aliases: [], degree: 1, pagerank: 0, community: i % 5 }, x: (i % 30) * 50, y: Math.floor(i / 30) * 50, hidden: false, pinned: false });
        if (i > 0) edges.set(`slice-edge:${i}`, { id: `slice-edge:${i}`, type: 'MET_WITH', source: `slice:${i - 1}`, target: id, properties: {}, confidence: 1, symmetric: true, evidenceCount: 1, validFrom: null, validTo: null });
      }
      explorer.store.commit('slices', { ...before, nodes, edges });
      cy.zoom({ level: 0.4, renderedPosition: { x: 0, y: 0 } });
      cy.pan({ x: 20, y: 20 });
      await explorer.graph.applied();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const reveal = explorer.graph.reveal;
      return { served: reveal.serving, frames: reveal.lastRun.length };
    });
    const check = await keptVersusOwnDrawing(page);
    console.log(`[e2e] kept picture vs the renderer's own drawing: ${check.differ} of ${check.painted} painted pixels differ`);
    expect(result.served).toBe(true);
    expect(result.frames).toBeGreaterThan(1);
    expect(check.painted).toBeGreaterThan(check.total * 0.02);
    // Edges under nodes and every element at its place: the picture is the renderer's own drawing, pixel for pixel
    // (drawing edges over nodes instead changes a few dozen pixels of 200k, which fails this).
    expect(check.differ).toBeLessThan(check.painted * 0.0001);
    expect(await page.evaluate(() => window.__kg!.explorer.graph.reveal.serving)).toBe(false);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
  }, 60_000);

  it('names a hovered node in a tooltip on a large view, keeps a selection on the kept picture, and draws it again after a pan', async () => {
    const state = await page.evaluate(async () => {
      const { explorer } = window.__kg!;
      const before = explorer.store.current;
      const nodes = new Map(before.nodes);
      for (let i = 0; i < 1200; i++) {
        const id = `pan:${i}`;
        nodes.set(id, { node: { id, type: 'Person', name: `Pan ${i}`, aliases: [], degree: 1, pagerank: 0, community: 0 }, x: (i % 30) * 50, y: Math.floor(i / 30) * 50, hidden: false, pinned: false });
      }
      explorer.store.commit('pan test', { ...before, nodes });
      await explorer.graph.applied();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return explorer.graph.reveal.serving;
    });
    expect(state).toBe(true);
    // Hovering a node on a large view names it in a tooltip, without restyling (and so redrawing) the canvas.
    const target = await page.evaluate(() => window.__kg!.cy.nodes().filter((n) => n.id().startsWith('pan:') && n.renderedPosition().x > 100 && n.renderedPosition().x < window.__kg!.cy.width() - 200 && n.renderedPosition().y > 100 && n.renderedPosition().y < window.__kg!.cy.height() - 100).first().id());
    expect(target).toBeTruthy();
    const point = await nodePoint(page, target);
    await page.mouse.move(point.x, point.y);
    const tip = page.getByTestId('canvas-tip');
    await tip.waitFor();
    expect(await tip.innerText()).toContain(await page.evaluate((id) => String(window.__kg!.cy.getElementById(id).data('name')), target));
    expect(await page.evaluate(() => [window.__kg!.explorer.graph.reveal.serving, window.__kg!.explorer.graph.reveal.handedBackOn])).toEqual([true, undefined]);
    // A click selects the node (synthetic here, so the server has no details for it); the selection is drawn over
    // the kept picture, not by redrawing everything.
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((id) => window.__kg!.cy.getElementById(id).selected(), target);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => [window.__kg!.explorer.graph.reveal.serving, window.__kg!.explorer.graph.reveal.handedBackOn])).toEqual([true, undefined]);
    // A spot on the background (a drag there pans the view).
    const spot = await page.evaluate(() => {
      const { cy } = window.__kg!;
      const box = cy.container()!.getBoundingClientRect();
      const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
      for (let y = 40; y < cy.height() - 40; y += 7) {
        for (let x = 40; x < cy.width() - 140; x += 7) {
          if (!boxes.some((b) => x >= b.x1 - 6 && x <= b.x2 + 6 && y >= b.y1 - 6 && y <= b.y2 + 6)) return { x: box.left + x, y: box.top + y };
        }
      }
      return null;
    });
    expect(spot).not.toBeNull();
    const panBefore = await page.evaluate(() => window.__kg!.cy.pan());
    await page.mouse.move(spot!.x, spot!.y);
    await page.mouse.down();
    await page.mouse.move(spot!.x + 80, spot!.y + 40, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.__kg!.cy.pan())).not.toEqual(panBefore);
    expect(await tip.isHidden()).toBe(true);
    // After the pan the picture is drawn again at the new camera, a slice a frame; then it is what the renderer itself draws.
    const rebuilt = await page.evaluate(async () => {
      const { reveal } = window.__kg!.explorer.graph;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return reveal.rebuilding || reveal.serving;
    });
    const after = await keptVersusOwnDrawing(page);
    expect(rebuilt).toBe(true);
    expect(after.serving).toBe(true);
    expect(after.painted).toBeGreaterThan(1000);
    // The selected node is drawn once more on top of the picture (a few dozen pixels where it overlaps others).
    expect(after.differ).toBeLessThan(after.painted * 0.0005);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
  }, 60_000);

  it('redraws a large view\'s kept picture a slice a frame after a filter, as the renderer itself would draw it', async () => {
    await page.evaluate(async () => {
      const { explorer } = window.__kg!;
      const before = explorer.store.current;
      const nodes = new Map(before.nodes);
      const edges = new Map(before.edges);
      for (let i = 0; i < 1200; i++) {
        const id = `filter:${i}`;
        nodes.set(id, { node: { id, type: i % 2 ? 'Person' : 'Organization', name: `Filter ${i}`, aliases: [], degree: 1, pagerank: 0, community: 0 }, x: (i % 30) * 50, y: Math.floor(i / 30) * 50, hidden: false, pinned: false });
      }
      // Each node to the next in its row and in its column: past 3,000 elements, where the legend is counted when the page is idle.
      for (let i = 0; i < 1200; i++) {
        for (const j of [i + 1, i + 30]) {
          if (j >= 1200 || (j === i + 1 && j % 30 === 0)) continue;
          edges.set(`filter-edge:${i}-${j}`, { id: `filter-edge:${i}-${j}`, type: 'MET_WITH', source: `filter:${i}`, target: `filter:${j}`, properties: {}, confidence: 1, symmetric: true, evidenceCount: 1, validFrom: null, validTo: null });
        }
      }
      explorer.store.commit('filter test', { ...before, nodes, edges });
      await explorer.graph.applied();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    expect(await page.evaluate(() => window.__kg!.explorer.graph.reveal.serving)).toBe(true);
    const orgCount = () => page.getByTestId('legend-entity-Organization').locator('.type-count').innerText();
    // The 600 added and those on the canvas before.
    await expect.poll(async () => Number(await orgCount())).toBeGreaterThanOrEqual(600);
    const orgs = await orgCount();
    await page.getByTestId('filter-entity-Organization').uncheck();
    // Counted when the page is next idle (at the latest a few hundred ms on).
    await expect.poll(orgCount, { timeout: 3000 }).toBe(`0/${orgs}`);
    const { redrawn, orgsShown } = await page.evaluate(async () => {
      const { explorer, cy } = window.__kg!;
      await explorer.graph.applied();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return {
        redrawn: explorer.graph.reveal.handedBackOn ?? '',
        orgsShown: cy.nodes('[type = "Organization"]').filter((n) => n.style('display') !== 'none').length,
      };
    });
    // After the filter, z-sort.ts's drawing order and the list a pointer can hit are the ones Cytoscape's own sort
    // makes: no hidden node in the list, and no edge of one.
    const lists = await page.evaluate(() => {
      const { cy } = window.__kg!;
      type Sorted = Array<{ id(): string }> & { interactive: Array<{ id(): string }> };
      const r = (cy as unknown as { renderer(): { getCachedZSortedEles(): Sorted } }).renderer();
      const own = Object.getPrototypeOf(r).getCachedZSortedEles as (this: unknown, force: boolean) => Sorted;
      const mine = r.getCachedZSortedEles();
      const theirs = own.call({ cy, cachedZSortedEles: null, updateCachedGrabbedEles: () => {} }, true);
      const ids = (eles: Array<{ id(): string }>) => eles.map((e) => e.id());
      return { order: ids(mine).join() === ids(theirs).join(), interactive: ids(mine.interactive).join() === ids(theirs.interactive).join(), hittable: mine.interactive.length, all: mine.length };
    });
    expect(lists).toMatchObject({ order: true, interactive: true });
    expect(lists.hittable).toBeLessThan(lists.all / 2);
    const after = await keptVersusOwnDrawing(page);
    expect(orgsShown).toBe(0);
    expect(redrawn).toMatch(/^redrawn after/);
    expect(after.serving).toBe(true);
    expect(after.painted).toBeGreaterThan(1000);
    expect(after.differ).toBeLessThan(after.painted * 0.0001);
    // Undo the filter, then the large view.
    await page.getByTestId('undo-button').click();
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "filter:"]').length)).toBe(0);
  }, 60_000);

  it('expands a node of a large view: the neighbours show at once, the camera stays, and the picture ends as the renderer draws it', async () => {
    // The camera as it was, put back at the end: the tests after this one place their views by it.
    const start = await page.evaluate(() => {
      const { cy, explorer } = window.__kg!;
      explorer.actions.clear();
      explorer.actions.pageSize = 25;
      return { zoom: cy.zoom(), pan: cy.pan() };
    });
    const hu = await pickEntity(page, 'Hu Binchen');
    // Well away from Hu Binchen, enough nodes for the large view and its kept picture.
    await page.evaluate((id) => {
      // As a drag leaves it: on the canvas, then in the view's state.
      const { cy, explorer } = window.__kg!;
      cy.getElementById(id).position({ x: -4000, y: 0 });
      explorer.actions.moved(new Map([[id, { x: -4000, y: 0 }]]));
    }, hu);
    await putGrid(page, { prefix: 'expandgrid', count: 1100, columns: 40, spacing: 60 });
    // Hu Binchen in the middle, the view wide enough for his neighbours wherever the layout puts them.
    await page.evaluate(async (id) => {
      const { cy, explorer } = window.__kg!;
      cy.zoom(0.25);
      cy.center(cy.getElementById(id));
      await explorer.graph.shown();
    }, hu);
    expect(await page.evaluate(() => window.__kg!.explorer.graph.reveal.serving)).toBe(true);
    const camera = () => page.evaluate(() => ({ zoom: window.__kg!.cy.zoom(), pan: window.__kg!.cy.pan() }));
    const before = await camera();
    const count = (await allNodes(page)).length;
    // From the first frame that has them, frame by frame: is each new node in sight painted where it stands yet, and is
    // the picture still being drawn again? (A few are drawn each frame: a first draw can cost a millisecond.)
    const frames = page.evaluate(({ n, centre }) => new Promise<Array<{ rebuilding: boolean; painted: number; added: number }>>((resolve) => {
      const { cy, explorer } = window.__kg!;
      const r = (cy as unknown as { renderer(): { data: { contexts: CanvasRenderingContext2D[] }; NODE: number } }).renderer();
      const screen = r.data.contexts[r.NODE]!;
      const seen: Array<{ rebuilding: boolean; painted: number; added: number }> = [];
      const watch = () => requestAnimationFrame(() => setTimeout(() => {
        if (cy.nodes().length === n || explorer.graph.frames.busy) return watch();
        const inSight = (p: { x: number; y: number }) => p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
        const added = cy.nodes().filter((node) => !node.id().startsWith('expandgrid:') && node.id() !== centre && inSight(node.renderedPosition()));
        const ratio = screen.canvas.width / cy.width();
        let painted = 0;
        added.forEach((node) => {
          const p = node.renderedPosition();
          if (screen.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data[3]! > 0) painted++;
        });
        seen.push({ rebuilding: explorer.graph.reveal.rebuilding, painted, added: added.length });
        if (seen.length < 30 && (painted < added.length || added.length === 0)) watch();
        else resolve(seen);
      }, 0));
      watch();
    }), { n: count, centre: hu });
    const at = await nodePoint(page, hu);
    await page.mouse.dblclick(at.x, at.y);
    const seen = await frames;
    const last = seen[seen.length - 1]!;
    expect(last.added).toBeGreaterThan(3);
    // All painted within a few frames, while the view itself was still being drawn again between frames.
    expect(last.painted).toBe(last.added);
    expect(seen.length).toBeLessThan(8);
    expect(last.rebuilding, JSON.stringify(seen)).toBe(true);
    await page.waitForFunction(() => window.__kg!.explorer.actions.expanding.size === 0);
    await page.evaluate(() => window.__kg!.explorer.graph.shown());
    expect((await allNodes(page)).length).toBeGreaterThan(count + 3);
    // The neighbours were in sight: the view was not fitted to the whole canvas.
    expect(await camera()).toEqual(before);
    const after = await keptVersusOwnDrawing(page);
    expect(after.serving).toBe(true);
    expect(after.painted).toBeGreaterThan(300);
    expect(after.differ).toBeLessThan(after.painted * 0.0001);
    await page.evaluate(async (camera) => {
      const { cy, explorer } = window.__kg!;
      explorer.actions.clear();
      await explorer.graph.applied();
      cy.viewport(camera);
    }, start);
  }, 60_000);

  it('pans a mid-sized view in its full style on a moved snapshot, then draws it again as the renderer itself would', async () => {
    // Off the canvas: a hover would restyle a node (a change to the view).
    await page.mouse.move(0, 0);
    await putGrid(page, { prefix: 'mid', count: 600, columns: 25, spacing: 90, orgEvery: 3, zoomOne: true });
    expect(await page.evaluate(() => [window.__kg!.explorer.graph.isLight, window.__kg!.explorer.graph.reveal.serving])).toEqual([false, true]);
    // Between two rows of nodes: background, so a drag pans.
    const spot = await page.evaluate(() => {
      const { cy } = window.__kg!;
      const r = cy.container()!.getBoundingClientRect();
      const p = cy.getElementById('mid:52').renderedPosition();
      return { x: r.left + p.x + 45 * cy.zoom(), y: r.top + p.y + 45 * cy.zoom() };
    });
    const panBefore = await page.evaluate(() => window.__kg!.cy.pan());
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.down();
    await page.mouse.move(spot.x - 120, spot.y - 80, { steps: 6 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.__kg!.cy.pan())).not.toEqual(panBefore);
    const after = await keptVersusOwnDrawing(page);
    expect(after.serving).toBe(true);
    expect(after.painted).toBeGreaterThan(5000);
    // Labels, arrows and all: the slices drawn one element at a time match the renderer's layered drawing.
    expect(after.differ).toBeLessThan(after.painted * 0.0001);
    console.log(`[e2e] mid-sized view after a pan: ${after.differ} of ${after.painted} painted pixels differ`);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "mid:"]').length)).toBe(0);
  }, 60_000);

  it('drags a node of a mid-sized view in its full style: its edges leave their old place while dragged, and are drawn where it lands', async () => {
    await page.mouse.move(0, 0);
    await putGrid(page, { prefix: 'full', count: 600, columns: 25, spacing: 90, zoomOne: true });
    expect(await page.evaluate(() => [window.__kg!.explorer.graph.isLight, window.__kg!.explorer.graph.reveal.serving])).toEqual([false, true]);
    // The node nearest the middle of the canvas that has a next node in its row.
    const target = await page.evaluate(() => {
      const { cy } = window.__kg!;
      const mid = { x: cy.width() / 2, y: cy.height() / 2 };
      const far = (n: { renderedPosition(): { x: number; y: number } }) => Math.hypot(n.renderedPosition().x - mid.x, n.renderedPosition().y - mid.y);
      return cy.nodes('[id ^= "full:"]').filter((n) => Number(n.id().slice(5)) % 25 < 24).toArray().sort((a, b) => far(a as NodeSingular) - far(b as NodeSingular))[0]!.id();
    });
    const from = await nodePoint(page, target);
    // Halfway along its edge to the next node of the row: nothing else is drawn there.
    const onEdge = await page.evaluate((f) => ({ x: f.x + 45 * window.__kg!.cy.zoom(), y: f.y }), from);
    const to = await page.evaluate((f) => ({ x: f.x + 30 * window.__kg!.cy.zoom(), y: f.y + 45 * window.__kg!.cy.zoom() }), from);
    expect(await mainLayerAlpha(page, onEdge)).toBeGreaterThan(0);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    // The edge is cleared from the kept picture a piece a frame: within a few frames its old line is gone
    // from the picture (the renderer draws it, moved, on its drag layer).
    const cleared = await page.evaluate(async () => {
      for (let i = 0; i < 30; i++) await new Promise((r) => requestAnimationFrame(r));
      return [window.__kg!.explorer.graph.reveal.serving, window.__kg!.explorer.graph.reveal.handedBackOn ?? null];
    });
    // Still the kept picture (the hover before the press may have had it drawn again), not handed back for the drag.
    expect(cleared[0]).toBe(true);
    expect(cleared[1] ?? 'kept').not.toMatch(/drag|position|camera/);
    expect(await mainLayerAlpha(page, onEdge)).toBe(0);
    expect(await mainLayerAlpha(page, from)).toBe(0);
    await page.mouse.up();
    const after = await keptVersusOwnDrawing(page);
    expect(after.serving).toBe(true);
    expect(await page.evaluate(() => window.__kg!.explorer.graph.reveal.handedBackOn)).toBe('redrawn after a drag');
    expect(after.painted).toBeGreaterThan(5000);
    expect(after.differ).toBeLessThan(after.painted * 0.0001);
    const place = await nodePoint(page, target);
    expect(Math.abs(place.x - to.x)).toBeLessThan(2);
    await page.getByTestId('undo-button').click();
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "full:"]').length)).toBe(0);
  }, 60_000);

  it('drags a node of a large view on the kept picture: gone from its old place while dragged, drawn where dropped', async () => {
    // Off the canvas: a hover would restyle a node (a change to the view).
    await page.mouse.move(0, 0);
    await putGrid(page, { prefix: 'drag', count: 1200, columns: 30, spacing: 60 });
    expect(await page.evaluate(() => window.__kg!.explorer.graph.reveal.serving)).toBe(true);
    const target = await page.evaluate(() => {
      const { cy } = window.__kg!;
      return cy.nodes().filter((n) => n.id().startsWith('drag:') && n.renderedPosition().x > 200 && n.renderedPosition().x < cy.width() - 300
        && n.renderedPosition().y > 150 && n.renderedPosition().y < cy.height() - 150).first().id();
    });
    expect(target).toBeTruthy();
    const from = await nodePoint(page, target);
    // To the middle of a cell of the grid, where no other node is.
    const half = await page.evaluate(() => 30 * window.__kg!.cy.zoom());
    const to = { x: from.x + half, y: from.y + half };
    expect(await mainLayerAlpha(page, from)).toBeGreaterThan(0);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // While dragged, the node is drawn on the renderer's drag layer; the kept picture no longer shows it where it was.
    const during = await page.evaluate(() => [window.__kg!.explorer.graph.reveal.serving, window.__kg!.explorer.graph.reveal.handedBackOn ?? null]);
    expect(during).toEqual([true, null]);
    expect(await mainLayerAlpha(page, from)).toBe(0);
    await page.mouse.up();
    // The frame after the drop: the node is drawn into the picture where it landed (its edges follow in the redrawn picture).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    expect(await mainLayerAlpha(page, to)).toBeGreaterThan(0);
    // The drop is an undo step of its own, and the view state holds the node where it was dropped.
    const stored = await page.evaluate((id) => {
      const { explorer, cy } = window.__kg!;
      const n = explorer.store.current.nodes.get(id)!;
      const p = cy.getElementById(id).position();
      return [Math.round(n.x - p.x), Math.round(n.y - p.y), explorer.store.undoLabel];
    }, target);
    expect(stored).toEqual([0, 0, 'move']);
    const after = await keptVersusOwnDrawing(page);
    expect(after.serving).toBe(true);
    expect(await page.evaluate(() => window.__kg!.explorer.graph.reveal.handedBackOn)).toBe('redrawn after a drag');
    expect(after.painted).toBeGreaterThan(1000);
    expect(after.differ).toBeLessThan(after.painted * 0.0001);
    const place = await nodePoint(page, target);
    expect(Math.abs(place.x - to.x)).toBeLessThan(2);
    expect(Math.abs(place.y - to.y)).toBeLessThan(2);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    const back = await nodePoint(page, target);
    expect(Math.abs(back.x - from.x)).toBeLessThan(2);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "drag:"]').length)).toBe(0);
  }, 60_000);

  it('drags a node of a large view off another: the one it covered is drawn again where they overlapped', async () => {
    await page.mouse.move(0, 0);
    await putGrid(page, { prefix: 'lap', count: 1200, columns: 30, spacing: 60 });
    // T, well inside the canvas, and U, the node above it: not linked to T, so not on the drag layer with it.
    const [target, under] = await page.evaluate(() => {
      const { cy } = window.__kg!;
      const t = cy.nodes().filter((n) => n.id().startsWith('lap:') && Number(n.id().slice(4)) >= 30 && n.renderedPosition().x > 250
        && n.renderedPosition().x < cy.width() - 300 && n.renderedPosition().y > 150 && n.renderedPosition().y < cy.height() - 200).first().id();
      return [t, `lap:${Number(t.slice(4)) - 30}`];
    });
    const zoom = await page.evaluate(() => window.__kg!.cy.zoom());
    const width = await page.evaluate((t) => window.__kg!.cy.getElementById(t).width(), target);
    // A person drags T onto U, 15 units right of U's centre.
    const start = await nodePoint(page, target);
    const u = await nodePoint(page, under);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(u.x + 15 * zoom, u.y, { steps: 6 });
    await page.mouse.up();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    // The picture drawn again with T over U, and the pointer's grid built with them where they are
    // (the pointer off the canvas: a hover would restyle a node, a change to the picture).
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => {
      const { explorer } = window.__kg!;
      return !!explorer.graph.culling?.within({ x1: 0, y1: 0, x2: 0, y2: 0 }) && explorer.graph.reveal.serving && !explorer.graph.reveal.rebuilding;
    }, undefined, { timeout: 20_000 });
    const from = await nodePoint(page, target);
    // Where both are (U's centre is 15 units left of T's), and where only T is.
    const both = { x: from.x - 8 * zoom, y: from.y };
    const onlyT = { x: from.x + (width / 2 - 4) * zoom, y: from.y };
    expect(await mainLayerAlpha(page, both)).toBeGreaterThan(0);
    expect(await mainLayerAlpha(page, onlyT)).toBeGreaterThan(0);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 2.5 * 60 * zoom, from.y + 2.5 * 60 * zoom, { steps: 6 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => window.__kg!.explorer.graph.reveal.serving)).toBe(true);
    // T has left the picture; U, which it covered, is drawn again there.
    expect(await mainLayerAlpha(page, onlyT)).toBe(0);
    expect(await mainLayerAlpha(page, both)).toBeGreaterThan(0);
    await page.mouse.up();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('undo-button').click();
      await page.evaluate(() => window.__kg!.explorer.graph.applied());
    }
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "lap:"]').length)).toBe(0);
  }, 60_000);

  it('clicks a node of a large view where it was dragged to, once the pointer finds nodes from a grid', async () => {
    await page.mouse.move(0, 0);
    await putGrid(page, { prefix: 'hit', count: 1200, columns: 30, spacing: 60 });
    const target = await page.evaluate(() => {
      const { cy } = window.__kg!;
      return cy.nodes().filter((n) => n.id().startsWith('hit:') && n.renderedPosition().x > 200 && n.renderedPosition().x < cy.width() - 300
        && n.renderedPosition().y > 150 && n.renderedPosition().y < cy.height() - 150).first().id();
    });
    const from = await nodePoint(page, target);
    // Several cells of the hit test's grid away, to the middle of a square of the node grid, where no other node is.
    const step = await page.evaluate(() => 60 * window.__kg!.cy.zoom());
    const to = { x: from.x + 3.5 * step, y: from.y + 2.5 * step };
    // The grid is built while the page is idle after the first pointer move over the view.
    let indexed = false;
    for (let i = 0; i < 50 && !indexed; i++) {
      await page.mouse.move(to.x, to.y - i % 2);
      indexed = await page.evaluate(() => window.__kg!.explorer.graph.culling?.lastHitTest().indexed ?? false);
      if (!indexed) await page.waitForTimeout(100);
    }
    expect(indexed).toBe(true);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    // The release freed every element it had put on the drag layer (grab-lists.ts goes over those only).
    expect(await page.evaluate(() => window.__kg!.cy.elements().filter((e) => {
      const p = (e as unknown as { _private: { grabbed?: boolean; rscratch: { inDragLayer?: boolean } } })._private;
      return !!p.grabbed || !!p.rscratch.inDragLayer;
    }).length)).toBe(0);
    // Where it landed, a click selects it; where it was, a click finds no node.
    await page.mouse.click(to.x, to.y);
    expect(await page.evaluate(() => window.__kg!.cy.$(':selected').map((e) => e.id()))).toEqual([target]);
    expect(await page.evaluate(() => window.__kg!.explorer.graph.culling?.lastHitTest())).toMatchObject({ indexed: true });
    // Moved and asked at once, with no idle time between to build the grid again: found where it is now.
    const found = await page.evaluate((id) => {
      const { cy } = window.__kg!;
      const r = (cy as unknown as { renderer(): { findNearestElements(x: number, y: number, i: boolean, t: boolean): Array<{ id(): string }> } }).renderer();
      const node = cy.getElementById(id);
      // Seven and two squares on: the middle of a square again, away from every other node.
      const p = { x: node.position().x + 420, y: node.position().y + 120 };
      node.position(p);
      // The renderer's pick: the node first (an edge may pass under it).
      const there = r.findNearestElements(p.x, p.y, true, false).map((e) => e.id())[0];
      const grid = window.__kg!.explorer.graph.culling?.lastHitTest().indexed;
      node.position({ x: p.x - 420, y: p.y - 120 });
      return { there, grid };
    }, target);
    expect(found).toEqual({ there: target, grid: true });
    // (An edge to its new place may pass close enough to be picked there; the node may not.)
    await page.mouse.click(from.x, from.y);
    await page.waitForFunction((id) => !window.__kg!.cy.getElementById(id).selected(), target);
    expect(await page.evaluate(() => window.__kg!.cy.$('node:selected').length)).toBe(0);
    // After all these hit tests the renderer still sorts with z-sort.ts (its lists say whether their pointer list is ready).
    expect(await page.evaluate(() => {
      const r = (window.__kg!.cy as unknown as { renderer(): { invalidateCachedZSortedEles(): void; getCachedZSortedEles(): object } }).renderer();
      r.invalidateCachedZSortedEles();
      return 'interactiveIfReady' in r.getCachedZSortedEles();
    })).toBe(true);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "hit:"]').length)).toBe(0);
  }, 60_000);

  it('finds what the renderer\'s own hit test finds on a mid-sized view in its full style, arrows and all, from the grid', async () => {
    await page.mouse.move(0, 0);
    await putGrid(page, { prefix: 'arrow', count: 600, columns: 25, spacing: 90, zoomOne: true });
    // Long diagonal arrowed edges across the grid: the hit test takes them as their lines, as wide as their arrows.
    await page.evaluate(async () => {
      const { explorer } = window.__kg!;
      const before = explorer.store.current;
      const edges = new Map(before.edges);
      for (let i = 0; i + 3 * 25 + 4 < 600; i += 43) {
        const id = `arrow-diagonal:${i}`;
        edges.set(id, { id, type: 'PART_OF', source: `arrow:${i}`, target: `arrow:${i + 3 * 25 + 4}`, properties: {}, confidence: 1, symmetric: false, evidenceCount: 1, validFrom: null, validTo: null });
      }
      explorer.store.commit('arrowed diagonals', { ...before, edges });
      await explorer.graph.applied();
    });
    expect(await page.evaluate(() => window.__kg!.explorer.graph.isLight)).toBe(false);
    // Half of them highlighted, as a chosen path's edges are: wider, with larger arrows.
    await page.evaluate(() => { window.__kg!.cy.edges('[id ^= "arrow-diagonal:"]').filter((_e, i) => i % 2 === 0).addClass('highlight'); });
    // The restyle sorts the elements again in the next frame; the grid of the new list is built when the page
    // is idle after it (its answer for a box says it is there).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForFunction(() => window.__kg!.explorer.graph.culling?.within({ x1: 0, y1: 0, x2: 1, y2: 1 }) !== undefined, undefined, { timeout: 20_000 });
    const compared = await page.evaluate(() => {
      const { cy } = window.__kg!;
      type Found = Array<{ id(): string }>;
      const r = (cy as unknown as { renderer(): { findNearestElements(x: number, y: number, i: boolean, t: boolean): Found } }).renderer();
      // Cytoscape's own search over every element: the renderer's prototype method, not the one installed on it.
      const own = Object.getPrototypeOf(r).findNearestElements as (this: unknown, x: number, y: number, i: boolean, t: boolean) => Found;
      const ids = (found: Found) => found.map((e) => e.id()).join(' ');
      const points: Array<{ x: number; y: number }> = [];
      cy.edges('[id ^= "arrow-diagonal:"]').forEach((edge) => {
        const s = edge.source().position();
        const t = edge.target().position();
        const length = Math.hypot(t.x - s.x, t.y - s.y);
        const [ux, uy] = [(t.x - s.x) / length, (t.y - s.y) / length];
        // Along the line and beside it, up to past the arrow's wing, at the arrow (by the target) and on the way.
        for (const along of [0.3, 0.5, length - 55, length - 45, length - 40, length - 35, length - 30, length - 25]) {
          for (let side = 0; side <= 39; side += 3) {
            const at = along < 1 ? along * length : along;
            points.push({ x: s.x + ux * at - uy * side, y: s.y + uy * at + ux * side });
          }
        }
      });
      let differ = 0;
      let found = 0;
      for (const p of points) {
        const mine = ids(r.findNearestElements(p.x, p.y, true, false));
        const theirs = ids(own.call(r, p.x, p.y, true, false));
        if (mine !== theirs) differ++;
        if (theirs) found++;
      }
      return { points: points.length, found, differ, last: window.__kg!.explorer.graph.culling?.lastHitTest() };
    });
    expect(compared.last).toMatchObject({ indexed: true });
    // Most points hit something (an edge or its arrow), and every answer is the renderer's own.
    expect(compared.found).toBeGreaterThan(compared.points / 2);
    expect(compared.differ).toBe(0);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "arrow:"]').length)).toBe(0);
  }, 60_000);

  it('keeps the pointer\'s grid when a hovered edge of a mid-sized view is raised and labelled, and still finds what the renderer finds', async () => {
    await page.mouse.move(0, 0);
    await putGrid(page, { prefix: 'hover', count: 600, columns: 25, spacing: 120, zoomOne: true });
    expect(await page.evaluate(() => window.__kg!.explorer.graph.isLight)).toBe(false);
    await page.waitForFunction(() => window.__kg!.explorer.graph.culling?.within({ x1: 0, y1: 0, x2: 1, y2: 1 }) !== undefined, undefined, { timeout: 20_000 });
    // An edge well inside the canvas, its middle clear of nodes.
    const target = await page.evaluate(() => {
      const { cy } = window.__kg!;
      const box = cy.container()!.getBoundingClientRect();
      const edge = cy.edges('[id ^= "hover-edge:"]').filter((e) => {
        const m = (e as unknown as EdgeSingular).renderedMidpoint();
        return e.source().position().y === e.target().position().y && m.x > 250 && m.x < box.width - 250 && m.y > 150 && m.y < box.height - 150;
      }).first() as unknown as EdgeSingular;
      const m = edge.renderedMidpoint();
      return { id: edge.id(), x: box.left + m.x, y: box.top + m.y };
    });
    await page.mouse.move(target.x, target.y);
    await page.waitForFunction((id) => window.__kg!.cy.getElementById(id).hasClass('hover'), target.id);
    const compared = await page.evaluate(async (id) => {
      const { cy } = window.__kg!;
      // The frame that draws the hover sorts the elements again (the edge is raised above the others).
      await new Promise((r) => requestAnimationFrame(r));
      type Found = Array<{ id(): string }>;
      const r = (cy as unknown as { renderer(): { findNearestElements(x: number, y: number, i: boolean, t: boolean): Found } }).renderer();
      const own = Object.getPrototypeOf(r).findNearestElements as (this: unknown, x: number, y: number, i: boolean, t: boolean) => Found;
      const ids = (found: Found) => found.map((e) => e.id()).join(' ');
      const edge = cy.getElementById(id) as unknown as EdgeSingular & { pstyle(name: string): { value: unknown; strValue?: string } };
      const [s, t] = [edge.source().position(), edge.target().position()];
      let differ = 0;
      let found = 0;
      let points = 0;
      for (let dx = -150; dx <= 270; dx += 10) {
        for (let dy = -30; dy <= 30; dy += 5) {
          const [x, y] = [s.x + dx, s.y + dy];
          const mine = ids(r.findNearestElements(x, y, true, false));
          const theirs = ids(own.call(r, x, y, true, false));
          points++;
          if (mine !== theirs) differ++;
          if (theirs) found++;
        }
      }
      return { points, found, differ, raised: edge.pstyle('z-index').value, label: edge.pstyle('label').strValue, middle: (s.x + t.x) / 2, last: window.__kg!.explorer.graph.culling?.lastHitTest() };
    }, target.id);
    expect(compared.raised).toBe(10);
    expect(compared.label).toBe('met with');
    // Still answered from the grid, the same as the renderer's own search.
    expect(compared.last).toMatchObject({ indexed: true });
    expect(compared.found).toBeGreaterThan(compared.points / 4);
    expect(compared.differ).toBe(0);
    await page.mouse.move(0, 0);
    await page.getByTestId('undo-button').click();
    await page.evaluate(() => window.__kg!.explorer.graph.applied());
    expect(await page.evaluate(() => window.__kg!.cy.nodes('[id ^= "hover:"]').length)).toBe(0);
  }, 60_000);

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
