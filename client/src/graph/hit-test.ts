// Cytoscape's hit test (on every pointer move, press and release) asks every
// element for its box: tens of ms on a large view. This hands it only the
// elements whose recorded drawing (cull.ts) may reach the pointer. Once the page
// is idle, those drawings are put in a grid (hit-grid.ts), so a pointer event
// looks at the cells around it rather than at all 15,000 elements of a 5k/10k
// view; elements moved or restyled since are asked about one by one until the
// grid is built again. A list only mended from the last (z-sort.ts: a hovered
// edge raised) keeps the grid, its positions carried to the new list.
import { HitGrid } from './hit-grid.js';
import { IdleTask, type IdleTime } from '../core/idle.js';
import { halfWidth } from './edge-band.js';
import { MAX_CHANGED, candidatesOf, carried, type Index } from './hit-index.js';

export interface Box { x1: number; y1: number; x2: number; y2: number }
interface Point { x: number; y: number }
export interface ElePrivate {
  group: 'nodes' | 'edges';
  position: Point;
  bbCache: Box | null;
  source?: { _private: ElePrivate } | null;
  target?: { _private: ElePrivate } | null;
  edges?: Array<{ _private: ElePrivate }>;
  parent?: { _private: ElePrivate } | null;
  rscratch?: { edgeType?: string };
}
export interface Ele { _private: ElePrivate; boundingBox?(): unknown; pstyle?(name: string): { pfValue?: number; value?: unknown } }
/** `interactiveIfReady`: the hit-test list once z-sort.ts has built it in the background, without building it. */
type ZSorted = Ele[] & { interactive?: Ele[]; readonly interactiveIfReady?: Ele[] };
type FindNearest = (x: number, y: number, interactiveOnly?: boolean, isTouch?: boolean) => unknown[];
interface Events { target: Ele | Ele[] }
export interface HitRenderer {
  findNearestElements?: FindNearest;
  getCachedZSortedEles?: () => ZSorted;
  cachedZSortedEles?: ZSorted | null;
  cy?: { zoom(): number; on?(events: string, handler: (event: Events) => void): void };
}

/** Below this many elements the renderer's own hit test is cheap enough. */
export const HIT_TEST_MIN = 500;

/** Longest a slice of building the grid may run, in ms: it runs when the page is idle, but a person may act meanwhile. */
export const BUILD_SLICE_MS = 4;

export { MAX_CHANGED };

/** Of the `of` elements of the list, how many the last hit test `asked` about (from the grid if `indexed`), and handed to the renderer's (`near`). */
export interface HitTestCount { near: number; asked: number; of: number; indexed: boolean }

/** The margin recorded around an element's anchor, if it was measured from the box the element has now. */
export type KnownMargin = (p: ElePrivate, bb: Box) => number | undefined;

/** Distance from (x, y) to the segment a–b. */
export function segmentDistance(a: Point, b: Point, x: number, y: number): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length2));
  return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
}

/**
 * True for an edge the hit test takes as the line between its nodes: a haystack edge (the large-view
 * style: no label, no arrow), or a straight one whose style can be read (its arrows' width widens its
 * margin, `Margins`). Labels do not count: the renderer's hit test ignores them (no `text-events`).
 * Other edges curve away from that line.
 */
function straight(ele: Ele): boolean {
  const type = ele._private.rscratch?.edgeType;
  return type === 'haystack' || (type === 'straight' && typeof ele.pstyle === 'function');
}

/**
 * Whether the element's drawing, `r` around its node or its edge's ends, may reach
 * (x, y): within `r` of the line for a `straight` edge, of its ends' box for others.
 */
function mayReach(ele: Ele, r: number, x: number, y: number): boolean {
  const p = ele._private;
  if (p.group === 'nodes') return Math.abs(p.position.x - x) <= r && Math.abs(p.position.y - y) <= r;
  const s = p.source?._private.position;
  const t = p.target?._private.position;
  if (!s || !t) return true;
  if (x < Math.min(s.x, t.x) - r || x > Math.max(s.x, t.x) + r || y < Math.min(s.y, t.y) - r || y > Math.max(s.y, t.y) + r) return false;
  return !straight(ele) || segmentDistance(s, t, x, y) <= r;
}

/**
 * The margin of a straight edge's line: what its box shows, or at least half the width of its line
 * and arrows (an arrow inside the box of the edge's ends does not widen the box). Restyles give the
 * edge a new box, so this is read again with it.
 */
function lineMargin(ele: Ele, margin: number): number {
  const p = ele._private;
  if (p.group !== 'edges' || p.rscratch?.edgeType !== 'straight' || !ele.pstyle) return margin;
  return Math.max(margin, halfWidth(Number(ele.pstyle('width').pfValue ?? 1), Number(ele.pstyle('arrow-scale').value ?? 1)));
}

/**
 * The margins of the elements of one list, by index, with the box each was measured
 * from: a pass over the list reads them from arrays instead of a WeakMap lookup per
 * element (7 ms → 1 ms at 15k).
 */
class Margins {
  private readonly margins: Float64Array;
  private readonly measuredAt: Array<Box | undefined>;

