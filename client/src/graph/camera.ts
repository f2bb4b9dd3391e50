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

/** Moves the camera to show `eles`, zooming in no further than `maxFitZoom`. */
export function fitTo(cy: Core, eles: Collection): void {
  if (eles.empty()) return;
  cy.animate({ fit: { eles, padding: CAMERA.fitPadding } }, {
    duration: CAMERA.durationMs,
    complete: () => {
      if (cy.zoom() > CAMERA.maxFitZoom) cy.zoom({ level: CAMERA.maxFitZoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
  });
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
