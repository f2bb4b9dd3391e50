// What a person does to a large view, for the interaction benchmarks: click a node, pan (drag the
// background), drag a node, hide an entity type from the legend (and show it again), pick the grid layout
// (and undo it), double-click a node to expand it (its neighbours' page answered by the bench: 25 new
// nodes, the explorer's page size), add 50 neighbours to a node as a path or query graph is added, hide, remove or pin a node, size by
// PageRank, colour by community, fit; or nothing at all ('idle'), which gives the frame gaps the page shows
// with no input, against which the others are read.
import type { Page } from 'playwright-core';
import { nodePoint, type Point } from '../tests/e2e/browser.js';

export const ACTIONS = ['click', 'pan', 'drag', 'filter', 'show', 'layout', 'undo-layout', 'expand', 'add', 'hide', 'remove', 'pin', 'size', 'colour', 'fit', 'idle'] as const;
export type Action = (typeof ACTIONS)[number];

export function actionFromEnv(): Action {
  return toAction(process.env.BENCH_ACTION ?? 'click');
}

export function toAction(name: string): Action {
  if ((ACTIONS as readonly string[]).includes(name)) return name as Action;
  throw new Error(`an action must be one of ${ACTIONS.join(', ')}, not ${name}`);
}

/** A node drawn well inside the canvas (not under the legend or the panels). */
export async function nodeInView(page: Page): Promise<{ id: string; at: Point }> {
  const id = await page.evaluate(() => window.__kg!.cy.nodes().filter((node) => {
    const p = node.renderedPosition();
    return p.x > 200 && p.x < 600 && p.y > 200 && p.y < 500;
  }).first().id());
  return { id, at: await nodePoint(page, id) };
}

/** A spot of background near the middle of the canvas: a drag there pans. */
function backgroundSpot(page: Page): Promise<Point> {
  return page.evaluate(() => {
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
}

function setHiddenTypes(page: Page, types: string[]): Promise<void> {
  return page.evaluate((hiddenEntityTypes) => {
    const { explorer } = window.__kg!;
    const state = explorer.store.current;
    explorer.store.commit('entity types shown', { ...state, filters: { ...state.filters, hiddenEntityTypes } });
  }, types);
}

/** Waits until the screen shows the view's last state: nothing revealed or redrawn, no chunk applying, the camera still 5 frames. */
export function settled(page: Page, timeoutMs = 30_000): Promise<void> {
  return page.evaluate(async (limit) => {
    const graph = window.__kg!.explorer.graph;
    const t0 = performance.now();
    let still = 0;
    let camera = '';
    while (still < 5 && performance.now() - t0 < limit) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = JSON.stringify([graph.cy.zoom(), graph.cy.pan()]);
      still = graph.reveal.rebuilding || graph.reveal.busy || graph.frames.busy || now !== camera || graph.cy.animated() ? 0 : still + 1;
      camera = now;
    }
  }, timeoutMs);
}

function commitDisplay(page: Page, change: Record<string, string>): Promise<void> {
  return page.evaluate((c) => window.__kg!.explorer.actions.display(c), change);
}

async function pickGrid(page: Page): Promise<void> {
  await page.getByTestId('layout-select').selectOption('grid');
  await page.waitForFunction(() => document.querySelector('#undo-button')?.getAttribute('title')?.includes('lay out'), undefined, { timeout: 60_000 });
}

async function dragFrom(page: Page, from: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 120, from.y + 60, { steps: 8 });
  await page.mouse.up();
}

/**
 * Finds where `action` will take place (a node in view, a spot of background: at 5k nodes the search
 * measures every node, a task of ~25 ms of the bench's own) and returns the action itself, so that a
 * measurement can start after the search and before the action.
 */
