// When a pan or zoom starts on a large view (textureOnViewport), Cytoscape's
// canvas renderer takes a snapshot of the view to move during the gesture, and
// first measures the bounding box of every element
// (`cy.mutableElements().boundingBox()`, ~2 µs each: 30 ms at 5k nodes / 10k
// edges) into its texture cache, where nothing reads it. For the frame that
// makes the snapshot, that one measurement answers at once.

interface Bounds { x1: number; y1: number; x2: number; y2: number; w: number; h: number }
interface Collection { boundingBox(options?: unknown): Bounds }
interface Renderer {
  render?: (options?: { forcedContext?: unknown }) => unknown;
  textureOnViewport?: boolean;
  textureCache?: unknown;
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData?: { dragging?: boolean };
  data?: { wheelZooming?: boolean };
  cy?: { mutableElements(): Collection };
}

/** True when this render call is the one that makes the gesture snapshot (the renderer's own test). */
export function makesSnapshot(r: Renderer, options: { forcedContext?: unknown } | undefined): boolean {
  const gesture = r.pinching || r.hoverData?.dragging || r.swipePanning || r.data?.wheelZooming;
  return !options?.forcedContext && !!r.textureOnViewport && !r.textureCache && !!gesture;
}

export function skipSnapshotBounds(renderer: Renderer): void {
  const render = renderer.render?.bind(renderer);
  const cy = renderer.cy;
  if (!render || !cy) return;
  renderer.render = (options) => {
    if (!makesSnapshot(renderer, options)) return render(options);
    // The collection of all elements is one shared object: its own property shadows the method for this render only.
    const all = cy.mutableElements() as Partial<Collection>;
    const own = Object.getOwnPropertyDescriptor(all, 'boundingBox');
    all.boundingBox = () => ({ x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 });
    try {
      return render(options);
    } finally {
      if (own) Object.defineProperty(all, 'boundingBox', own);
      else delete all.boundingBox;
    }
  };
}
