// What the explorer bench measures inside the page: an expansion until laid out and
// painted, frames while panning, long tasks while a large view is applied, time to usable.
import type { Page } from 'playwright-core';
import type { SyntheticView } from './ui-data.js';

/**
 * Runs before the page's own scripts: records long tasks and the moment the page
 * becomes usable (body[data-ready="true"] and the search box enabled), both on the
 * page's clock, whose zero is the navigation's start. `__name` keeps tsx's helper
 * (which it adds to named functions) working inside evaluated callbacks.
 */
export const INIT_SCRIPT = `
  window.__name = (f) => f;
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const mark = () => {
    const input = document.getElementById('search-input');
    if (!window.__usableAt && document.body && document.body.dataset.ready === 'true' && input && !input.disabled) window.__usableAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { attributes: true, childList: true, subtree: true });
`;

declare global {
  interface Window { __longTasks?: Array<{ start: number; duration: number }>; __usableAt?: number }
}

/** Resolves after the next frame has been painted. */
export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

export interface ExpansionRun { fetchedMs: number; drawnMs: number; doneMs: number; nodes: number }

/**
 * Clears the canvas, puts the hub on it and expands it with `pageSize` neighbours per
 * page, as a double-click does. drawn: the new nodes first painted at their ring
 * places; done: the layout has stopped (animation included) and a frame is painted.
 */
