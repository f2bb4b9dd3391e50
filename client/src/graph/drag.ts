// A person dragging a node of a large view: Cytoscape draws the dragged nodes
// on a layer of their own and everything else once more on the main layer, a
// full redraw (45–250 ms at 5k nodes in software rendering) when the drag starts
// and another when it ends. With a kept picture (reveal.ts) the main layer needs
// only the dragged nodes gone from their old places, which is a few small regions
// of the picture drawn again, and, at the drop, the nodes drawn where they landed.
// The edges of the picture are hidden meanwhile (as the renderer hides edges
// while a large view moves) until the picture has been drawn again, a slice at a
// time while the page is idle;
// in the full style, where edges stay drawn, the dragged nodes' edges are cleared too
// (along their bands, edge-band.ts, a piece at a time: kept-picture.ts).
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
export function redrawRegion<E extends { isEdge(): boolean }>(
  buffer: CanvasRenderingContext2D, box: Box, eles: ArrayLike<E>, draw: (context: CanvasRenderingContext2D, ele: E, extent: Box) => void,
  edges = false, reaches: Reaches<E> = () => true,
): void {
  redrawRegions(buffer, [box], eles, draw, edges, reaches);
}

/**
 * Whether `ele` may draw into the regions being cleared (model units), given a test of a box against
 * them: false only where it surely does not (an element it cannot tell about is drawn, and the
 * renderer's own test against the regions' overall extent decides).
 */
export type Reaches<E> = (ele: E, meetsRegion: (box: Box) => boolean, regions: readonly Box[]) => boolean;

const meets = (a: Box, b: Box) => a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/** The same for several regions at once: one clip, one pass over `eles`, skipping those `reaches` rules out. */
export function redrawRegions<E extends { isEdge(): boolean }>(
  buffer: CanvasRenderingContext2D, boxes: readonly Box[], eles: ArrayLike<E>,
  draw: (context: CanvasRenderingContext2D, ele: E, extent: Box) => void, edges: boolean, reaches: Reaches<E>,
): void {
  if (boxes.length === 0) return;
  const transform = buffer.getTransform();
  const pixels = boxes.map((box) => devicePixels(box, transform));
  const regions = pixels.map((px) => ({
    x1: (px.x1 - transform.e) / transform.a,
    y1: (px.y1 - transform.f) / transform.a,
    x2: (px.x2 - transform.e) / transform.a,
    y2: (px.y2 - transform.f) / transform.a,
  }));
  const extent = regions.reduce((all, r) => ({ x1: Math.min(all.x1, r.x1), y1: Math.min(all.y1, r.y1), x2: Math.max(all.x2, r.x2), y2: Math.max(all.y2, r.y2) }));
  buffer.save();
  // In device pixels, so the clip has no partly covered pixels at its border.
  buffer.setTransform(1, 0, 0, 1, 0, 0);
  buffer.beginPath();
  for (const px of pixels) buffer.rect(px.x1, px.y1, px.x2 - px.x1, px.y2 - px.y1);
  buffer.clip();
  for (const px of pixels) buffer.clearRect(px.x1, px.y1, px.x2 - px.x1, px.y2 - px.y1);
  buffer.setTransform(transform);
  const meetsRegion = (box: Box) => meets(box, extent) && regions.some((r) => meets(box, r));
  try {
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i]!;
      if (ele.isEdge() !== edges || !reaches(ele, meetsRegion, regions)) continue;
      draw(buffer, ele, extent);
    }
  } finally {
    buffer.restore();
  }
}

/** The drawn points of an edge, as Cytoscape keeps them (`rscratch`). */
export interface EdgePath { edgeType?: string; allpts?: number[] }

/**
 * The line an edge is drawn along (model units, x and y by turns): its points, with
 * runs of quadratic curves sampled. Undefined for a path it cannot read.
 */
