// Re-running a layout on a large view, as a person picks one from the toolbar:
// how long until the nodes stand in their new places (the undo step) and until
// the screen shows them, and how much of that time the page could not answer
// (long tasks, the longest gap between frames).
// Usage: npx tsx bench/ui-layout.ts [nodes] [edges]   (BENCH_LAYOUTS=fcose,grid BENCH_RUNS=2 BENCH_TIMEOUT_S=600 BENCH_SCREENSHOTS=<folder>)
import { cpus } from 'node:os';
import type { Page } from 'playwright-core';
import { runDiagnostic } from './ui-diagnostic.js';

const LAYOUTS = (process.env.BENCH_LAYOUTS ?? 'fcose,concentric,breadthfirst,grid').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;

interface LayoutRun { doneMs: number; shownMs: number; longTasks: number; longestMs: number; worstFrameMs: number; moved: number; overlaps: number }

/**
 * Picks `layout` in the toolbar (or, if it is already the one shown, re-runs it) and waits
 * for its undo step: the nodes are then in their new places.
 */
async function layOut(page: Page, layout: string): Promise<LayoutRun> {
  const shown = await page.getByTestId('layout-select').inputValue();
  const frames = page.evaluate((timeoutMs) => new Promise<{ worstFrameMs: number; t0: number; doneMs: number }>((resolve) => {
    const t0 = performance.now();
    let last = t0;
    let worst = 0;
    const undo = document.querySelector('#undo-button');
    const frame = (at: number) => {
      worst = Math.max(worst, at - last);
      last = at;
      if (undo?.getAttribute('title')?.includes('lay out')) resolve({ worstFrameMs: worst, t0, doneMs: at - t0 });
      else if (at - t0 > timeoutMs) resolve({ worstFrameMs: worst, t0, doneMs: Number.NaN });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }), TIMEOUT_MS);
  const before = await positions(page);
  if (shown === layout) await page.getByTestId('relayout-button').click();
  else await page.getByTestId('layout-select').selectOption(layout);
  const { worstFrameMs, t0, doneMs } = await frames;
  // Let the last moves land (a large view moves in chunks after the undo step) and be drawn: on a large
  // view the picture is drawn again between frames after a move, and the screen shows it when done.
  const drawn = await page.evaluate(async (from) => {
    await window.__kg!.explorer.graph.applied();
    const graph = window.__kg!.explorer.graph;
    let last = performance.now();
    let worst = 0;
    let still = 0;
    let camera = '';
    for (;;) {
      const at = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      worst = Math.max(worst, at - last);
      last = at;
      // The fit that follows moves the camera, and the picture is drawn again where it stops.
      const now = JSON.stringify([graph.cy.zoom(), graph.cy.pan()]);
      still = graph.reveal.rebuilding || graph.reveal.busy || now !== camera || graph.cy.animated() ? 0 : still + 1;
      camera = now;
      if (still >= 5) return { shownMs: at - from, worstFrameMs: worst };
    }
  }, t0);
  const after = await positions(page);
  const tasks = await page.evaluate((from) => window.__longTasks!.filter((t) => t.start >= from), t0);
  let moved = 0;
  for (const [id, [x, y]] of Object.entries(before)) {
    const p = after[id];
    if (p && Math.hypot(p[0] - x, p[1] - y) > 5) moved++;
  }
  return { doneMs, shownMs: drawn.shownMs, longTasks: tasks.length, longestMs: Math.max(0, ...tasks.map((t) => t.duration)), worstFrameMs: Math.max(worstFrameMs, drawn.worstFrameMs), moved, overlaps: await overlaps(page) };
}

/** Pairs of nodes whose discs overlap: what a quick layout gets wrong first (a hub's neighbours heaped up). */
function overlaps(page: Page): Promise<number> {
  return page.evaluate(() => {
    const discs = window.__kg!.cy.nodes().map((n) => ({ x: n.position('x'), y: n.position('y'), r: n.width() / 2 }));
    discs.sort((a, b) => a.x - b.x);
    let count = 0;
    for (let i = 0; i < discs.length; i++) {
      const a = discs[i]!;
      for (let j = i + 1; j < discs.length && discs[j]!.x - a.x < a.r + 100; j++) {
        const b = discs[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) count++;
      }
    }
    return count;
  });
}

function positions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => Object.fromEntries(window.__kg!.cy.nodes().map((n) => [n.id(), [n.position('x'), n.position('y')] as [number, number]])));
}

void runDiagnostic(async ({ nodes, edges, openLargeView }) => {
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
  console.log(`view: ${nodes} nodes / ${edges} edges; ${RUNS} runs per layout, each in a new page`);
  for (const layout of LAYOUTS) {
    for (let run = 0; run < RUNS; run++) {
      const page = await openLargeView(1500);
      const r = await layOut(page, layout);
      const done = Number.isNaN(r.doneMs) ? `not done in ${TIMEOUT_MS / 1000} s` : `${(r.doneMs / 1000).toFixed(1)} s`;
      console.log(`${layout} run ${run + 1}: laid out in ${done}, on screen at ${(r.shownMs / 1000).toFixed(1)} s, ${r.moved} of ${nodes} nodes moved, ${r.overlaps} pairs overlapping; ${r.longTasks} long tasks, longest ${Math.round(r.longestMs)} ms; longest gap between frames ${Math.round(r.worstFrameMs)} ms`);
      // To look at what the layout made: BENCH_SCREENSHOTS=<folder>.
      if (process.env.BENCH_SCREENSHOTS) await page.screenshot({ path: `${process.env.BENCH_SCREENSHOTS}/${layout}-${nodes}-run${run + 1}.png` });
      await page.close();
    }
  }
});
