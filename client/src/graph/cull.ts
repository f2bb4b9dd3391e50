// Cytoscape's canvas renderer, on every frame, asks each element for its
// bounding box (a fresh closure and a hash of positions per call, ~3 µs) before
// it culls the element against the viewport. At 5k nodes / 10k edges that walk
// alone costs ~50 ms a frame even when most elements are off screen. This puts a
// cheap test in front of it: an element whose last measured box, carried along
// with its node (or its edge's endpoints), lies clearly outside the viewport is
// skipped without asking. Anything uncertain goes through the renderer's own test.

import { anchor, installHitTest, type Box, type Ele, type ElePrivate, type HitRenderer, type HitTestCount } from './hit-test.js';

type DrawOne = (context: unknown, ele: Ele, pxRatio: number, extent: Box | null | undefined, ...rest: unknown[]) => void;
interface Renderer extends HitRenderer {
  drawCachedElement?: DrawOne;
}

/** Slack added to every recorded margin, in model units: curves and labels shift a little as endpoints move. */
export const CULL_SLACK = 24;

interface Recorded {
  /** The renderer's box object this margin was measured from: a new one (style change, move) means measure again. */
  bb: Box;
  margin: number;
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

/**
 * Wraps the renderer's per-element draw, and hands the margins it records to the
 * hit test (hit-test.ts), which asks every element for its box on every pointer
 * move otherwise. Returns how many elements the draw skipped since the last call
 * to `skipped()`.
 */
export function installCulling(renderer: Renderer): { skipped(): number; lastHitTest(): HitTestCount; gridSlices(): number[]; within(box: Box): Ele[] | undefined } | undefined {
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
  // The slack is for drawing an element that moved since it was measured; the hit test asks only about
  // boxes measured where the element is now, so it takes the box's own margin (a unit for rounding).
  const hitTest = installHitTest(renderer, (p, bb) => {
    const known = recorded.get(p);
    return known && known.bb === bb ? known.margin - CULL_SLACK + 1 : undefined;
  }, {
    // An element never drawn (off screen) is measured as the renderer would measure it; one not displayed has no box.
    measure: (ele) => {
      ele.boundingBox?.();
      const bb = ele._private.bbCache;
      const a = anchor(ele._private);
      if (bb && a && (bb.x2 > bb.x1 || bb.y2 > bb.y1)) recorded.set(ele._private, { bb, margin: marginOf(a, bb) });
    },
  });
  return {
    /** How many elements the last hit test had to ask about, of how many, and whether from the grid. */
    lastHitTest: () => hitTest?.lastHitTest() ?? { near: 0, asked: 0, of: 0, indexed: false },
    /** How long each slice of the hit test's last grid build ran, in ms. */
    gridSlices: () => hitTest?.buildSlices() ?? [],
    /** The elements that may be drawn into a box, from the hit test's grid (hit-test.ts), if it has one. */
    within: (box: Box) => hitTest?.within(box),
    skipped: () => {
      const n = skipped;
      skipped = 0;
      return n;
    },
  };
}
