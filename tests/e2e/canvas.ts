// Helpers for the browser tests that act on the canvas as a person would:
// search and pick, open a node's menu, read what the canvas shows.
import type { Page } from 'playwright-core';
import { nodePoint, waitForStillGraph } from './browser.js';

/** Searches for `name`, picks the first suggestion and returns the node's id. */
export async function pickEntity(page: Page, name: string): Promise<string> {
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill('');
  await search.pressSequentially(name, { delay: 15 });
  const option = page.getByRole('option', { name: new RegExp(name) }).first();
  await option.waitFor();
  await option.click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
  const id = await page.evaluate((n) => window.__kg!.cy.nodes().filter((x) => x.data('name') === n).map((x) => x.id())[0], name);
  if (!id) throw new Error(`${name} is not on the canvas`);
  await waitForStillGraph(page);
  return id;
}

/** Right-clicks a node and waits for its menu. */
export async function openMenu(page: Page, id: string): Promise<void> {
  const at = await nodePoint(page, id);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await page.getByTestId('context-menu').waitFor();
}

/**
 * Ids of the nodes drawn now (not hidden, not filtered out). Read from the
 * computed display style: ele.visible() is cached until the next frame.
 */
export function shownNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__kg!.cy.nodes().filter((n) => n.style('display') !== 'none').map((n) => n.id()).sort());
}

export function shownEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__kg!.cy.edges().filter((e) => e.style('display') !== 'none'
    && e.source().style('display') !== 'none' && e.target().style('display') !== 'none').map((e) => e.id()).sort());
}

export function allNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__kg!.cy.nodes().map((n) => n.id()).sort());
}

/** Waits until the canvas holds `count` nodes and has stopped moving. */
export async function waitForNodeCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => window.__kg!.cy.nodes().length === n, count);
  await waitForStillGraph(page);
}

/** Every node's place, rounded, for comparing views. */
export function placesOf(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => Object.fromEntries(window.__kg!.cy.nodes().map((n) => [n.id(), [Math.round(n.position().x), Math.round(n.position().y)]])));
}

export interface PictureCheck {
  /** Whether the kept picture was on screen when compared. */
  serving: boolean;
  /** Pixels the renderer's own drawing paints, and how many of them the kept picture shows differently. */
  painted: number;
  differ: number;
  /** All pixels of the canvas. */
  total: number;
}

/**
 * Waits for a redraw of the kept picture (under way or about to start), then compares the screen
 * with the renderer's own drawing of the same view (the picture is dropped for it).
 */
export function keptVersusOwnDrawing(page: Page): Promise<PictureCheck> {
  return page.evaluate(async () => {
    const { explorer, cy } = window.__kg!;
    const reveal = explorer.graph.reveal;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The frame after a gesture ends starts the redraw: wait for it, then for the redraw to finish.
    await frame();
    for (let i = 0; i < 200 && reveal.rebuilding; i++) await frame();
    const renderer = (cy as unknown as { renderer(): { data: { contexts: CanvasRenderingContext2D[] }; NODE: number; redrawHint(g: string, on: boolean): void; redraw(): void } }).renderer();
    const screen = renderer.data.contexts[renderer.NODE]!;
    const pixels = () => screen.getImageData(0, 0, screen.canvas.width, screen.canvas.height).data;
    const kept = pixels();
    const serving = reveal.serving;
    reveal.flush();
    renderer.redrawHint('eles', true);
    renderer.redraw();
    await frame();
    const own = pixels();
    let painted = 0;
    let differ = 0;
    for (let i = 0; i < own.length; i += 4) {
      if (own[i + 3]! > 0) painted++;
      // Colour as it shows (premultiplied by alpha): a fringe pixel of alpha 1/255 shows nothing, whatever its colour.
      const a = own[i + 3]! / 255;
      const b = kept[i + 3]! / 255;
      if (Math.abs(own[i + 3]! - kept[i + 3]!) > 48 || [0, 1, 2].some((c) => Math.abs(own[i + c]! * a - kept[i + c]! * b) > 48)) differ++;
    }
    return { serving, painted, differ, total: own.length / 4 };
  });
}

export interface Grid {
  /** Node ids are `${prefix}:${i}`, edges `${prefix}-edge:${i}` from node i − 1 to node i. */
  prefix: string;
  count: number;
  columns: number;
  /** Model units between neighbours. */
  spacing: number;
  /** Every `orgEvery`-th node (from the first) is an Organization, the rest are Persons; 0: all Persons. */
  orgEvery?: number;
  /** At zoom 1, the model origin at the canvas's top left (the full style's labels and arrows at their size). */
  zoomOne?: boolean;
}

/** Commits a grid of nodes, each linked to the one before, as one undo step, and waits until the canvas shows it. */
export function putGrid(page: Page, grid: Grid): Promise<void> {
  return page.evaluate(async ({ prefix, count, columns, spacing, orgEvery = 0, zoomOne = false }) => {
    const { explorer, cy } = window.__kg!;
    const before = explorer.store.current;
    const nodes = new Map(before.nodes);
    const edges = new Map(before.edges);
    for (let i = 0; i < count; i++) {
      const id = `${prefix}:${i}`;
      const type = orgEvery > 0 && i % orgEvery === 0 ? 'Organization' : 'Person';
      nodes.set(id, { node: { id, type, name: `${prefix} ${i}`, aliases: [], degree: 1, pagerank: 0, community: 0 }, x: (i % columns) * spacing, y: Math.floor(i / columns) * spacing, hidden: false, pinned: false });
      if (i > 0) edges.set(`${prefix}-edge:${i}`, { id: `${prefix}-edge:${i}`, type: 'MET_WITH', source: `${prefix}:${i - 1}`, target: id, properties: {}, confidence: 1, symmetric: true, evidenceCount: 1, validFrom: null, validTo: null });
    }
    explorer.store.commit(`${prefix} grid`, { ...before, nodes, edges });
    await explorer.graph.applied();
    if (zoomOne) cy.zoom({ level: 1, renderedPosition: { x: 0, y: 0 } });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, grid);
}

/** Alpha of the canvas layer the kept picture is shown on, at a point of the page. */
export function mainLayerAlpha(page: Page, at: { x: number; y: number }): Promise<number> {
  return page.evaluate((p) => {
    const { cy } = window.__kg!;
    const r = (cy as unknown as { renderer(): { data: { contexts: CanvasRenderingContext2D[] }; NODE: number } }).renderer();
    const screen = r.data.contexts[r.NODE]!;
    const box = cy.container()!.getBoundingClientRect();
    const ratio = screen.canvas.width / box.width;
    return screen.getImageData(Math.round((p.x - box.left) * ratio), Math.round((p.y - box.top) * ratio), 1, 1).data[3]!;
  }, at);
}
