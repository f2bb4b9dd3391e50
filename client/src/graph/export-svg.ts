// SVG export of what the canvas shows, written by hand: nodes with their shape,
// colour and label, edges with their line style and arrow. Labels are text
// nodes, so names from documents cannot inject markup into the file.
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { svg } from '../dom.js';

const NS = 'http://www.w3.org/2000/svg';
const PAD = 30;
const FONT = 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The visible graph as a standalone SVG document. */
export function exportSvg(cy: Core): string {
  // Not ':visible': Cytoscape caches visibility until the next frame; '.off' is what the view hides.
  const eles = cy.elements().not('.off');
  const box = eles.boundingBox({ includeLabels: true });
  const root = svg('svg', {
    xmlns: NS, width: Math.ceil(box.w + 2 * PAD), height: Math.ceil(box.h + 2 * PAD),
    viewBox: `${box.x1 - PAD} ${box.y1 - PAD} ${box.w + 2 * PAD} ${box.h + 2 * PAD}`,
    'font-family': FONT,
  });
  root.append(svg('rect', { x: box.x1 - PAD, y: box.y1 - PAD, width: box.w + 2 * PAD, height: box.h + 2 * PAD, fill: '#ffffff' }));
  const edges = svg('g', { class: 'edges' });
  eles.edges().forEach((e) => { edges.append(...edgeShapes(e)); });
  const nodes = svg('g', { class: 'nodes' });
  eles.nodes().forEach((n) => { nodes.append(...nodeShapes(n)); });
  root.append(edges, nodes);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

function edgeShapes(edge: EdgeSingular): SVGElement[] {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const controls = edge.style('curve-style') === 'bezier' ? (edge.controlPoints() ?? []) : [];
  const color = edge.style('line-color') as string;
  const dash = ({ dashed: '6 4', dotted: '1.5 3' } as Record<string, string>)[edge.style('line-style') as string];
  const d = controls.length === 1
    ? `M${s.x},${s.y} Q${controls[0]!.x},${controls[0]!.y} ${t.x},${t.y}`
    : `M${[s, ...controls, t].map((p) => `${p.x},${p.y}`).join(' L')}`;
  const parts: SVGElement[] = [svg('path', {
    d, fill: 'none', stroke: color, 'stroke-width': parseFloat(edge.style('width') as string) || 1.5,
    'stroke-dasharray': dash, opacity: edge.style('opacity') as string,
  })];
  if (edge.style('target-arrow-shape') !== 'none') parts.push(arrow(controls.at(-1) ?? s, t, color));
  return parts;
}

function arrow(from: Position, tip: Position, color: string): SVGElement {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = 9;
  const corner = (a: number) => `${tip.x - size * Math.cos(angle + a)},${tip.y - size * Math.sin(angle + a)}`;
  return svg('polygon', { points: `${tip.x},${tip.y} ${corner(0.45)} ${corner(-0.45)}`, fill: color });
}

function nodeShapes(node: NodeSingular): SVGElement[] {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const fill = node.style('background-color') as string;
  const borderWidth = parseFloat(node.style('border-width') as string) || 0;
  const stroke: Attrs = borderWidth > 0 ? { stroke: node.style('border-color') as string, 'stroke-width': borderWidth } : {};
  const shape = outline(node.style('shape') as string, x, y, w, h, { fill, ...stroke });
  const label = String(node.data('label') ?? '');
  if (!label) return [shape];
  const text = svg('text', {
    x, y: y + h / 2 + 4 + 11, 'text-anchor': 'middle', 'font-size': 11, fill: '#1f2937',
    stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke',
  });
  text.textContent = label;
  return [shape, text];
}

type Attrs = Record<string, string | number>;

function outline(shape: string, x: number, y: number, w: number, h: number, paint: Attrs): SVGElement {
  const rx = w / 2;
  const ry = h / 2;
  const poly = (pts: Array<[number, number]>) => svg('polygon', { points: pts.map(([px, py]) => `${x + px * rx},${y + py * ry}`).join(' '), ...paint });
  switch (shape) {
    case 'rectangle': return svg('rect', { x: x - rx, y: y - ry, width: w, height: h, ...paint });
    case 'round-rectangle': return svg('rect', { x: x - rx, y: y - ry, width: w, height: h, rx: Math.min(w, h) / 4, ...paint });
    case 'diamond': return poly([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'hexagon': return poly([[-1, 0], [-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1]]);
    case 'triangle': return poly([[0, -1], [1, 1], [-1, 1]]);
    case 'barrel': return svg('path', {
      d: `M${x - rx * 0.8},${y - ry} Q${x},${y - ry * 1.1} ${x + rx * 0.8},${y - ry} Q${x + rx * 1.1},${y} ${x + rx * 0.8},${y + ry} Q${x},${y + ry * 1.1} ${x - rx * 0.8},${y + ry} Q${x - rx * 1.1},${y} ${x - rx * 0.8},${y - ry} Z`,
      ...paint,
    });
    default: return svg('ellipse', { cx: x, cy: y, rx, ry, ...paint });
  }
}
