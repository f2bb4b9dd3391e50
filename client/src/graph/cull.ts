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
}
interface Ele { _private: ElePrivate }
type DrawOne = (context: unknown, ele: Ele, pxRatio: number, extent: Box | null | undefined, ...rest: unknown[]) => void;

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

/** Wraps the renderer's per-element draw; returns how many elements it skipped since the last call to `skipped()`. */
export function installCulling(renderer: { drawCachedElement?: DrawOne }): { skipped(): number } | undefined {
  const original = renderer.drawCachedElement?.bind(renderer);
  if (!original) return undefined;
  const recorded = new WeakMap<ElePrivate, Recorded>();
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
  return {
    skipped: () => {
      const n = skipped;
      skipped = 0;
      return n;
    },
  };
}
