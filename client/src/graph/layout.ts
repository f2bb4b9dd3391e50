// The layouts the explorer offers, as descriptors in one registry (the toolbar
// draws its menu from it), and a runner that keeps old or pinned nodes still.
import type { Collection, Core, Layouts, NodeSingular, Position } from 'cytoscape';
import type { LayoutName } from '../core/types.js';

export const FCOSE_DEFAULTS = {
  name: 'fcose',
  // Runs start from current positions (randomize: false), which fcose allows at 'default' or 'proof' quality.
  quality: 'proof',
  randomize: false,
  animate: true,
  animationDuration: 450,
  // We fit ourselves after the run, with our own padding and zoom cap.
  fit: false,
  // Labels sit under nodes; counting them keeps names from overlapping.
  nodeDimensionsIncludeLabels: true,
  // Packing needs the cytoscape-layout-utilities extension, which we do not load.
  packComponents: false,
  nodeRepulsion: () => 6500,
  idealEdgeLength: () => 90,
  nodeSeparation: 90,
  numIter: 1500,
} as const;

/**
 * After an expansion: only the new nodes (and the old ones they link to, held
 * fixed) are laid out, from their fan places, briefly and without animation:
 * the fan is already a layout; this untangles what links the new nodes to each other.
 */
export const EXPAND_LAYOUT = {
  /** Above this many new nodes the fan places stand as they are (fcose's cost grows with the square). */
  maxNodes: 60,
  options: { ...FCOSE_DEFAULTS, quality: 'default', animate: false, numIter: 300 } as const,
} as const;

export const EXPAND_DESCRIPTOR: LayoutDescriptor = {
  id: 'fcose', label: 'Force-directed (fCoSE), new nodes only',
  options: (fixed) => ({ ...EXPAND_LAYOUT.options, ...constraint(fixed) }),
};

export interface LayoutDescriptor {
  id: LayoutName;
  label: string;
  /** Options for a full run; `fixed` nodes must not move. */
  options(fixed: Map<string, Position>): Record<string, unknown>;
}

const common = { animate: true, animationDuration: 400, fit: false, nodeDimensionsIncludeLabels: true } as const;

export const LAYOUTS: readonly LayoutDescriptor[] = [
  {
    id: 'fcose', label: 'Force-directed (fCoSE)',
    options: (fixed) => ({ ...FCOSE_DEFAULTS, ...constraint(fixed) }),
  },
  {
    id: 'concentric', label: 'Concentric (hubs in the middle)',
    options: () => ({ ...common, name: 'concentric', concentric: (n: { degree(): number }) => n.degree(), levelWidth: () => 2, minNodeSpacing: 30 }),
  },
  { id: 'breadthfirst', label: 'Hierarchy (breadth-first)', options: () => ({ ...common, name: 'breadthfirst', directed: false, spacingFactor: 1.1 }) },
  { id: 'grid', label: 'Grid', options: () => ({ ...common, name: 'grid', avoidOverlap: true, condense: true }) },
];

export function layoutNamed(id: LayoutName): LayoutDescriptor {
  return LAYOUTS.find((l) => l.id === id) ?? LAYOUTS[0]!;
}

export interface RunningLayout {
  stop(): void;
  /** Settles when the layout stops, finished or stopped. */
  done: Promise<void>;
}

/**
 * Runs a layout on `eles`. Nodes in `fixed` keep their place: fcose gets them
 * as constraints; the other layouts skip locked nodes, so they are locked for the run.
 */
export function startLayout(cy: Core, eles: Collection, descriptor: LayoutDescriptor, fixedIds: Iterable<string>): RunningLayout {
  const fixed = new Map<string, Position>();
  for (const id of fixedIds) {
    const node = eles.getElementById(id);
    if (node.nonempty() && node.isNode()) fixed.set(id, constraintPosition(node));
  }
  const locked = descriptor.id === 'fcose' ? cy.collection() : eles.nodes().filter((n) => fixed.has(n.id()) && !n.locked());
  locked.lock();
  // The typings list only built-in layouts; fcose adds its own options.
  const layout: Layouts = eles.layout(descriptor.options(fixed) as unknown as Parameters<Core['layout']>[0]);
  const done = layout.promiseOn('layoutstop').then(() => { locked.unlock(); });
  layout.run();
  return { stop: () => void layout.stop(), done };
}

/**
 * Where fcose must keep a node: it places the centre of the node's box with
 * its label (nodeDimensionsIncludeLabels), so that centre, not the node's own, is given.
 */
function constraintPosition(node: NodeSingular): Position {
  const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

function constraint(fixed: Map<string, Position>): Record<string, unknown> {
  if (fixed.size === 0) return {};
  return { fixedNodeConstraint: [...fixed].map(([nodeId, position]) => ({ nodeId, position })) };
}
