// The band of the kept picture an edge is drawn in: boxes along its line, as wide
// as its line and arrow. A dragged node's edges are cleared from the picture in
// these bands, and only the edges whose own line (as wide) meets a cleared region
// are drawn into it again: an edge's bounding box is no test for a long diagonal edge, whose
// box spans much of the view (the first drag of a mid-sized view drew 400–900
// edges again per cleared edge, ~20 ms, where a few dozen cross it).
import { boxesAlong, lineAlong, lineMeets, type EdgePath } from './drag.js';
import type { Box } from './picture-changes.js';

/** Room beyond an edge's line and arrow that its band covers (antialiasing, line caps), in model units. */
const EDGE_PAD = 3;
/** Length of the pieces of a band, in model units. */
const EDGE_STEP = 40;

/** What of a Cytoscape edge its band needs: its style's width and arrow scale, and its drawn points. */
export interface BandedEdge {
  pstyle(name: string): { pfValue?: number; value?: unknown };
  boundingBox(): Box;
  _private: { rscratch: EdgePath };
}

/** Half the width of what an edge draws along its line (its label shows only when hovered or selected, drawn on top). */
export function halfWidth(width: number, arrowScale: number): number {
  // The arrow's width as the renderer works it out (`getArrowWidth`), in model units.
  const arrow = Math.max((width * 13.37) ** 0.9, 29) * arrowScale;
  return Math.max(width, arrow) / 2 + EDGE_PAD;
}

/** How far on either side of its line an edge draws, in model units. */
function padOf(edge: BandedEdge): number {
  return halfWidth(Number(edge.pstyle('width').pfValue ?? 1), Number(edge.pstyle('arrow-scale').value ?? 1));
}

/** The boxes (model units) covering what `edge` draws; its bounding box where its path cannot be read. */
export function bandOf(edge: BandedEdge): Box[] {
  return boxesAlong(edge._private.rscratch, padOf(edge), EDGE_STEP) ?? [edge.boundingBox()];
}

/**
 * What `edge` draws, to test regions against: its line and how far either side, or its bounding box
 * where its path cannot be read. Testing a region against the line is what its band answers, without
 * making a box per 40 units (for the hundreds of edges a drag's first cleared regions ask about, the
 * boxes took more of the frame than drawing the few that cross).
 */
export type EdgeReach = { line: ArrayLike<number>; pad: number } | { box: Box };

export function reachOf(edge: BandedEdge): EdgeReach {
  const line = lineAlong(edge._private.rscratch);
  return line ? { line, pad: padOf(edge) } : { box: edge.boundingBox() };
}

export function reachMeets(reach: EdgeReach, region: Box): boolean {
  if ('box' in reach) return reach.box.x1 <= region.x2 && region.x1 <= reach.box.x2 && reach.box.y1 <= region.y2 && region.y1 <= reach.box.y2;
  return lineMeets(reach.line, reach.pad, region);
}
