// When a pan or zoom starts on a large view (textureOnViewport), Cytoscape's
// canvas renderer takes a snapshot of the view to move during the gesture, and
// first measures the bounding box of every element
// (`cy.mutableElements().boundingBox()`, ~2 µs each: 30 ms at 5k nodes / 10k
// edges) into its texture cache, where nothing reads it. For the frame that
// makes the snapshot, that one measurement answers at once.

import { IdleTask } from '../core/idle.js';

interface Bounds { x1: number; y1: number; x2: number; y2: number; w: number; h: number }
interface Collection { boundingBox(options?: unknown): Bounds }
interface Renderer {
  render?: (options?: { forcedContext?: unknown }) => unknown;
  textureOnViewport?: boolean;
  textureCache?: unknown;
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData?: { dragging?: boolean };
  data?: { wheelZooming?: boolean };
  cy?: { mutableElements(): Collection };
}

/** True when this render call is the one that makes the gesture snapshot (the renderer's own test). */
export function makesSnapshot(r: Renderer, options: { forcedContext?: unknown } | undefined): boolean {
  const gesture = r.pinching || r.hoverData?.dragging || r.swipePanning || r.data?.wheelZooming;
  return !options?.forcedContext && !!r.textureOnViewport && !r.textureCache && !!gesture;
}

export function skipSnapshotBounds(renderer: Renderer): void {
  const render = renderer.render?.bind(renderer);
  const cy = renderer.cy;
  if (!render || !cy) return;
  renderer.render = (options) => {
    if (!makesSnapshot(renderer, options)) return render(options);
    // The collection of all elements is one shared object: its own property shadows the method for this render only.
    const all = cy.mutableElements() as Partial<Collection>;
    const own = Object.getOwnPropertyDescriptor(all, 'boundingBox');
    all.boundingBox = () => ({ x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 });
    try {
      return render(options);
    } finally {
      if (own) Object.defineProperty(all, 'boundingBox', own);
      else delete all.boundingBox;
    }
  };
}

/** The parts of the canvas renderer that size its canvases and hold their contexts. */
interface Sized {
  matchCanvasSize?: (container: unknown) => void;
  textureMult?: number;
  canvasWidth?: number;
  canvasHeight?: number;
  TEXTURE_BUFFER?: number;
  SELECT_BOX?: number;
  data?: { bufferCanvases?: HTMLCanvasElement[]; contexts?: CanvasRenderingContext2D[]; bufferContexts?: CanvasRenderingContext2D[] };
}

/**
 * Where a canvas pixel is a CSS pixel, Cytoscape makes the gesture snapshot at
 * twice the canvas's resolution (four times its pixels), so that a zoom gesture
 * looks sharp. In software rendering, making that snapshot and then scaling it
 * down on every frame of the gesture cost the first frame of a pan on a large
 * view ~18 ms. The snapshot is made at the canvas's resolution instead: a zoom
 * gesture looks softer until it ends and the view is drawn again.
 */
export function snapshotAtCanvasResolution(renderer: Sized): void {
  const match = renderer.matchCanvasSize?.bind(renderer);
  if (!match) return;
  const atCanvasResolution = () => {
    const texture = renderer.data?.bufferCanvases?.[renderer.TEXTURE_BUFFER ?? -1];
    if (renderer.textureMult === 1 || !texture || renderer.canvasWidth === undefined || renderer.canvasHeight === undefined) return;
    renderer.textureMult = 1;
    texture.width = renderer.canvasWidth;
    texture.height = renderer.canvasHeight;
  };
  renderer.matchCanvasSize = (container) => {
    match(container);
    atCanvasResolution();
  };
  // The renderer sized its canvases when it was made.
  atCanvasResolution();
}

/**
 * Chromium gives a canvas its pixels on the first call that draws to it (1–4 ms
 * for the canvas's size, once 9 ms), and again after the canvas is resized. The
 * snapshot buffer and the selection-box layer are first drawn in the first frame
 * of the first gesture, which paid both (a pan at 5k nodes / 10k edges: a frame of
 * 5–13 ms instead of 4–5). Each is touched once while the page is idle, now and
 * after every resize, so that no gesture pays for it.
 */
export function warmGestureCanvases(renderer: Sized, idle = new IdleTask(2000)): void {
  const warm = () => {
    const { contexts, bufferContexts } = renderer.data ?? {};
    for (const context of [bufferContexts?.[renderer.TEXTURE_BUFFER ?? -1], contexts?.[renderer.SELECT_BOX ?? -1]]) {
      if (!context) continue;
      // A clear of one pixel on a canvas that shows nothing yet: it draws nothing.
      context.save();
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, 1, 1);
      context.restore();
    }
  };
  const match = renderer.matchCanvasSize?.bind(renderer);
  if (match) {
    renderer.matchCanvasSize = (container) => {
      const before = [renderer.canvasWidth, renderer.canvasHeight];
      match(container);
      if (before[0] !== renderer.canvasWidth || before[1] !== renderer.canvasHeight) idle.schedule(warm);
    };
  }
  idle.schedule(warm);
}
