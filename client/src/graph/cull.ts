// Cytoscape's canvas renderer, on every frame, asks each element for its
// bounding box (a fresh closure and a hash of positions per call, ~3 µs) before
// it culls the element against the viewport. At 5k nodes / 10k edges that walk
// alone costs ~50 ms a frame even when most elements are off screen. This puts a
// cheap test in front of it: an element whose last measured box, carried along
// with its node (or its edge's endpoints), lies clearly outside the viewport is
// skipped without asking. Anything uncertain goes through the renderer's own test.

interface Box { x1: number; y1: number; x2: number; y2: number }
interface Point { x: number; y: number }
interface ElePrivate {
  group: 'nodes' | 'edges';
  position: Point;
  bbCache: Box | null;
  source?: { _private: ElePrivate } | null;
  target?: { _private: ElePrivate } | null;
  rscratch?: { edgeType?: string };
}
interface Ele { _private: ElePrivate }
type DrawOne = (context: unknown, ele: Ele, pxRatio: number, extent: Box | null | undefined, ...rest: unknown[]) => void;
type ZSorted = Ele[] & { interactive?: Ele[] };
type FindNearest = (x: number, y: number, interactiveOnly?: boolean, isTouch?: boolean) => unknown[];
interface Renderer {
  drawCachedElement?: DrawOne;
  findNearestElements?: FindNearest;
  getCachedZSortedEles?: () => ZSorted;
  cy?: { zoom(): number };
}

/** Below this many elements the renderer's own hit test is cheap enough. */
export const HIT_TEST_MIN = 500;

/** Slack added to every recorded margin, in model units: curves and labels shift a little as endpoints move. */
export const CULL_SLACK = 24;

interface Recorded {
  /** The renderer's box object this margin was measured from: a new one (style change, move) means measure again. */
  bb: Box;
  margin: number;
}

/** The point (node) or box (edge endpoints) an element's drawing hangs from, or null if unknown. */
function anchor(p: ElePrivate): Box | null {
  if (p.group === 'nodes') return { x1: p.position.x, y1: p.position.y, x2: p.position.x, y2: p.position.y };
  const s = p.source?._private.position;
  const t = p.target?._private.position;
  if (!s || !t) return null;
  return { x1: Math.min(s.x, t.x), y1: Math.min(s.y, t.y), x2: Math.max(s.x, t.x), y2: Math.max(s.y, t.y) };
}

/**
 * Margin around the anchor that holds the whole box, the same on every side:
 * an edge's label or curve may turn with the edge, so no side is special.
 */
export function marginOf(a: Box, bb: Box): number {
  return Math.max(0, a.x1 - bb.x1, a.y1 - bb.y1, bb.x2 - a.x2, bb.y2 - a.y2) + CULL_SLACK;
}

/** True when the anchor grown by `margin` does not reach into `extent`. */
export function clearlyOutside(a: Box, margin: number, extent: Box): boolean {
  return a.x2 + margin < extent.x1 || a.x1 - margin > extent.x2 || a.y2 + margin < extent.y1 || a.y1 - margin > extent.y2;
}

/** Distance from (x, y) to the segment a–b. */
export function segmentDistance(a: Point, b: Point, x: number, y: number): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length2));
  return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
}

/**
 * A haystack edge (the large-view style: no label, no arrow) is the line between
 * its ends. Other edges may curve or carry a label away from that line.
 */
function farFromStraightEdge(p: ElePrivate, reach: number, x: number, y: number): boolean {
  if (p.group !== 'edges' || p.rscratch?.edgeType !== 'haystack') return false;
  const s = p.source?._private.position;
  const t = p.target?._private.position;
  return !!s && !!t && segmentDistance(s, t, x, y) > reach;
}

/**
 * Wraps the renderer's per-element draw, and its hit test (which asks every
 * element for its box on every pointer move, tens of ms on a large view) with
 * the same test around the pointer. Returns how many elements the draw skipped
 * since the last call to `skipped()`.
 */
