// Cytoscape's canvas renderer sorts all its elements into drawing order whenever
// one is added, removed or restyled in z order (`getCachedZSortedEles`). Its
// comparator reads three style values and a pool index through collection
// methods on every comparison: 15,000 elements take ~200,000 comparisons,
// 50–60 ms in one task. This reads each element's keys once and sorts on
// numbers, giving the same order. A re-sort asked for only because elements
// were shown, hidden or otherwise changed in what a pointer can hit (a
// filter: every display change asks for one) keeps the last order, which
// such changes cannot alter.

interface Ele {
  pstyle(name: string): { value: unknown };
  isNode(): boolean;
  zDepth(): number;
  interactive(): boolean;
}
/** `interactiveIfReady`: the hit-test list if its slices are done, without finishing them (hit-test.ts asks it when idle). */
type Sorted = Ele[] & { interactive?: Ele[]; readonly interactiveIfReady?: Ele[] };
interface Renderer {
  cy?: { mutableElements(): { toArray(): Ele[]; length: number }; hasCompoundNodes(): boolean };
  cachedZSortedEles?: Sorted | null;
  getCachedZSortedEles?: (forceRecalc?: boolean) => Sorted;
  updateCachedGrabbedEles?: () => void;
  notify?: (eventName: string, eles?: ArrayLike<PooledEle>) => void;
}
type PooledEle = Ele & { poolIndex(): number; removed(): boolean };

const MAX_INT = Number.MAX_SAFE_INTEGER;

/** z-compound-depth as the renderer ranks it: bottom, orphan (0), auto (the compound depth), top. */
function compoundDepth(ele: Ele, compounds: boolean): number {
  const value = ele.pstyle('z-compound-depth').value;
  if (value === 'auto') return compounds ? ele.zDepth() : 0;
  if (value === 'bottom') return -1;
  if (value === 'top') return MAX_INT;
  return 0;
}

/** Each element's sort keys, by its index in the pool. */
interface Keys { depth: Float64Array; kind: Uint8Array; z: Float64Array }

function keysOf(pool: Ele[], compounds: boolean): Keys {
  const n = pool.length;
  const keys = { depth: new Float64Array(n), kind: new Uint8Array(n), z: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const ele = pool[i]!;
    keys.depth[i] = compoundDepth(ele, compounds);
    keys.kind[i] = kindOf(ele);
    keys.z[i] = zOf(ele);
  }
  return keys;
}

const kindOf = (ele: Ele) => (ele.pstyle('z-index-compare').value === 'auto' && ele.isNode() ? 1 : 0);
const zOf = (ele: Ele) => Number(ele.pstyle('z-index').value);

function sortOn(pool: Ele[], { depth, kind, z }: Keys): Ele[] {
  const order = Array.from({ length: pool.length }, (_, i) => i);
  order.sort((a, b) => depth[a]! - depth[b]! || kind[a]! - kind[b]! || z[a]! - z[b]! || a - b);
  return order.map((i) => pool[i]!);
}

/**
 * The elements in the renderer's drawing order: by compound depth, then edges
 * under nodes (unless `z-index-compare: manual`), then z-index, then the order
 * they were added (`pool`'s order, which the stable sort keeps).
 */
export function zSorted(pool: Ele[], compounds: boolean): Ele[] {
  return sortOn(pool, keysOf(pool, compounds));
}

/** Whether every element in `changed` still has the keys it was sorted by. */
function keysKept(changed: ArrayLike<PooledEle>[], keys: Keys, compounds: boolean): boolean {
  for (const eles of changed) {
    for (let j = 0; j < eles.length; j++) {
      const ele = eles[j]!;
      if (ele.removed()) return false;
      const i = ele.poolIndex();
      if (!(i < keys.z.length) || keys.depth[i] !== compoundDepth(ele, compounds) || keys.kind[i] !== kindOf(ele) || keys.z[i] !== zOf(ele)) return false;
    }
  }
  return true;
}

/** How long one background slice of the hit-test list may run, in ms: well inside a frame. */
export const INTERACTIVE_SLICE_MS = 4;