export function lineAlong(path: EdgePath): number[] | undefined {
  const pts = path.allpts;
  if (!pts || pts.length < 4) return undefined;
  if (path.edgeType === 'straight' || path.edgeType === 'haystack' || path.edgeType === 'segments') return pts;
  if ((path.edgeType === 'bezier' || path.edgeType === 'multibezier' || path.edgeType === 'self' || path.edgeType === 'compound') && pts.length >= 6 && (pts.length - 2) % 4 === 0) {
    // Runs of quadratic curves: start, (control, end)*.
    const line = [pts[0]!, pts[1]!];
    for (let i = 0; i + 5 < pts.length; i += 4) {
      for (let k = 1; k <= 8; k++) {
        const t = k / 8;
        const u = 1 - t;
        line.push(u * u * pts[i]! + 2 * u * t * pts[i + 2]! + t * t * pts[i + 4]!, u * u * pts[i + 1]! + 2 * u * t * pts[i + 3]! + t * t * pts[i + 5]!);
      }
    }
    return line;
  }
  return undefined;
}

/**
 * Boxes (model units) that together cover an edge's line, each `step` long at most
 * and grown by `pad` on every side (its width, its arrow): a long edge clears a band
 * of the picture around its line rather than the whole rectangle it spans, which
 * for an edge across the view is most of the picture. Quadratic curves are sampled.
 * Undefined for a path it cannot read (the caller clears the edge's whole box).
 */
export function boxesAlong(path: EdgePath, pad: number, step: number): Box[] | undefined {
  const line = lineAlong(path);
  if (!line) return undefined;
  const boxes: Box[] = [];
  for (let i = 0; i + 3 < line.length; i += 2) {
    const [x1, y1, x2, y2] = [line[i]!, line[i + 1]!, line[i + 2]!, line[i + 3]!];
    const pieces = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / step));
    for (let k = 0; k < pieces; k++) {
      const [ax, ay] = [x1 + ((x2 - x1) * k) / pieces, y1 + ((y2 - y1) * k) / pieces];
      const [bx, by] = [x1 + ((x2 - x1) * (k + 1)) / pieces, y1 + ((y2 - y1) * (k + 1)) / pieces];
      boxes.push({ x1: Math.min(ax, bx) - pad, y1: Math.min(ay, by) - pad, x2: Math.max(ax, bx) + pad, y2: Math.max(ay, by) + pad });
    }
  }
  return boxes;
}

/**
 * Whether the line through `line`'s points, grown by `pad` on every side, meets `box`.
 * Each segment is tested against the box grown by `pad` (a square end rather than a
 * round one, which only errs towards drawing an edge again) on the three axes that
 * can separate them: x, y and the segment's normal.
 */
export function lineMeets(line: ArrayLike<number>, pad: number, box: Box): boolean {
  const [x1, y1, x2, y2] = [box.x1 - pad, box.y1 - pad, box.x2 + pad, box.y2 + pad];
  for (let i = 0; i + 3 < line.length; i += 2) {
    const ax = line[i]!;
    const ay = line[i + 1]!;
    const bx = line[i + 2]!;
    const by = line[i + 3]!;
    if (Math.max(ax, bx) < x1 || Math.min(ax, bx) > x2 || Math.max(ay, by) < y1 || Math.min(ay, by) > y2) continue;
    // Which side of the segment's line each corner of the box is on: all on one side, no meeting.
    const dx = bx - ax;
    const dy = by - ay;
    const c1 = dx * (y1 - ay) - dy * (x1 - ax);
    const c2 = dx * (y1 - ay) - dy * (x2 - ax);
    const c3 = dx * (y2 - ay) - dy * (x1 - ax);
    const c4 = dx * (y2 - ay) - dy * (x2 - ax);
    if ((c1 > 0 && c2 > 0 && c3 > 0 && c4 > 0) || (c1 < 0 && c2 < 0 && c3 < 0 && c4 < 0)) continue;
    return true;
  }
  return false;
}
