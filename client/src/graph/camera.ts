// Where the camera goes when the view asks it to show something: a node, the whole
// view, or the nodes an expansion just added.
import type { Collection, Core, NodeSingular } from 'cytoscape';

export const CAMERA = {
  /** Zoom never goes past this when fitting or centring, so a lone node is not huge. */
  maxFitZoom: 1.4,
  /** Padding in pixels around the graph when fitting. */
  fitPadding: 48,
  durationMs: 300,
} as const;

/** Centres `id`, zoomed in to at least 1 and at most `maxFitZoom`. */
export function focusOn(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.animate({ center: { eles: node }, zoom: Math.min(Math.max(cy.zoom(), 1), CAMERA.maxFitZoom) }, { duration: CAMERA.durationMs });
}

export interface Box { x1: number; y1: number; x2: number; y2: number }

/**
 * The zoom and pan that show `box` in a viewport of `width` × `height` with `padding` around it,
 * zoomed in no further than `maxZoom` (centred then), within Cytoscape's own zoom limits.
 */
export function fitViewport(box: Box, width: number, height: number, limits: { padding: number; maxZoom: number; minZoom: number }): { zoom: number; pan: { x: number; y: number } } | null {
  const w = Math.max(box.x2 - box.x1, 1e-6);
  const h = Math.max(box.y2 - box.y1, 1e-6);
  const room = { w: width - 2 * limits.padding, h: height - 2 * limits.padding };
  if (!(room.w > 0 && room.h > 0) || !Number.isFinite(box.x1 + box.x2 + box.y1 + box.y2)) return null;
  const zoom = Math.max(limits.minZoom, Math.min(limits.maxZoom, room.w / w, room.h / h));
  return { zoom, pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 } };
}

/** Moves the camera to show `box`, zooming in no further than `maxFitZoom`. */
export function fitBox(cy: Core, box: Box): void {
  const to = fitViewport(box, cy.width(), cy.height(), { padding: CAMERA.fitPadding, maxZoom: Math.min(CAMERA.maxFitZoom, cy.maxZoom()), minZoom: cy.minZoom() });
  if (to) cy.animate(to, { duration: CAMERA.durationMs });
}

/** Moves the camera to show `eles` (their labels included), zooming in no further than `maxFitZoom`. */
export function fitTo(cy: Core, eles: Collection): void {
  if (eles.nonempty()) fitBox(cy, eles.boundingBox());
}

/**
 * The box around the nodes shown, from their places and sizes, in one pass over the canvas's own list:
 * `cy.nodes().not('.off').boundingBox()` took 22-27 ms at 5k/10k (two collections built, then every
 * node's box with its label measured). Labels are left out, as a large view draws them only when zoomed
 * in; null when no node is shown.
 */
export function shownNodesBox(cy: Core): Box | null {
  const all = (cy as unknown as { mutableElements(): ArrayLike<NodeSingular> }).mutableElements();
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (let i = 0; i < all.length; i++) {
    const n = all[i]!;
    if (!n.isNode() || n.hasClass('off')) continue;
    const { x, y } = n.position();
    const half = { w: n.width() / 2, h: n.height() / 2 };
    box.x1 = Math.min(box.x1, x - half.w);
    box.x2 = Math.max(box.x2, x + half.w);
    box.y1 = Math.min(box.y1, y - half.h);
    box.y2 = Math.max(box.y2, y + half.h);
  }
  return box.x1 <= box.x2 ? box : null;
}

/**
 * On a large view, after nodes were added (an expansion): fitting thousands of nodes would lose the part
 * of the view a person was working in, so the camera moves only if one of the new nodes is out of sight,
 * and then to the new nodes and the nodes they link to.
 */
export function showAdded(cy: Core, ids: readonly string[]): void {
  const added = cy.collection();
  for (const id of ids) if (cy.hasElementWithId(id)) added.merge(cy.getElementById(id));
  const shown = added.filter((n) => !n.hasClass('off'));
  const { x1, x2, y1, y2 } = cy.extent();
  const inSight = (n: NodeSingular) => { const p = n.position(); return p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2; };
  if (shown.empty() || (shown.nodes().toArray() as NodeSingular[]).every(inSight)) return;
  fitTo(cy, shown.union(shown.neighborhood().nodes().not('.off')));
}
