// On every press and release of a node, Cytoscape's canvas renderer sorts all
// its elements into those on the drag layer and the rest
// (`updateCachedGrabbedEles`), asking each element through three collection
// methods: 5–10 ms at 5k nodes / 10k edges, twice per click. This sorts them
// the same way from the flags those methods read.
//
// A release also clears those flags on every element of the sorted list
// (`freeDraggedElements`, through the list's `forEach`: 5–12 ms at 5k/10k, as
// each element is a separate read from memory). Cytoscape flags elements only
// just before it asks for the split, so the split knows every flagged element;
// the list's `forEach` visits those, and the split that follows a release knows
// nothing is flagged; after a split that found nothing flagged (a pan), it visits
// nothing. Cytoscape 3.x calls `forEach` on this list nowhere else
// (tests/unit/client/grab-lists.test.ts checks its source).

interface ElePrivate {
  group: 'nodes' | 'edges';
  grabbed?: boolean;
  children?: unknown[];
  rscratch: { inDragLayer?: boolean };
}
type Ele = { _private: ElePrivate };
type Sorted = Ele[] & { drag?: unknown[]; nondrag?: unknown[] };
interface Renderer {
  cachedZSortedEles?: Sorted | null;
  updateCachedGrabbedEles?: () => void;
}

/**
 * Lists known to hold no flagged element until their first split: those whose flagged elements a
 * release has just cleared, and those a sort found none in while reading every element (z-sort.ts).
 */
const unflagged = new WeakSet<object>();

/** Renderers whose last split found nothing flagged, asked for no split since (so flagged nothing). */
const quiet = new WeakSet<object>();

/** Says that `eles` holds no flagged element: its split, if it is the next thing asked, needs no pass over the flags. */
export function markUnflagged(eles: object): void {
  unflagged.add(eles);
}

/**
 * Whether no element is flagged: true from a split that found none until the renderer next asks
 * for one (Cytoscape flags elements only just before asking, and clears them before asking).
 */
export function nothingFlagged(renderer: object): boolean {
  return quiet.has(renderer);
}

/** The list's `forEach` while some of its elements are flagged: it goes over those only. */
function visitFlagged(eles: Sorted, flagged: Ele[]): void {
  Object.defineProperty(eles, 'forEach', {
    configurable: true,
    writable: true,
    value: (visit: (ele: Ele, i: number, all: Ele[]) => void) => {
      flagged.forEach((ele, i) => visit(ele, i, flagged));
      unflagged.add(eles);
      // Only the split in the same call (freeDraggedElements) may rely on it.
      queueMicrotask(() => unflagged.delete(eles));
    },
  });
}

/**
 * The renderer's split, in its order: grabbed nodes (not parents) last on the drag layer, on top of
 * their neighbourhood. Returns whether nothing was flagged.
 */
export function splitByDragLayer(eles: Sorted): boolean {
  // After a release nothing is on the drag layer: the rest is the whole list, copied in one go.
  let any = false;
  if (unflagged.has(eles)) unflagged.delete(eles);
  else {
    for (let i = 0; i < eles.length && !any; i++) {
      const p = eles[i]!._private;
      any = !!p.grabbed || !!p.rscratch.inDragLayer;
    }
  }
  if (!any) {
    // A release with nothing flagged (the end of a pan) has nothing to clear: 5 ms at 5k/10k for a pass that changes nothing.
    visitFlagged(eles, []);
    eles.drag = [];
    eles.nondrag = eles.slice();
    return true;
  }
  const drag: unknown[] = [];
  const nondrag: unknown[] = [];
  const grabbed: unknown[] = [];
  const flagged: Ele[] = [];
  for (let i = 0; i < eles.length; i++) {
    const ele = eles[i]!;
    const p = ele._private;
    if (p.grabbed || p.rscratch.inDragLayer) flagged.push(ele);
    if (p.grabbed && !(p.group === 'nodes' && (p.children?.length ?? 0) !== 0)) grabbed.push(ele);
    else if (p.rscratch.inDragLayer) drag.push(ele);
    else nondrag.push(ele);
  }
  for (const ele of grabbed) drag.push(ele);
  eles.drag = drag;
  eles.nondrag = nondrag;
  visitFlagged(eles, flagged);
  return false;
}

export function fastGrabLists(renderer: Renderer): void {
  if (typeof renderer.updateCachedGrabbedEles !== 'function') return;
  renderer.updateCachedGrabbedEles = () => {
    // No sorted list yet: the renderer splits it when it sorts.
    const eles = renderer.cachedZSortedEles;
    // Asked with no list, the elements may just have been flagged: the next split reads them all.
    if (eles && splitByDragLayer(eles)) quiet.add(renderer);
    else quiet.delete(renderer);
  };
}
