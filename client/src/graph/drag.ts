// A person dragging a node of a large view: Cytoscape draws the dragged nodes
// on a layer of their own and everything else once more on the main layer, a
// full redraw (45–250 ms at 5k nodes in software rendering) when the drag starts
// and another when it ends. With a kept picture (reveal.ts) the main layer needs
// only the dragged nodes gone from their old places, which is a few small regions
// of the picture drawn again, and, at the drop, the nodes drawn where they landed.
// The edges of the picture are hidden meanwhile (as the renderer hides edges
// while a large view moves) until the picture has been drawn again a slice a frame;
// in the full style, where edges stay drawn, the dragged nodes' edges are cleared too.
import type { Box } from './picture-changes.js';

/** `box` (model units) grown to whole device pixels of a context drawing with `transform`, plus a pixel for antialiasing. */
export function devicePixels(box: Box, transform: { a: number; e: number; f: number }): Box {
  const { a: scale, e: dx, f: dy } = transform;
  return {
    x1: Math.floor(box.x1 * scale + dx) - 1,
    y1: Math.floor(box.y1 * scale + dy) - 1,
    x2: Math.ceil(box.x2 * scale + dx) + 1,
    y2: Math.ceil(box.y2 * scale + dy) + 1,
  };
}

/**
 * Clears the region of `buffer` that `box` covers and draws again, clipped to it,
 * the nodes (or with `edges`, the edges) of `eles` (in their drawing order) that reach
 * into it. `draw` gets the region in model units as its extent, so the renderer skips
 * elements outside it.
 */
export function redrawRegion<E extends { isEdge(): boolean }>(buffer: CanvasRenderingContext2D, box: Box, eles: ArrayLike<E>, draw: (context: CanvasRenderingContext2D, ele: E, extent: Box) => void, edges = false): void {
  const transform = buffer.getTransform();
  const px = devicePixels(box, transform);
  const extent = {
    x1: (px.x1 - transform.e) / transform.a,
    y1: (px.y1 - transform.f) / transform.a,
    x2: (px.x2 - transform.e) / transform.a,
    y2: (px.y2 - transform.f) / transform.a,
  };
  buffer.save();
  // In device pixels, so the clip has no partly covered pixels at its border.
  buffer.setTransform(1, 0, 0, 1, 0, 0);
  buffer.beginPath();
  buffer.rect(px.x1, px.y1, px.x2 - px.x1, px.y2 - px.y1);
  buffer.clip();
  buffer.clearRect(px.x1, px.y1, px.x2 - px.x1, px.y2 - px.y1);
  buffer.setTransform(transform);
  try {
    for (let i = 0; i < eles.length; i++) if (eles[i]!.isEdge() === edges) draw(buffer, eles[i]!, extent);
  } finally {
    buffer.restore();
  }
}
