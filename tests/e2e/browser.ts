// Headless Chromium for the browser tests, and small helpers to act on the
// Cytoscape canvas, whose nodes and edges are pixels, not DOM elements.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface OpenOptions {
  /** Collects uncaught page errors and any dialog (a dialog means a script ran that should not have). */
  errors?: string[];
  /** Runs in the page before its own scripts (benchmarks install observers this way). */
  initScript?: string;
}

/** Opens the explorer at `url` and waits until it has drawn its schema and is ready for input. */
export async function openExplorer(browser: Browser, url: string, options: OpenOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  if (options.initScript) await page.addInitScript(options.initScript);
  const errors = options.errors;
  if (errors) {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  return page;
}

export interface Point { x: number; y: number }

/** Where a node is drawn, in page coordinates. */
export function nodePoint(page: Page, id: string): Promise<Point> {
  return page.evaluate((nodeId) => {
    const cy = window.__kg!.cy;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.getElementById(nodeId).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/**
 * The edge easiest to click: its midpoint on the canvas and not covered by
 * the legend or a notice, and farthest from any node (so a click cannot land on one).
 */
export function clickableEdge(page: Page): Promise<{ id: string; point: Point } | null> {
  return page.evaluate(() => {
    const cy = window.__kg!.cy;
    const container = cy.container()!;
    const box = container.getBoundingClientRect();
    let best: { id: string; point: { x: number; y: number }; clearance: number } | null = null;
    cy.edges().forEach((edge) => {
      const m = edge.renderedMidpoint();
      const point = { x: box.left + m.x, y: box.top + m.y };
      const hit = document.elementFromPoint(point.x, point.y);
      if (!hit || !container.contains(hit)) return;
      const clearance = Math.min(...cy.nodes().map((n) => {
        const p = n.renderedPosition();
        return Math.hypot(p.x - m.x, p.y - m.y) - n.renderedOuterWidth() / 2;
      }));
      if (!best || clearance > best.clearance) best = { id: edge.id(), point, clearance };
    });
    const found = best as { id: string; point: { x: number; y: number } } | null;
    return found ? { id: found.id, point: found.point } : null;
  });
}

/** Resolves once no node has moved for `quietMs` (layouts animate). */
export async function waitForStillGraph(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<void> {
  const snapshot = () => page.evaluate(() => window.__kg!.cy.nodes().map((n) => {
    const p = n.position();
    return `${Math.round(p.x)},${Math.round(p.y)}`;
  }).join(';') + `|${window.__kg!.cy.zoom().toFixed(3)}`);
  const deadline = Date.now() + timeoutMs;
  let last = await snapshot();
  while (Date.now() < deadline) {
    await page.waitForTimeout(quietMs);
    const now = await snapshot();
    if (now === last) return;
    last = now;
  }
  throw new Error('the graph kept moving');
}
