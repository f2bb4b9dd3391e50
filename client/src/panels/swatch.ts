// Small SVG swatches that repeat the canvas's visual language in the panels:
// a node's colour and shape, an edge's colour, line style and arrow.
import { svg } from '../dom.js';
import type { EntityTypeInfo, RelationTypeInfo } from '../types.js';

const SIZE = 16;

/** The outline of each Cytoscape node shape, drawn in a 16×16 box. */
const SHAPES: Record<string, (fill: string) => SVGElement> = {
  ellipse: (fill) => svg('circle', { cx: 8, cy: 8, r: 7, fill }),
  rectangle: (fill) => svg('rect', { x: 1.5, y: 2.5, width: 13, height: 11, fill }),
  'round-rectangle': (fill) => svg('rect', { x: 1.5, y: 2.5, width: 13, height: 11, rx: 3, fill }),
  diamond: (fill) => svg('polygon', { points: '8,0.5 15.5,8 8,15.5 0.5,8', fill }),
  hexagon: (fill) => svg('polygon', { points: '0.5,8 4.5,1.5 11.5,1.5 15.5,8 11.5,14.5 4.5,14.5', fill }),
  triangle: (fill) => svg('polygon', { points: '8,1 15.5,14.5 0.5,14.5', fill }),
  barrel: (fill) => svg('path', { d: 'M3,2 Q8,0.5 13,2 Q15.5,8 13,14 Q8,15.5 3,14 Q0.5,8 3,2 Z', fill }),
};

/** Whether the panels can draw a node shape; a drift test checks every ontology shape. */
export function hasSwatch(shape: string): boolean {
  return shape in SHAPES;
}

export function entitySwatch(type: Pick<EntityTypeInfo, 'color' | 'shape'> | undefined): SVGSVGElement {
  const draw = SHAPES[type?.shape ?? 'ellipse'] ?? SHAPES.ellipse!;
  return svg('svg', {
    class: 'swatch', width: SIZE, height: SIZE, viewBox: `0 0 ${SIZE} ${SIZE}`, 'aria-hidden': 'true', focusable: 'false',
  }, draw(type?.color ?? '#9ca3af'));
}

const DASHES: Record<string, string | undefined> = { solid: undefined, dashed: '5 3', dotted: '1.5 2.5' };

export function relationSwatch(rel: Pick<RelationTypeInfo, 'color' | 'lineStyle' | 'symmetric'> | undefined): SVGSVGElement {
  const color = rel?.color ?? '#9ca3af';
  const line = svg('line', {
    x1: 1, y1: 6, x2: rel?.symmetric ? 27 : 21, y2: 6, stroke: color, 'stroke-width': 2,
    'stroke-dasharray': DASHES[rel?.lineStyle ?? 'solid'], 'stroke-linecap': rel?.lineStyle === 'dotted' ? 'round' : undefined,
  });
  const parts: SVGElement[] = [line];
  if (!rel?.symmetric) parts.push(svg('polygon', { points: '20,2 28,6 20,10', fill: color }));
  return svg('svg', {
    class: 'swatch swatch-line', width: 28, height: 12, viewBox: '0 0 28 12', 'aria-hidden': 'true', focusable: 'false',
  }, ...parts);
}
