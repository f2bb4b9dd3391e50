// A layout computed away from the canvas: the nodes' boxes and the edges go in
// as plain columns (cheap to hand to a worker, layout-worker.ts), new places come
// out. fcose's cost grows with the square of the nodes (measured in Node on this
// machine: 200 nodes ~1 s, 500 ~5 s, 1,000 ~45 s at its best quality), which on
// the page's thread would freeze the page for as long.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../core/types.js';
import { EXPAND_DESCRIPTOR, layoutNamed, type LayoutDescriptor } from './layout.js';
import { spreadBoxes } from './spread.js';

export interface LayoutJob {
  /** A layout the toolbar offers, or 'expand': new nodes only, briefly (EXPAND_LAYOUT). */
  layout: LayoutName | 'expand';
  ids: string[];
  /** The centre and size of each node's box with its label, which is what the layouts place. */
  x: Float64Array;
  y: Float64Array;
  w: Float64Array;
  h: Float64Array;
  /** 1 for a node that must keep its place. */
  fixed: Uint8Array;
  /**
   * The canvas's size: the layouts other than fcose spread the nodes over it, as they do
   * on the page (headless, its size is 0 by 0, on which breadthfirst's spacing explodes).
   */
  area: { w: number; h: number };
  /** Each edge as the indexes of its ends in `ids`. */
  source: Uint32Array;
  target: Uint32Array;
}

/** The new centre of each node's box, in the order of the job's `ids`. */
export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Above this many nodes fcose starts from its spectral layout and refines it at
 * its default quality (measured in Node: 500 nodes ~1–2 s, 1,000 ~5 s; at its
 * best quality 1,000 nodes took ~45 s). Its `numIter` cannot shorten that: the
 * spring embedder (layout-base) runs up to five iterations per node, and stops
 * earlier only when it converges (~800 at 1,000 nodes).
 */
export const FCOSE_BRIEF_ABOVE = 300;
export const FCOSE_BRIEF = { quality: 'default', randomize: true } as const;

/**
 * Above this many, even that takes too long (Node: 2,000 nodes 18 s; in the
 * browser 5,000 took 69 s and left thousands of boxes overlapping): fcose's
 * spectral layout alone (its "draft", 2 s at 5,000), opened up by spread.ts.
 */
export const FCOSE_SPREAD_ABOVE = 1000;
export const FCOSE_SPREAD = { quality: 'draft', randomize: true } as const;

function descriptorOf(job: LayoutJob): LayoutDescriptor {
  return job.layout === 'expand' ? EXPAND_DESCRIPTOR : layoutNamed(job.layout);
}

/** Options for a run on boxes that already include the labels, without animation. */
export function optionsFor(job: LayoutJob, fixed: Map<string, { x: number; y: number }>): Record<string, unknown> {
  const options: Record<string, unknown> = {
    ...descriptorOf(job).options(fixed), animate: false, fit: false, nodeDimensionsIncludeLabels: false,
    boundingBox: { x1: 0, y1: 0, w: Math.max(1, job.area.w), h: Math.max(1, job.area.h) },
  };
  if (options.name !== 'fcose' || job.layout === 'expand') return options;
  if (job.ids.length > FCOSE_SPREAD_ABOVE) return { ...options, ...FCOSE_SPREAD };
  if (job.ids.length > FCOSE_BRIEF_ABOVE) return { ...options, ...FCOSE_BRIEF };
  return options;
}

export function computeLayout(job: LayoutJob): LayoutResult {
  if (!(cytoscape as unknown as (kind: string, name: string) => unknown)('layout', 'fcose')) cytoscape.use(fcose);
  const n = job.ids.length;
  const elements: cytoscape.ElementDefinition[] = [];
  const fixed = new Map<string, { x: number; y: number }>();
  for (let i = 0; i < n; i++) {
    const position = { x: job.x[i]!, y: job.y[i]! };
    elements.push({ group: 'nodes', data: { id: job.ids[i]!, w: job.w[i]!, h: job.h[i]! }, position });
    if (job.fixed[i]) fixed.set(job.ids[i]!, position);
  }
  for (let i = 0; i < job.source.length; i++) {
    elements.push({ group: 'edges', data: { id: `e${i}`, source: job.ids[job.source[i]!]!, target: job.ids[job.target[i]!]! } });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    // The default first layout puts every node at (0, 0); the job's places are the start.
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  const options = optionsFor(job, fixed);
  // fcose keeps fixed nodes through its constraints; the other layouts leave locked nodes alone.
  const locked = options.name === 'fcose' ? cy.collection() : cy.nodes().filter((node) => fixed.has(node.id()));
  locked.lock();
  cy.layout(options as unknown as cytoscape.LayoutOptions).run();
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = cy.getElementById(job.ids[i]!).position();
    x[i] = p.x;
    y[i] = p.y;
  }
  cy.destroy();
  if (options.name === 'fcose' && options.quality === FCOSE_SPREAD.quality) {
    holdFixed(job, x, y);
    spreadBoxes({ x, y, w: job.w, h: job.h, fixed: job.fixed });
  }
  // A node sent off to infinity would vanish from the view: better to say so and leave them all where they are.
  if (!x.every(Number.isFinite) || !y.every(Number.isFinite)) throw new Error(`the ${job.layout} layout gave some nodes no place`);
  return { x, y };
}

/**
 * fcose's draft does not keep fixed nodes in place (its constraints act in the refinement it skips):
 * the draft is moved so that the fixed nodes' centre is where it was, and they go back to their places.
 */
function holdFixed(job: LayoutJob, x: Float64Array, y: Float64Array): void {
  let dx = 0, dy = 0, count = 0;
  for (let i = 0; i < x.length; i++) {
    if (!job.fixed[i]) continue;
    dx += job.x[i]! - x[i]!;
    dy += job.y[i]! - y[i]!;
    count++;
  }
  if (count === 0) return;
  for (let i = 0; i < x.length; i++) {
    x[i] = job.fixed[i] ? job.x[i]! : x[i]! + dx / count;
    y[i] = job.fixed[i] ? job.y[i]! : y[i]! + dy / count;
  }
}
