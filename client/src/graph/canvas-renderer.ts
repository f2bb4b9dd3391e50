// The parts of Cytoscape's 2D canvas renderer that the kept picture (reveal.ts,
// kept-picture.ts) draws through. They are the renderer's internals, not its
// public API, so they are reached in one place and checked before use: where
// they are missing (the headless or the WebGL renderer) the renderer draws alone.
import type { Core } from 'cytoscape';
import type { Buffers } from './rebuild.js';

export type Ele = { id(): string; isEdge(): boolean };
export type DrawFn = (context: unknown, eles: ArrayLike<Ele>, pxRatio: number, extent: unknown) => void;
type DrawOne = (context: unknown, ele: Ele, pxRatio: number, extent: unknown, level?: number, highQuality?: boolean) => void;

export interface CanvasRenderer {
  drawLayeredElements?: DrawFn;
  drawCachedNodes?: DrawFn;
  drawCachedElement?: DrawOne;
  drawElement?: (...args: unknown[]) => void;
  redrawHint?: (group: string, on: boolean) => void;
  redraw?: () => void;
  /** One frame's drawing: sorts the elements into drawing order, then draws the layers. */
  render?: (options?: unknown) => void;
  NODE?: number;
  TEXTURE_BUFFER?: number;
  /** On for views of a few hundred nodes and more: the renderer shows a snapshot while the view moves. */
  textureOnViewport?: boolean;
  /** On for large views (the light style): edges are left out while the view moves. */
  hideEdgesOnViewport?: boolean;
  hoverData?: { draggingEles?: boolean };
  data?: { contexts?: unknown[]; bufferContexts?: unknown[] };
}

/** The 2D canvas renderer of `cy`, if it has everything the kept picture needs. */
export function canvasRendererOf(cy: Core): CanvasRenderer | undefined {
  const r = (cy as unknown as { renderer?: () => CanvasRenderer | undefined }).renderer?.();
  const complete = r && typeof r.drawLayeredElements === 'function' && typeof r.drawCachedElement === 'function' && typeof r.redraw === 'function';
  return complete && !(r as { webgl?: unknown }).webgl ? r : undefined;
}

/** Asks for a redraw of the elements at the next frame. */
export function redraw(r: CanvasRenderer | undefined): void {
  r?.redrawHint?.('eles', true);
  r?.redraw?.();
}

/**
 * Draws one element as the renderer would, at full quality. Otherwise, for an element it has no
 * texture of at this zoom, the renderer draws a blurred stand-in and redraws the view once the
 * sharp texture is made between frames; a kept picture would keep the stand-in.
 */
export function crisp(r: CanvasRenderer, context: unknown, ele: Ele, pxRatio: number, extent: unknown): void {
  r.drawCachedElement!(context, ele, pxRatio, extent, undefined, true);
}

/** Ids of the elements drawn selected or active. */
export function switchedOn(eles: ArrayLike<Ele>): string[] {
  const on: string[] = [];
  for (let i = 0; i < eles.length; i++) {
    const p = (eles[i] as unknown as { _private?: { selected?: boolean; active?: boolean } })._private;
    if (p?.selected || p?.active) on.push(eles[i]!.id());
  }
  return on;
}

/** An offscreen 2D context the size of `like`, drawing with its transform. */
export type MakeBuffer = (like: CanvasRenderingContext2D) => CanvasRenderingContext2D | undefined;

export const canvasBuffer: MakeBuffer = (like) => {
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = like.canvas.width;
  canvas.height = like.canvas.height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.setTransform(like.getTransform());
  context.imageSmoothingEnabled = like.imageSmoothingEnabled;
  return context;
};

/**
 * Two empty buffers the size of `screen`, drawing with its transform: `old` cleared when the canvas
 * kept its size (making two is ~10 ms), else new ones; undefined if none could be made.
 */
export function freshBuffers(old: Buffers | undefined, screen: CanvasRenderingContext2D, make: MakeBuffer): Buffers | undefined {
  if (old && old.edges.canvas.width === screen.canvas.width && old.edges.canvas.height === screen.canvas.height) {
    for (const b of [old.edges, old.nodes]) {
      b.setTransform(1, 0, 0, 1, 0, 0);
      b.clearRect(0, 0, b.canvas.width, b.canvas.height);
      b.setTransform(screen.getTransform());
    }
    return old;
  }
  const edges = make(screen);
  const nodes = make(screen);
  return edges && nodes ? { edges, nodes } : undefined;
}