export function installCulling(renderer: Renderer): { skipped(): number; lastHitTest(): { near: number; of: number } } | undefined {
  const original = renderer.drawCachedElement?.bind(renderer);
  if (!original) return undefined;
  const recorded = new WeakMap<ElePrivate, Recorded>();
  let lastHit = { near: 0, of: 0 };
  let skipped = 0;
  renderer.drawCachedElement = (context, ele, pxRatio, extent, ...rest) => {
    // No extent: drawing into a cache layer or an image, where everything is wanted.
    const p = ele._private;
    if (!extent || !p) return original(context, ele, pxRatio, extent, ...rest);
    const a = anchor(p);
    const known = recorded.get(p);
    if (a && known && known.bb === p.bbCache && clearlyOutside(a, known.margin, extent)) {
      skipped++;
      return;
    }
    original(context, ele, pxRatio, extent, ...rest);
    // The renderer has just measured the box (bbCache is fresh): remember it relative to the anchor.
    const bb = p.bbCache;
    const now = anchor(p);
    if (bb && now) recorded.set(p, { bb, margin: marginOf(now, bb) });
  };
  const findNearest = renderer.findNearestElements?.bind(renderer);
  const zSorted = renderer.getCachedZSortedEles?.bind(renderer);
  if (findNearest && zSorted && renderer.cy) {
    const cy = renderer.cy;
    // The margins of the elements of one z-sorted list, by index, with the box each was measured from:
    // a pointer move reads them from arrays instead of a WeakMap lookup per element (7 ms → 1 ms at 15k).
    let indexed: ZSorted | undefined;
    let margins = new Float64Array(0);
    let measuredAt: Array<Box | null | undefined> = [];
    renderer.findNearestElements = (x, y, interactiveOnly, isTouch) => {
      const all = zSorted();
      const source = interactiveOnly ? all.interactive ?? all : all;
      if (source.length < HIT_TEST_MIN) return findNearest(x, y, interactiveOnly, isTouch);
      if (indexed !== source) {
        indexed = source;
        margins = new Float64Array(source.length);
        measuredAt = new Array<Box | undefined>(source.length);
      }
      // The renderer's widest reach around an element (edges, on touch), in model units.
      const reach = (isTouch ? 24 : 8) / cy.zoom();
      const near: ZSorted = [];
      // Runs over every element for each pointer event, so without allocating: the anchor is read in place.
      for (let i = 0; i < source.length; i++) {
        const ele = source[i]!;
        const p = ele._private;
        const bb = p.bbCache;
        if (!bb) {
          near.push(ele);
          continue;
        }
        if (measuredAt[i] !== bb) {
          const known = recorded.get(p);
          if (!known || known.bb !== bb) {
            near.push(ele);
            continue;
          }
          measuredAt[i] = bb;
          margins[i] = known.margin;
        }
        const r = margins[i]! + reach;
        if (p.group === 'nodes') {
          if (Math.abs(p.position.x - x) > r || Math.abs(p.position.y - y) > r) continue;
        } else {
          const s = p.source?._private.position;
          const t = p.target?._private.position;
          if (s && t && (x < Math.min(s.x, t.x) - r || x > Math.max(s.x, t.x) + r || y < Math.min(s.y, t.y) - r || y > Math.max(s.y, t.y) + r
            || farFromStraightEdge(p, r, x, y))) continue;
        }
        near.push(ele);
      }
      near.interactive = near;
      lastHit = { near: near.length, of: source.length };
      // The hit test reads the element list from here; it gets only those near the point, in the same order.
      renderer.getCachedZSortedEles = () => near;
      try {
        return findNearest(x, y, interactiveOnly, isTouch);
      } finally {
        renderer.getCachedZSortedEles = zSorted;
      }
    };
  }
  return {
    /** How many elements the last hit test had to ask about, of how many. */
    lastHitTest: () => lastHit,
    skipped: () => {
      const n = skipped;
      skipped = 0;
      return n;
    },
  };
}
