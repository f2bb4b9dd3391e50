// Cytoscape's canvas renderer sorts all its elements into drawing order whenever
// one is added, removed or restyled in z order (`getCachedZSortedEles`). Its
// comparator reads three style values and a pool index through collection
// methods on every comparison: 15,000 elements take ~200,000 comparisons,
// 50–60 ms in one task. This reads each element's keys once and sorts on
// numbers, giving the same order.

import { markUnflagged, nothingFlagged } from './grab-lists.js';
import type { OrderWatch } from './z-keys.js';

/** What Cytoscape keeps on an element: its computed style (current unless `styleDirty`) and the drag flags. */
interface ElePrivate {
  group?: string;
  styleDirty?: boolean;
  style?: Record<string, { value: unknown } | undefined>;
  grabbed?: boolean;
  rscratch?: { inDragLayer?: boolean };
}
interface Ele {
  _private?: ElePrivate;
  pstyle(name: string): { value: unknown };
  isNode(): boolean;
  zDepth(): number;
  interactive(): boolean;
}
/** `interactiveIfReady`: the hit-test list if its slices are done, without finishing them (hit-test.ts asks it when idle). */
type Sorted = Ele[] & { interactive?: Ele[]; readonly interactiveIfReady?: Ele[]; drag?: Ele[]; nondrag?: Ele[] };
interface Renderer {
  cy?: { mutableElements(): { toArray(): Ele[] }; hasCompoundNodes(): boolean };
  cachedZSortedEles?: Sorted | null;
  getCachedZSortedEles?: (forceRecalc?: boolean) => Sorted;
  updateCachedGrabbedEles?: () => void;
}

const MAX_INT = Number.MAX_SAFE_INTEGER;

/**
 * A style value as `pstyle` gives it. Read from the computed style where it is current: three
 * `pstyle` calls an element, each through the collection, took 5–7 ms at 15,000 elements.
 * `pstyle` cleans a dirty style and supplies defaults.
 */
function styleValue(ele: Ele, style: ElePrivate['style'], name: string): unknown {
  return (style?.[name] ?? ele.pstyle(name)).value;
}

/** z-compound-depth as the renderer ranks it: bottom, orphan (0), auto (the compound depth), top. */
function compoundDepth(value: unknown, ele: Ele, compounds: boolean): number {
  if (value === 'auto') return compounds ? ele.zDepth() : 0;
  if (value === 'bottom') return -1;
  if (value === 'top') return MAX_INT;
  return 0;
}

/**
 * The elements in the renderer's drawing order: by compound depth, then edges
 * under nodes (unless `z-index-compare: manual`), then z-index, then the order
 * they were added (`pool`'s order, which the stable sort keeps). `flagged` says
 * whether any is grabbed or on the drag layer (what the renderer's split reads).
 */
export function zSorted(pool: Ele[], compounds: boolean): Ele[] & { flagged: boolean } {
  const n = pool.length;
  let flagged = false;
  const depth = new Float64Array(n);
  const kind = new Uint8Array(n);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ele = pool[i]!;
    const p = ele._private;
    const style = p && !p.styleDirty ? p.style : undefined;
    depth[i] = compoundDepth(styleValue(ele, style, 'z-compound-depth'), ele, compounds);
    kind[i] = styleValue(ele, style, 'z-index-compare') === 'auto' && (p?.group ? p.group === 'nodes' : ele.isNode()) ? 1 : 0;
    z[i] = Number(styleValue(ele, style, 'z-index'));
    if (p && (p.grabbed || p.rscratch?.inDragLayer)) flagged = true;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => depth[a]! - depth[b]! || kind[a]! - kind[b]! || z[a]! - z[b]! || a - b);
  return Object.assign(order.map((i) => pool[i]!), { flagged });
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

/**
 * Stands in for the renderer's sort. With `watch`, a sort after changes that
 * cannot move an element in the order (z-keys.ts) keeps the last order.
 */
export function fastZSort(renderer: Renderer, later: Later = whenIdle, watch?: OrderWatch): void {
  if (typeof renderer.getCachedZSortedEles !== 'function' || !renderer.cy) return;
  const { cy } = renderer;
  let last: Sorted | undefined;
  renderer.getCachedZSortedEles = (forceRecalc?: boolean) => {
    if (!forceRecalc && renderer.cachedZSortedEles) return renderer.cachedZSortedEles;
    const kept = last && watch && !watch.changed() ? last : undefined;
    // A new list all the same: what was built for the old one (the hit-test list, the drag split) is built again.
    const eles: Sorted & { flagged?: boolean } = kept ? kept.slice() : zSorted(cy.mutableElements().toArray(), cy.hasCompoundNodes());
    watch?.sorted();
    last = eles;
    interactiveInBackground(eles, () => renderer.cachedZSortedEles === eles, later);
    renderer.cachedZSortedEles = eles;
    // The drag split is a pass over every element's flags (3–5 ms at 15,000, each a read from memory)
    // unless they are known: read by the sort, or none set since the last split.
    if (kept ? nothingFlagged(renderer) : !eles.flagged) markUnflagged(eles);
    renderer.updateCachedGrabbedEles?.();
    return eles;
  };
}