export async function expandOnce(page: Page, hubId: string, pageSize: number): Promise<ExpansionRun> {
  await page.evaluate(async ({ hub, size }) => {
    const { explorer } = window.__kg!;
    explorer.actions.clear();
    const detail = await (await fetch(`/api/nodes/${encodeURIComponent(hub)}`)).json() as { node: Parameters<typeof explorer.actions.add>[0] };
    explorer.actions.add(detail.node);
    explorer.actions.pageSize = size;
  }, { hub: hubId, size: pageSize });
  await page.waitForTimeout(400);
  return page.evaluate(async (hub) => {
    const { explorer, cy } = window.__kg!;
    const t0 = performance.now();
    let fetchedMs = 0;
    let drawnMs = 0;
    const unsubscribe = explorer.store.subscribe(() => { if (!fetchedMs) fetchedMs = performance.now() - t0; });
    const watch = () => {
      if (cy.nodes().length > 1) setTimeout(() => { drawnMs = performance.now() - t0; }, 0);
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    await explorer.actions.expand(hub);
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    unsubscribe();
    return { fetchedMs, drawnMs, doneMs: performance.now() - t0, nodes: cy.nodes().length };
  }, hubId);
}

export interface ApplyRun { applyMs: number; longTasks: number[]; /** Longest gap between animation frames while applying. */ worstFrameMs: number; /** Each long task with what ran in it: c = chunk (ms), r = reveal draw (ms), from the commit. */ timeline: string[]; /** Each frame later than 20 ms, with what ran before it (as `timeline`). */ lateFrames: string[]; light: boolean; nodes: number; edges: number; frames: number; worstChunkMs: number; /** Frames of the reveal after the last chunk: elements shown, draw ms. */ reveal: Array<{ shown: number; drawMs: number }> }

/**
 * Commits a synthetic view through the store (one undo step, as an action would),
 * waits until the canvas holds all of it and a frame is painted, and returns the
 * long tasks seen meanwhile. The rendering path is the real one: sync, style, renderer.
 */
export async function injectView(page: Page, view: SyntheticView): Promise<ApplyRun> {
  return page.evaluate(async (v) => {
    const { explorer, cy } = window.__kg!;
    const before = window.__longTasks!.length;
    const base = explorer.store.current;
    const nodes = new Map(v.nodes.map((n) => [n.id, {
      node: { id: n.id, type: n.type as 'Person', name: n.name, aliases: [], degree: n.degree, pagerank: 0, community: n.community },
      x: n.x, y: n.y, hidden: false, pinned: false,
    }]));
    const edges = new Map(v.edges.map((e) => [e.id, {
      id: e.id, type: e.type as 'MET_WITH', source: e.source, target: e.target, properties: {}, confidence: e.confidence,
      symmetric: e.symmetric, evidenceCount: 1, validFrom: null, validTo: null,
    }]));
    // The commit runs in a task of its own, as a fetched view's would, so that its synchronous part
    // (diff, first chunk, panels) counts among the long tasks rather than hiding in this evaluate's.
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    let lastFrame = t0;
    let worstFrameMs = 0;
    let watching = true;
    const late: Array<{ from: number; to: number }> = [];
    const frame = (at: number) => {
      worstFrameMs = Math.max(worstFrameMs, at - lastFrame);
      if (at - lastFrame > 20) late.push({ from: lastFrame, to: at });
      lastFrame = at;
      if (watching) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    await new Promise<void>((r) => setTimeout(() => {
      explorer.store.commit('bench view', { ...base, nodes, edges, expansions: new Map(), selection: null });
      r();
    }, 0));
    while (cy.nodes().length < v.nodes.length || cy.edges().length < v.edges.length) {
      await new Promise((r) => requestAnimationFrame(r));
    }
    await explorer.graph.applied();
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const applyMs = performance.now() - t0;
    watching = false;
    const chunks = explorer.graph.frames.lastRun;
    // Long tasks are reported a little after they end.
    await new Promise((r) => setTimeout(r, 100));
    const tasks = window.__longTasks!.slice(before).filter((t) => t.start >= t0 - 1);
    const longTasks = tasks.map((t) => Math.round(t.duration));
    const inside = (at: number, t: { start: number; duration: number }) => at >= t.start && at < t.start + t.duration;
    const timeline = tasks.map((t) => `${Math.round(t.start - t0)}+${Math.round(t.duration)}:` + [
      ...chunks.filter((c) => inside(c.at, t)).map((c) => `c${Math.round(c.units)}u/${Math.round(c.ms)}`),
      ...explorer.graph.reveal.lastRun.filter((f) => inside(f.at, t)).map((f) => `r${f.drawMs}`),
    ].join(','));
    // What ran between the two frames around each late one: c = chunk, r = reveal draw; 'commit' if it was the commit's.
    const lateFrames = late.map(({ from, to }) => `${Math.round(from - t0)}+${Math.round(to - from)}:` + [
      ...chunks.filter((c) => c.at >= from && c.at < to).map((c, i) => `${c === chunks[0] ? 'commit ' : ''}c${Math.round(c.units)}u/${Math.round(c.ms)}`),
      ...explorer.graph.reveal.lastRun.filter((f) => f.at >= from && f.at < to).map((f) => `r${f.drawMs}`),
    ].join(','));
    return {
      applyMs, longTasks, worstFrameMs: Math.round(worstFrameMs), timeline, lateFrames, light: explorer.graph.isLight, nodes: cy.nodes().length, edges: cy.edges().length,
      frames: chunks.length, worstChunkMs: Math.max(0, ...chunks.map((c) => c.ms)), reveal: explorer.graph.reveal.lastRun,
    };
  }, view);
}

export interface PanRun { fps: number; p95FrameMs: number; worstFrameMs: number; zoom: number; /** Frames that showed a moved view (mouse drags only). */ movedFps?: number }

/**
 * Fits the view (or zooms), lets the renderer settle, then drags the background
 * with the real mouse for `ms`, back and forth, as a person pans: the renderer's
 * gesture paths (textureOnViewport, hideEdgesOnViewport) apply. Counts animation
 * frames in the page meanwhile, and how many of them showed a moved view.
 */
export async function panDragFps(page: Page, ms: number, zoom: 'fit' | number = 'fit', settleMs = 2000): Promise<PanRun> {
  const start = await page.evaluate(async ({ level, settleMs }) => {
    const { cy } = window.__kg!;
    cy.stop();
    if (level === 'fit') cy.fit(undefined, 20);
    else cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    await new Promise((r) => setTimeout(r, settleMs));
    // A spot near the centre with no node under it (a drag there pans; on an edge it pans too).
    // From rendered node boxes: the renderer's own hit test costs tens of ms a call on a large view.
    const box = cy.container()!.getBoundingClientRect();
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
    let spot = { x: cy.width() / 2, y: cy.height() / 2 };
    search: for (let d = 0; d < 300; d += 4) {
      for (const [dx, dy] of [[d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, -d], [d, -d], [-d, d]] as const) {
        const x = cy.width() / 2 + dx, y = cy.height() / 2 + dy;
        if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4)) { spot = { x, y }; break search; }
      }
    }
    const w = window as unknown as { __pan: { gaps: number[]; moved: number; stop: boolean } };
    w.__pan = { gaps: [], moved: 0, stop: false };
    let last = performance.now();
    let lastPan = JSON.stringify(cy.pan());
    const tick = (now: number) => {
      w.__pan.gaps.push(now - last);
      last = now;
      const p = JSON.stringify(cy.pan());
      if (p !== lastPan) w.__pan.moved++;
      lastPan = p;
      if (!w.__pan.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return { x: box.left + spot.x, y: box.top + spot.y };
  }, { level: zoom, settleMs });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = Date.now();
  // Back and forth along a diagonal, 240 px each way per 1.5 s, moves sent as fast as the page takes them.
  while (Date.now() - t0 < ms) {
    const t = ((Date.now() - t0) % 3000) / 1500;
    const k = t < 1 ? t : 2 - t;
    await page.mouse.move(start.x + 240 * k, start.y + 120 * k);
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const { cy } = window.__kg!;
    const w = window as unknown as { __pan: { gaps: number[]; moved: number; stop: boolean } };
    w.__pan.stop = true;
    const gaps = w.__pan.gaps.slice(1);
    const total = gaps.reduce((a, b) => a + b, 0);
    const sorted = [...gaps].sort((a, b) => a - b);
    return {
      fps: gaps.length / (total / 1000),
      movedFps: w.__pan.moved / (total / 1000),
      p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      worstFrameMs: sorted[sorted.length - 1] ?? 0,
      zoom: cy.zoom(),
    };
  });
}

/** Fits the view, then pans with cy.panBy once per animation frame for `ms`, counting frames. */
export async function panFps(page: Page, ms: number, zoom: 'fit' | number = 'fit', settleMs = 2000): Promise<PanRun> {
  return page.evaluate(async ({ duration, level, settleMs }) => {
    const { cy } = window.__kg!;
    cy.stop();
    if (level === 'fit') cy.fit(undefined, 20);
    else cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    // Let the renderer fill its texture caches, as a pause before a real pan would.
    await new Promise((r) => setTimeout(r, settleMs));
    const gaps: number[] = [];
    const start = performance.now();
    let last = start;
    let frame = 0;
    await new Promise<void>((resolve) => {
      const tick = (now: number) => {
        gaps.push(now - last);
        last = now;
        // Back and forth, 6 px a frame: the graph stays mostly in view.
        const dir = Math.floor(frame++ / 45) % 2 === 0 ? 1 : -1;
        cy.panBy({ x: 6 * dir, y: 3 * dir });
        if (now - start < duration) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const sorted = gaps.slice(1).sort((a, b) => a - b);
    return {
      fps: (gaps.length - 1) / ((last - start) / 1000),
      p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      worstFrameMs: sorted[sorted.length - 1] ?? 0,
      zoom: cy.zoom(),
    };
  }, { duration: ms, level: zoom, settleMs });
}

/** Navigation start → usable page, on the page's own clock. */
export async function usableAfter(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => window.__usableAt !== undefined);
  return page.evaluate(() => window.__usableAt!);
}
