// Cytoscape's canvas renderer sorts all its elements into drawing order whenever
// one is added, removed or restyled in z order (`getCachedZSortedEles`). Its
// comparator reads three style values and a pool index through collection
// methods on every comparison: 15,000 elements take ~200,000 comparisons,
// 50–60 ms in one task. This reads each element's keys once and sorts on
// numbers, giving the same order (z-order.ts). After a hover or a press (a few
// elements restyled, z-keys.ts), an expansion or a removal (a few hundred added
// or removed at most) it mends the last order instead, and carries over the list
// a pointer can hit, so that the hit test keeps its grid (hit-test.ts).

import { markUnflagged, nothingFlagged } from './grab-lists.js';
import type { OrderWatch } from './z-keys.js';
import { mended, placeOf, shareKeys, zSorted, type Ele } from './z-order.js';

/** `interactiveIfReady`: the hit-test list if its slices are done, without finishing them (hit-test.ts asks it when idle). */
type Sorted = Ele[] & { interactive?: Ele[]; readonly interactiveIfReady?: Ele[]; drag?: Ele[]; nondrag?: Ele[] };
interface Renderer {
  cy?: { mutableElements(): { toArray(): Ele[] }; hasCompoundNodes(): boolean; _private?: { elements?: { _private?: { map?: Map<string, { index: number }> } } } };
  cachedZSortedEles?: Sorted | null;
  getCachedZSortedEles?: (forceRecalc?: boolean) => Sorted;
  updateCachedGrabbedEles?: () => void;
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
  const hits = new Uint8Array(eles.length);
  let next = 0;
  let list: Ele[] | undefined;
  const upTo = (end: number) => {
    for (; next < end; next++) {
      if (!eles[next]!.interactive()) continue;
      hits[next] = 1;
      found.push(eles[next]!);
    }
    if (next === eles.length && !list) {
      list = found;
      pointerHits.set(eles, hits);
    }
  };
  Object.defineProperty(eles, 'interactive', {
    configurable: true,
    enumerable: true,
    get: () => { if (!list) upTo(eles.length); return list; },
    set: (value: Ele[]) => { list = value; pointerHits.delete(eles); },
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

/** Of a sorted list whose pointer list is complete: which of its positions are in that list. */
const pointerHits = new WeakMap<object, Uint8Array>();

/**
 * How a pointer list was made from the one before (`from`): where each element of
 * that list went (`moves`, -1 if no longer in it), and the positions of those that
 * joined. The hit test's grid (hit-test.ts) follows it rather than being built again.
 */
export interface Lineage { from: readonly object[]; moves: Int32Array; joined: number[] }
const lineages = new WeakMap<object, Lineage>();

export function lineageOf(list: object): Lineage | undefined {
  return lineages.get(list);
}

/** Elements whose pointer status to ask again, at most; past it the list is built again instead. */
const MAX_RECHECKS = 512;

/**
 * The pointer list of `eles`, made from `last`'s when only `restyled` changed, the elements at `addedAt`
 * joined and those moved to -1 left: an edge can no longer be hit when its node stops taking up space, so a
 * node's edges are asked again with it (found by their keys, `poolOf` giving their place in Cytoscape's
 * list). False when `last`'s list is not complete or too many would be asked.
 */
function pointerListFrom(last: Sorted, eles: Sorted, moves: Int32Array, restyled: readonly Ele[], addedAt: readonly number[] = [], poolOf: (ele: Ele) => number | undefined = () => undefined): boolean {
  const before = pointerHits.get(last);
  const previous = last.interactiveIfReady;
  if (!before || !previous) return false;
  const ask = new Set<Ele>(restyled);
  for (const ele of restyled) {
    for (const edge of (ele._private as { edges?: Ele[] } | undefined)?.edges ?? []) ask.add(edge);
    if (ask.size + addedAt.length > MAX_RECHECKS) return false;
  }
  const old = last.length;
  const n = eles.length;
  const hits = new Uint8Array(n);
  for (let i = 0; i < old; i++) if (moves[i]! >= 0) hits[moves[i]!] = before[i]!;
  for (const i of addedAt) hits[i] = eles[i]!.interactive() ? 1 : 0;
  const unplaced = new Set<Ele>();
  for (const ele of ask) {
    const i = placeOf(eles, ele, poolOf(ele));
    if (i >= 0) hits[i] = ele.interactive() ? 1 : 0;
    else unplaced.add(ele);
  }
  let left = unplaced.size;
  for (let i = 0; i < n && left > 0; i++) {
    if (!unplaced.has(eles[i]!)) continue;
    hits[i] = eles[i]!.interactive() ? 1 : 0;
    left--;
  }
  const list: Ele[] = [];
  const at = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!hits[i]) continue;
    at[i] = list.length;
    list.push(eles[i]!);
  }
  const went = new Int32Array(previous.length);
  const joined: number[] = [];
  let j = 0;
  for (let i = 0; i < old; i++) {
    const to = moves[i]!;
    if (before[i]) went[j++] = to >= 0 ? at[to]! : -1;
    else if (to >= 0 && hits[to]) joined.push(at[to]!);
  }
  for (const i of addedAt) if (hits[i]) joined.push(at[i]!);
  lineages.set(list, { from: previous, moves: went, joined });
  pointerHits.set(eles, hits);
  Object.defineProperty(eles, 'interactive', {
    configurable: true,
    enumerable: true,
    get: () => list,
    set: (value: Ele[]) => { Object.defineProperty(eles, 'interactive', { configurable: true, enumerable: true, writable: true, value }); pointerHits.delete(eles); },
  });
  Object.defineProperty(eles, 'interactiveIfReady', { configurable: true, get: () => eles.interactive });
  return true;
}

/**
 * Stands in for the renderer's sort. With `watch`, a sort after changes that
 * cannot move an element in the order (z-keys.ts) keeps the last order, and one
 * after a few restyles (a hover, a press) mends it: the moved elements placed
 * anew, the pointer list and the hit test's grid carried over.
 */
export function fastZSort(renderer: Renderer, later: Later = whenIdle, watch?: OrderWatch): void {
  if (typeof renderer.getCachedZSortedEles !== 'function' || !renderer.cy) return;
  const { cy } = renderer;
  let last: Sorted | undefined;
  renderer.getCachedZSortedEles = (forceRecalc?: boolean) => {
    if (!forceRecalc && renderer.cachedZSortedEles) return renderer.cachedZSortedEles;
    const compounds = cy.hasCompoundNodes();
    // Asked first: it brings restyled elements up to date, which may move them.
    const few = last && watch && !compounds ? watch.few() : undefined;
    const mend = last && few ? mended(last, few.moved as Ele[], compounds, few.added as Ele[], few.removed as Ele[]) : undefined;
    const kept = !mend && last && watch && !watch.changed() ? last : undefined;
    // A new list all the same: what was built for the old one (the hit-test list, the drag split) is built again.
    const eles: Sorted & { flagged?: boolean } = mend ? mend.eles : kept ? kept.slice() : zSorted(cy.mutableElements().toArray(), compounds);
    if (kept) {
      shareKeys(kept, eles);
    }
    watch?.sorted();
    const previous = last;
    last = eles;
    // An element's place in Cytoscape's list, which its collection keeps by id (read as the list's own
    // record: asking for the list through the core is what counts as reading every element, in the tests).
    const places = cy._private?.elements?._private?.map;
    const poolOf = (ele: Ele) => places?.get((ele._private as { data?: { id?: string } } | undefined)?.data?.id ?? '')?.index;
    if (!mend || !pointerListFrom(previous!, eles, mend.moves, few!.restyled as Ele[], mend.addedAt, poolOf)) {
      interactiveInBackground(eles, () => renderer.cachedZSortedEles === eles, later);
    }
    renderer.cachedZSortedEles = eles;
    // The drag split is a pass over every element's flags (3–5 ms at 15,000, each a read from memory)
    // unless they are known: read by the sort, or none set since the last split.
    if (kept || mend ? nothingFlagged(renderer) : !eles.flagged) markUnflagged(eles);
    renderer.updateCachedGrabbedEles?.();
    return eles;
  };
}