  constructor(readonly list: Ele[], private readonly known: KnownMargin) {
    this.margins = new Float64Array(list.length);
    this.measuredAt = new Array<Box | undefined>(list.length);
  }

  /** The margin of element i for the box it has now, or undefined if none was recorded for that box. */
  at(i: number): number | undefined {
    const p = this.list[i]!._private;
    const bb = p.bbCache;
    if (!bb) return undefined;
    if (this.measuredAt[i] !== bb) {
      const margin = this.known(p, bb);
      if (margin === undefined) return undefined;
      this.measuredAt[i] = bb;
      this.margins[i] = lineMargin(this.list[i]!, margin);
    }
    return this.margins[i];
  }
}

export interface HitTest {
  lastHitTest(): HitTestCount;
  buildSlices(): number[];
  /**
   * The elements that may be drawn into `box` (model units), in drawing order: those the grid holds
   * there and those changed since it was built. Undefined while there is no grid of the current list.
   * Every drawn element is in that list (display, visibility and opacity changes make a new one).
   */
  within(box: Box): Ele[] | undefined;
}

export interface HitTestOptions {
  /** Measures an element the renderer has not drawn (off screen), so that its margin is known too. */
  measure?: (ele: Ele) => void;
  idle?: IdleTask;
}

export function installHitTest(renderer: HitRenderer, known: KnownMargin, { measure, idle = new IdleTask(2000) }: HitTestOptions = {}): HitTest | undefined {
  const findNearest = renderer.findNearestElements?.bind(renderer);
  const cy = renderer.cy;
  if (!findNearest || typeof renderer.getCachedZSortedEles !== 'function' || !cy) return undefined;
  let lastHit = { near: 0, asked: 0, of: 0, indexed: false };
  let index: Index | undefined;
  /** The margins of the list the last hit test read: the one worth a grid. */
  let margins: Margins | undefined;
  /** The grid being built, a slice at a time when the page is idle; dropped when an element changes meanwhile. */
  let job: Generator<void, Index | undefined> | undefined;
  let scheduled = false;
  /** Measuring an element may mark its box out of date (an event) while the grid is built: not a change. */
  let measuring = false;

  /**
   * A large list whose pointer list z-sort.ts is still making in the background: its grid waits for it,
   * asking again when the page is next idle (the frame that sorted may be the last one drawn for a while).
   */
  const pending = () => {
    const sorted = renderer.cachedZSortedEles;
    return !!sorted && sorted.length >= HIT_TEST_MIN && 'interactiveIfReady' in sorted && !sorted.interactiveIfReady;
  };
  const current = (list: Ele[]) => {
    const all = renderer.cachedZSortedEles;
    return !!all && (list === all || list === all.interactive);
  };
  /** Shapes for the grid, from each element's recorded margin: a point or straight line widened by it, or a box. */
  const readShapes = (m: Margins, shapes: Float64Array, pads: Float64Array, at: Map<ElePrivate, number>, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const p = m.list[i]!._private;
      at.set(p, i);
      let margin = m.at(i);
      if (margin === undefined && measure) {
        measure(m.list[i]!);
        margin = m.at(i);
      }
      const a = margin === undefined ? null : anchor(p);
      const b = 4 * i;
      if (!a || margin === undefined) {
        shapes[b] = NaN;
      } else if (p.group === 'nodes' || straight(m.list[i]!)) {
        // The test below measures the distance to the straight line between the edge's ends.
        const s = p.group === 'nodes' ? p.position : p.source!._private.position;
        const t = p.group === 'nodes' ? p.position : p.target!._private.position;
        shapes[b] = s.x;
        shapes[b + 1] = s.y;
        shapes[b + 2] = t.x;
        shapes[b + 3] = t.y;
        pads[i] = margin;
      } else {
        shapes[b] = a.x1 - margin;
        shapes[b + 1] = a.y1 - margin;
        shapes[b + 2] = a.x2 + margin;
        shapes[b + 3] = a.y2 + margin;
      }
    }
  };
  function* indexing(m: Margins): Generator<void, Index | undefined> {
    const { list } = m;
    const shapes = new Float64Array(4 * list.length);
    const pads = new Float64Array(list.length).fill(NaN);
    const at = new Map<ElePrivate, number>();
    for (let i = 0; i < list.length; i += 512) {
      readShapes(m, shapes, pads, at, i, Math.min(list.length, i + 512));
      yield;
      // Only for the list the renderer still has; a newer one gets a grid of its own.
      if (!current(list)) return undefined;
    }
    const grid = HitGrid.building(shapes, list.length, pads);
    for (let step = grid.next(); ; step = grid.next()) {
      if (step.done) return current(list) ? { list, grid: step.value, at, changed: new Set() } : undefined;
      yield;
    }
  }
  /** How long each slice of the last build ran, in ms (for the benchmarks). */
  let slices: number[] = [];
  const step = (deadline?: IdleTime) => {
    scheduled = false;
    if (!job) {
      // The pointer's list (z-sort.ts builds it in the background), or the one a hit test asked about.
      if (pending()) return later();
      const ready = renderer.cachedZSortedEles?.interactiveIfReady;
      if (ready) follow(ready);
      if (ready && ready.length >= HIT_TEST_MIN && margins?.list !== ready) margins = new Margins(ready, known);
      if (margins && current(margins.list) && index?.list !== margins.list) {
        job = indexing(margins);
        slices = [];
      }
    }
    if (!job) return;
    const start = performance.now();
    const budget = Math.max(1, Math.min(BUILD_SLICE_MS, deadline?.timeRemaining() ?? BUILD_SLICE_MS));
    measuring = true;
    try {
      for (;;) {
        const next = job.next();
        if (next.done) {
          if (next.value) index = next.value;
          job = undefined;
          break;
        }
        if (performance.now() >= start + budget) break;
      }
    } finally {
      measuring = false;
    }
    slices.push(performance.now() - start);
    if (job) later();
  };
  const later = () => {
    if (scheduled) return;
    scheduled = true;
    idle.schedule(step);
  };

  // What moves or restyles an element without a new list: its grid cells may no longer hold it.
  const mark = (p: ElePrivate) => {
    const slot = index?.at.get(p);
    const i = slot === undefined || !index!.pos ? slot : index!.pos[slot]!;
    if (i !== undefined && i >= 0) index!.changed.add(i);
  };
  /** A grid of an earlier list carried to `list` when that list was only mended from it. */
  const follow = (list: Ele[]) => {
    if (index && index.list !== list) index = carried(index, list) ?? index;
  };
  cy.on?.('position style bounds data', (event) => {
    if ((!index && !job) || measuring) return;
    // A grid half built may have read the element before it changed: start again when the page is idle.
    job = undefined;
    if (index) {
      const targets = Array.isArray(event.target) ? event.target : [event.target];
      for (const ele of targets) {
        const p = ele._private;
        mark(p);
        // A node's edges move with it, and a parent's box with its children.
        for (const edge of p.edges ?? []) mark(edge._private);
        for (let up = p.parent?._private; up; up = up.parent?._private) mark(up);
      }
      if (index.changed.size > MAX_CHANGED) index = undefined;
    }
    later();
  });

  // Once a frame has drawn a large list, its grid is built when the page is next idle, before any pointer asks.
  cy.on?.('render', () => {
    const ready = renderer.cachedZSortedEles?.interactiveIfReady;
    if (ready) follow(ready);
    if (((ready && ready.length >= HIT_TEST_MIN && index?.list !== ready) || pending()) && !job) later();
  });

  renderer.findNearestElements = (x, y, interactiveOnly, isTouch) => {
    // Read at each call, not kept from install: the sort may be replaced after (z-sort.ts), and what is
    // put back below must be whatever is there now.
    const own = renderer.getCachedZSortedEles!;
    const all = own.call(renderer);
    const list = interactiveOnly ? all.interactive ?? all : all;
    if (list.length < HIT_TEST_MIN) return findNearest(x, y, interactiveOnly, isTouch);
    follow(list);
    // The renderer's widest reach around an element (edges, on touch), in model units.
    const reach = (isTouch ? 24 : 8) / cy.zoom();
    const near: ZSorted = [];
    if (margins?.list !== list) margins = new Margins(list, known);
    const m = margins;
    const ask = (i: number) => {
      const margin = m.at(i);
      if (margin === undefined || mayReach(list[i]!, margin + reach, x, y)) near.push(list[i]!);
    };
    const indexed = index?.list === list;
    let asked = list.length;
    if (indexed) {
      const order = candidatesOf(index!, x - reach, y - reach, x + reach, y + reach);
      for (const i of order) ask(i);
      asked = order.length;
    } else {
      // No grid for this list yet: every element, once, and a grid when the page is idle.
      for (let i = 0; i < list.length; i++) ask(i);
      index = undefined;
      if (!job) later();
    }
    near.interactive = near;
    lastHit = { near: near.length, asked, of: list.length, indexed };
    // The hit test reads the element list from here; it gets only those near the point, in the same order.
    renderer.getCachedZSortedEles = () => near;
    try {
      return findNearest(x, y, interactiveOnly, isTouch);
    } finally {
      renderer.getCachedZSortedEles = own;
    }
  };
  return {
    lastHitTest: () => lastHit,
    buildSlices: () => slices,
    within: (box) => {
      // Only a grid of the list the renderer draws from now.
      const list = renderer.cachedZSortedEles?.interactiveIfReady;
      if (list) follow(list);
      if (!index || !list || index.list !== list) return undefined;
      return candidatesOf(index, box.x1, box.y1, box.x2, box.y2).map((i) => list[i]!);
    },
  };
}

/** The point (node) or box (edge ends) an element's drawing hangs from, or null if unknown. */
export function anchor(p: ElePrivate): Box | null {
  if (p.group === 'nodes') return { x1: p.position.x, y1: p.position.y, x2: p.position.x, y2: p.position.y };
  const s = p.source?._private.position;
  const t = p.target?._private.position;
  if (!s || !t) return null;
  return { x1: Math.min(s.x, t.x), y1: Math.min(s.y, t.y), x2: Math.max(s.x, t.x), y2: Math.max(s.y, t.y) };
}