export async function plan(page: Page, action: Action): Promise<() => Promise<void>> {
  if (action === 'idle') return async () => {};
  if (action === 'filter') {
    // What the legend's entity-type checkbox does: hide one type (a fifth of the nodes and their edges).
    return () => setHiddenTypes(page, ['Organization']);
  }
  if (action === 'show') {
    // The filter undone: organizations hidden first (not measured), then shown again.
    await setHiddenTypes(page, ['Organization']);
    await page.waitForFunction(() => !window.__kg!.explorer.graph.frames.busy);
    await page.waitForTimeout(500);
    return () => setHiddenTypes(page, []);
  }
  // Done when the layout's undo step is there (the nodes moved, the fit started).
  if (action === 'layout') return () => pickGrid(page);
  if (action === 'undo-layout') {
    // The grid layout first (not measured), then its undo: every node back to where it stood.
    await pickGrid(page);
    await settled(page);
    await page.waitForTimeout(500);
    return () => page.evaluate(() => { window.__kg!.explorer.store.undo(); });
  }
  if (action === 'size') return () => commitDisplay(page, { sizeBy: 'pagerank' });
  if (action === 'colour') return () => commitDisplay(page, { colorBy: 'community' });
  if (action === 'fit') return () => page.evaluate(() => window.__kg!.explorer.graph.fit());
  if (action === 'pan') {
    const spot = await backgroundSpot(page);
    return () => dragFrom(page, spot);
  }
  const { id, at } = await nodeInView(page);
  if (action === 'expand') {
    // The page asks the server for a page of neighbours; the synthetic view is not in its store, so the bench answers.
    await page.route('**/api/nodes/*/neighbors*', (route) => {
      // The node under the pointer, which may not be the one picked (another drawn over it).
      const id = decodeURIComponent(new URL(route.request().url()).pathname.split('/')[3]!);
      const node = (n: number) => ({ id: `bench-new:${n}`, type: n % 3 ? 'Person' : 'Organization', name: `New neighbour ${n}`, aliases: [], degree: 1, pagerank: 0, community: 0 });
      const nodes = Array.from({ length: 25 }, (_, n) => node(n));
      const edges = nodes.map((n, i) => ({ id: `bench-new-edge:${i}`, type: 'MET_WITH', source: id, target: n.id, properties: {}, confidence: 0.9, symmetric: true, evidenceCount: 1, validFrom: null, validTo: null }));
      const center = { id, type: 'Person', name: id, aliases: [], degree: 25, pagerank: 0, community: 0 };
      void route.fulfill({ json: { center, nodes, edges, hidden: {}, total: 25, nextCursor: null } });
    });
    // Done when the expansion has been laid out and fitted (the page's busy indicator is gone).
    return async () => {
      // As a person double-clicks: each press held a moment (without it both clicks arrive in one task).
      await page.mouse.dblclick(at.x, at.y, { delay: 60 });
      await page.waitForFunction(() => window.__kg!.explorer.store.current.expansions.size > 0 && window.__kg!.explorer.actions.expanding.size === 0, undefined, { timeout: 30_000 });
    };
  }
  if (action === 'add') {
    // What an expansion of a node commits: 50 new neighbours, placed beside it, then laid out (only they move) and fitted.
    return () => page.evaluate(async (hub) => {
      const nodes = Array.from({ length: 50 }, (_, i) => ({ id: `bench-new:${i}`, type: 'Person' as const, name: `New neighbour ${i}`, aliases: [], degree: 1, pagerank: 0, community: 0 }));
      const edges = nodes.map((n, i) => ({ id: `bench-new-edge:${i}`, type: 'MET_WITH' as const, source: hub, target: n.id, properties: {}, confidence: 0.9, symmetric: true, evidenceCount: 1, validFrom: null, validTo: null }));
      await window.__kg!.explorer.actions.addGraph('expand', nodes, edges);
    }, id);
  }
  if (action === 'hide') return () => page.evaluate((node) => window.__kg!.explorer.actions.hide([node]), id);
  if (action === 'remove') return () => page.evaluate((node) => window.__kg!.explorer.actions.remove([node]), id);
  if (action === 'pin') return () => page.evaluate((node) => window.__kg!.explorer.actions.togglePin(node), id);
  if (action === 'drag') return () => dragFrom(page, at);
  // A person's click holds the button ~50–150 ms. Without the pause the press and the release arrive
  // together and the page handles both in one task, which no person's click would cause.
  const pressMs = Number(process.env.BENCH_PRESS_MS ?? 80);
  return () => page.mouse.click(at.x, at.y, { delay: pressMs });
}

export async function perform(page: Page, action: Action): Promise<void> {
  await (await plan(page, action))();
}
