// The layouts the explorer offers, as descriptors in one registry (the toolbar
// draws its menu from it) whose options keep old or pinned nodes still, and the
// move of the nodes to the places a layout found (layout-job.ts finds them).
import type { Layouts, NodeCollection, NodeSingular, Position } from 'cytoscape';
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
 * Moves `nodes` to `places` (worked out by layout-job.ts), gliding there over
 * `durationMs` as the layouts used to animate, or at once for 0. A fixed node's
 * place is where it stands, so it does not move.
 */
export function animateTo(nodes: NodeCollection, places: ReadonlyMap<string, Position>, durationMs = 400): RunningLayout {
  const layout: Layouts = nodes.layout({
    name: 'preset',
    positions: ((node: NodeSingular) => places.get(node.id()) ?? node.position()) as unknown as Record<string, Position>,
    animate: durationMs > 0,
    animationDuration: durationMs,
    fit: false,
  });
  const done = layout.promiseOn('layoutstop').then(() => undefined);
  layout.run();
  return { stop: () => void layout.stop(), done };
}

function constraint(fixed: Map<string, Position>): Record<string, unknown> {
  if (fixed.size === 0) return {};
  return { fixedNodeConstraint: [...fixed].map(([nodeId, position]) => ({ nodeId, position })) };
}
