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
