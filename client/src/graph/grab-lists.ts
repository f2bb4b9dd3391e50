// On every press and release of a node, Cytoscape's canvas renderer sorts all
// its elements into those on the drag layer and the rest
// (`updateCachedGrabbedEles`), asking each element through three collection
// methods: 5–10 ms at 5k nodes / 10k edges, twice per click. This sorts them
// the same way from the flags those methods read.

interface ElePrivate {
  group: 'nodes' | 'edges';
  grabbed?: boolean;
  children?: unknown[];
  rscratch: { inDragLayer?: boolean };
}
type Sorted = Array<{ _private: ElePrivate }> & { drag?: unknown[]; nondrag?: unknown[] };
interface Renderer {
  cachedZSortedEles?: Sorted | null;
  updateCachedGrabbedEles?: () => void;
}

/** The renderer's split, in its order: grabbed nodes (not parents) last on the drag layer, on top of their neighbourhood. */
export function splitByDragLayer(eles: Sorted): void {
  // After a release nothing is on the drag layer: the rest is the whole list, copied in one go.
  let any = false;
  for (let i = 0; i < eles.length && !any; i++) {
    const p = eles[i]!._private;
    any = !!p.grabbed || !!p.rscratch.inDragLayer;
  }
  if (!any) {
    eles.drag = [];
    eles.nondrag = eles.slice();
    return;
  }
  const drag: unknown[] = [];
  const nondrag: unknown[] = [];
  const grabbed: unknown[] = [];
  for (let i = 0; i < eles.length; i++) {
    const ele = eles[i]!;
    const p = ele._private;
    if (p.grabbed && !(p.group === 'nodes' && (p.children?.length ?? 0) !== 0)) grabbed.push(ele);
    else if (p.rscratch.inDragLayer) drag.push(ele);
    else nondrag.push(ele);
  }
  for (const ele of grabbed) drag.push(ele);
  eles.drag = drag;
  eles.nondrag = nondrag;
}

export function fastGrabLists(renderer: Renderer): void {
  if (typeof renderer.updateCachedGrabbedEles !== 'function') return;
  renderer.updateCachedGrabbedEles = () => {
    // No sorted list yet: the renderer splits it when it sorts.
    const eles = renderer.cachedZSortedEles;
    if (eles) splitByDragLayer(eles);
  };
}
