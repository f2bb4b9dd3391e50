// Cytoscape's canvas renderer sorts all its elements into drawing order whenever
// one is added, removed or restyled in z order (`getCachedZSortedEles`). Its
// comparator reads three style values and a pool index through collection
// methods on every comparison: 15,000 elements take ~200,000 comparisons,
// 50–60 ms in one task. This reads each element's keys once and sorts on
// numbers, giving the same order.

interface Ele {
  pstyle(name: string): { value: unknown };
  isNode(): boolean;
  zDepth(): number;
  interactive(): boolean;
}
type Sorted = Ele[] & { interactive?: Ele[] };
interface Renderer {
  cy?: { mutableElements(): { toArray(): Ele[] }; hasCompoundNodes(): boolean };
  cachedZSortedEles?: Sorted | null;
  getCachedZSortedEles?: (forceRecalc?: boolean) => Sorted;
  updateCachedGrabbedEles?: () => void;
}

const MAX_INT = Number.MAX_SAFE_INTEGER;

/** z-compound-depth as the renderer ranks it: bottom, orphan (0), auto (the compound depth), top. */
function compoundDepth(ele: Ele, compounds: boolean): number {
  const value = ele.pstyle('z-compound-depth').value;
  if (value === 'auto') return compounds ? ele.zDepth() : 0;
  if (value === 'bottom') return -1;
  if (value === 'top') return MAX_INT;
  return 0;
}

/**
 * The elements in the renderer's drawing order: by compound depth, then edges
 * under nodes (unless `z-index-compare: manual`), then z-index, then the order
 * they were added (`pool`'s order, which the stable sort keeps).
 */
export function zSorted(pool: Ele[], compounds: boolean): Ele[] {
  const n = pool.length;
  const depth = new Float64Array(n);
  const kind = new Uint8Array(n);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ele = pool[i]!;
    depth[i] = compoundDepth(ele, compounds);
    kind[i] = ele.pstyle('z-index-compare').value === 'auto' && ele.isNode() ? 1 : 0;
    z[i] = Number(ele.pstyle('z-index').value);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => depth[a]! - depth[b]! || kind[a]! - kind[b]! || z[a]! - z[b]! || a - b);
  return order.map((i) => pool[i]!);
}

/**
 * The list of elements a pointer can hit, made when a hit test first asks for it
 * rather than with every sort: asking each element costs as much as the sort.
 */
function interactiveOnDemand(eles: Sorted): void {
  let list: Ele[] | undefined;
  Object.defineProperty(eles, 'interactive', {
    configurable: true,
    enumerable: true,
    get: () => (list ??= eles.filter((ele) => ele.interactive())),
    set: (value: Ele[]) => { list = value; },
  });
}

export function fastZSort(renderer: Renderer): void {
  if (typeof renderer.getCachedZSortedEles !== 'function' || !renderer.cy) return;
  const { cy } = renderer;
  renderer.getCachedZSortedEles = (forceRecalc?: boolean) => {
    if (!forceRecalc && renderer.cachedZSortedEles) return renderer.cachedZSortedEles;
    const eles: Sorted = zSorted(cy.mutableElements().toArray(), cy.hasCompoundNodes());
    interactiveOnDemand(eles);
    renderer.cachedZSortedEles = eles;
    renderer.updateCachedGrabbedEles?.();
    return eles;
  };
}
