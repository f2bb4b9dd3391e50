// The fcose layout as the explorer runs it: incremental (existing nodes keep
// their places, the expanded node stays put) so the picture does not jump.
import type { Core, Layouts, NodeSingular } from 'cytoscape';

export const FCOSE_DEFAULTS = {
  name: 'fcose',
  // Incremental runs start from current positions; fcose requires 'proof' quality for that.
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

export interface RunningLayout {
  stop(): void;
  /** Settles when the layout stops, finished or stopped. */
  done: Promise<void>;
}

/** Runs fcose on the whole graph; `anchor` (the node just expanded) keeps its position. */
export function startLayout(cy: Core, anchor?: NodeSingular): RunningLayout {
  const options = {
    ...FCOSE_DEFAULTS,
    ...(anchor ? { fixedNodeConstraint: [{ nodeId: anchor.id(), position: { ...anchor.position() } }] } : {}),
  };
  // The typings list only built-in layouts; fcose adds its own options.
  const layout: Layouts = cy.layout(options as unknown as Parameters<Core['layout']>[0]);
  const done = layout.promiseOn('layoutstop').then(() => undefined);
  layout.run();
  return { stop: () => void layout.stop(), done };
}