type Later = (work: () => void) => void;

/** Idle time where the browser offers it; a timer elsewhere (tests, other engines). */
const whenIdle: Later = (work) => {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(work, { timeout: 500 });
  else setTimeout(work, 0);
};

/**
 * The list of elements a pointer can hit, built in slices when the page is idle
 * rather than with every sort: asking each element costs as much as the sort
 * (~17 ms at 15,000), and made on the first pointer-down it cost that gesture a
 * frame. A hit test that asks before the slices are done finishes the rest.
 * The slices stop once the renderer has sorted again (`current` is false).
 */
function interactiveInBackground(eles: Sorted, current: () => boolean, later: Later): void {
  const found: Ele[] = [];
  let next = 0;
  let list: Ele[] | undefined;
  const upTo = (end: number) => {
    for (; next < end; next++) if (eles[next]!.interactive()) found.push(eles[next]!);
    if (next === eles.length) list ??= found;
  };
  Object.defineProperty(eles, 'interactive', {
    configurable: true,
    enumerable: true,
    get: () => { if (!list) upTo(eles.length); return list; },
    set: (value: Ele[]) => { list = value; },
  });
  Object.defineProperty(eles, 'interactiveIfReady', { configurable: true, get: () => list });
  const slice = () => {
    if (list || !current()) return;
    const stop = performance.now() + INTERACTIVE_SLICE_MS;
    while (next < eles.length && performance.now() < stop) upTo(Math.min(eles.length, next + 256));
    if (!list) later(slice);
  };
  later(slice);
}

/** Renderer notifications that may change the pool or the compound depths: the order must be found again. */
const RESHAPING = new Set(['add', 'remove', 'load', 'mount']);

export function fastZSort(renderer: Renderer, later: Later = whenIdle): void {
  if (typeof renderer.getCachedZSortedEles !== 'function' || !renderer.cy) return;
  const { cy } = renderer;
  // What may have asked for a new order since the last sort: the elements restyled (their own keys
  // may have changed), or a change of the pool itself (`reshaped`).
  let restyled: ArrayLike<PooledEle>[] = [];
  let checks = 0;
  let reshaped = true;
  let last: { eles: Ele[]; keys: Keys } | undefined;
  const notify = renderer.notify?.bind(renderer);
  if (notify) {
    renderer.notify = (eventName, eles) => {
      // A restyle is told ('style') before it is applied, and its z order once applied ('zorder', one
      // element at a time): either may have changed an element's keys. Past twice the pool's size in
      // restyled elements (or in a page that does not draw, such as a hidden tab), checking each would
      // cost more than sorting: the next sort starts anew.
      const restyle = (eventName === 'style' || eventName === 'zorder') && eles;
      if (restyle && !reshaped && (checks += eles.length) <= 2 * cy.mutableElements().length) restyled.push(eles);
      else if (restyle || eventName === 'zorder' || RESHAPING.has(eventName) || (eventName === 'move' && cy.hasCompoundNodes())) {
        reshaped = true;
        restyled = [];
      }
      notify(eventName, eles);
    };
  }
  renderer.getCachedZSortedEles = (forceRecalc?: boolean) => {
    if (!forceRecalc && renderer.cachedZSortedEles) return renderer.cachedZSortedEles;
    const compounds = cy.hasCompoundNodes();
    const unchanged = !!notify && !forceRecalc && !reshaped && last !== undefined && keysKept(restyled, last.keys, compounds);
    if (!unchanged) {
      const pool = cy.mutableElements().toArray();
      const keys = keysOf(pool, compounds);
      last = { eles: sortOn(pool, keys), keys };
    }
    restyled = [];
    checks = 0;
    reshaped = false;
    // A new list each time: the interactive list and the drag layer's split are the list's own.
    const eles: Sorted = last!.eles.slice();
    interactiveInBackground(eles, () => renderer.cachedZSortedEles === eles, later);
    renderer.cachedZSortedEles = eles;
    renderer.updateCachedGrabbedEles?.();
    return eles;
  };
}
