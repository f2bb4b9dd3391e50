// What a person does to a large view, for the interaction benchmarks: click a node, pan (drag the
// background), drag a node, hide an entity type from the legend, or pick the grid layout; or nothing at all ('idle'), which gives
// the frame gaps the page shows with no input, against which the others are read.
import type { Page } from 'playwright-core';
import { nodePoint, type Point } from '../tests/e2e/browser.js';

export type Action = 'click' | 'pan' | 'drag' | 'filter' | 'show' | 'layout' | 'idle';

export function actionFromEnv(): Action {
  const action = process.env.BENCH_ACTION ?? 'click';
  if (action === 'click' || action === 'pan' || action === 'drag' || action === 'filter' || action === 'show' || action === 'layout' || action === 'idle') return action;
  throw new Error(`BENCH_ACTION must be click, pan, drag, filter, show, layout or idle, not ${action}`);
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
  if (action === 'layout') {
    // Done when the layout's undo step is there (the nodes moved, the fit started).
    return async () => {
      await page.getByTestId('layout-select').selectOption('grid');
      await page.waitForFunction(() => document.querySelector('#undo-button')?.getAttribute('title')?.includes('lay out'), undefined, { timeout: 60_000 });
    };
  }
  if (action === 'pan') {
    const spot = await backgroundSpot(page);
    return () => dragFrom(page, spot);
  }
  const { at } = await nodeInView(page);
  if (action === 'drag') return () => dragFrom(page, at);
  // A person's click holds the button ~50–150 ms. Without the pause the press and the release arrive
  // together and the page handles both in one task, which no person's click would cause.
  const pressMs = Number(process.env.BENCH_PRESS_MS ?? 80);
  return () => page.mouse.click(at.x, at.y, { delay: pressMs });
}

export async function perform(page: Page, action: Action): Promise<void> {
  await (await plan(page, action))();
}
