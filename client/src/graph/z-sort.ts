// Cytoscape's canvas renderer sorts all its elements into drawing order whenever
// one is added, removed or restyled in z order (`getCachedZSortedEles`). Its
// comparator reads three style values and a pool index through collection
// methods on every comparison: 15,000 elements take ~200,000 comparisons,
// 50–60 ms in one task. This reads each element's keys once and sorts on
// numbers, giving the same order. After a hover or a press (a few elements
// restyled, z-keys.ts) or an expansion (a few hundred added at most) it mends
// the last order instead, and carries over the list a pointer can hit, so that
// the hit test keeps its grid (hit-test.ts).

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
  cy?: { mutableElements(): { toArray(): Ele[] }; hasCompoundNodes(): boolean; _private?: { elements?: { _private?: { map?: Map<string, { index: number }> } } } };
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

/** The keys of one element, in the order the renderer compares them (the pool index last). */
function keysOf(ele: Ele, compounds: boolean): [number, number, number] {
  const p = ele._private;
  const style = p && !p.styleDirty ? p.style : undefined;
  return [
    compoundDepth(styleValue(ele, style, 'z-compound-depth'), ele, compounds),
    styleValue(ele, style, 'z-index-compare') === 'auto' && (p?.group ? p.group === 'nodes' : ele.isNode()) ? 1 : 0,
    Number(styleValue(ele, style, 'z-index')),
  ];
}

/** Each element's keys in a sorted list, by position: what mending the order (`mended`) compares with. */
interface Keys { depth: Float64Array; kind: Uint8Array; z: Float64Array; pool: Int32Array }
const sortKeys = new WeakMap<object, Keys>();

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
    [depth[i], kind[i], z[i]] = keysOf(ele, compounds);
    const p = ele._private;
    if (p && (p.grabbed || p.rscratch?.inDragLayer)) flagged = true;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => depth[a]! - depth[b]! || kind[a]! - kind[b]! || z[a]! - z[b]! || a - b);
  const sorted = Object.assign(order.map((i) => pool[i]!), { flagged });
  sortKeys.set(sorted, {
    depth: Float64Array.from(order, (i) => depth[i]!),
    kind: Uint8Array.from(order, (i) => kind[i]!),
    z: Float64Array.from(order, (i) => z[i]!),
    pool: Int32Array.from(order),
  });
  return sorted;
}

/** A mended list, where each element of the list it was made from went (old position → new), and where the added ones are. */
interface Mended { eles: Ele[]; moves: Int32Array; addedAt: number[] }

/**
 * The order after `moved` changed their keys and `added` joined, or `removed` left, and nothing else changed:
 * the rest keep their order, and each moved or added element goes where the sort would put it (the same keys,
 * the pool index last; an added element's is past every other's, as it is last in Cytoscape's list), in one
 * pass instead of reading every element again. A removal moves Cytoscape's last element into the gap, which
 * changes that element's pool index: it is placed anew as a moved one. Undefined if `last` has no keys or a
 * moved or removed element is not in it.
 */
export function mended(last: Ele[], moved: readonly Ele[], compounds: boolean, added: readonly Ele[] = [], removed: readonly Ele[] = []): Mended | undefined {
  const keys = sortKeys.get(last);
  const n = last.length;
  if (!keys || (added.length > 0 && removed.length > 0)) return undefined;
  const gone = removed.length ? removedFrom(last, keys, removed) : undefined;
  if (removed.length && !gone) return undefined;
  const wanted = new Set(moved);
  const from: number[] = [];
  for (let i = 0; i < n && from.length < wanted.size; i++) if (wanted.has(last[i]!)) from.push(i);
  if (from.length !== wanted.size) return undefined;
  // Those Cytoscape moved into a removed element's place in its list: a new pool index, placed anew.
  if (gone) for (const i of gone.refilled) if (!wanted.has(last[i]!)) from.push(i);
  const poolOf = gone?.pool ?? keys.pool;
  // Each element's pool index is its place in Cytoscape's list, 0 to n - 1: the last is n - 1.
  const pool = n - 1;
  const items = [
    ...from.map((i) => ({ i, ele: last[i]!, k: [...keysOf(last[i]!, compounds), poolOf[i]!] })),
    ...added.map((ele, j) => ({ i: -1, ele, k: [...keysOf(ele, compounds), pool + 1 + j] })),
  ].sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.k[2]! - b.k[2]! || a.k[3]! - b.k[3]!);
  const drop = [...from, ...(gone?.removedAt ?? [])].sort((a, b) => a - b);
  return spliced(last, keys, drop, items);
}

/**
 * Cytoscape's removals replayed on the pool indices of a sorted list (`keys.pool`, each element's place in
 * Cytoscape's list): each removed element's place is refilled with the list's last element. Returns the
 * sorted positions of the removed elements and of those moved to refill a place, and every element's pool
 * index after; undefined if the indices are not one place each in a list of `last.length` or a removed
 * element is not in `last`.
 */
function removedFrom(last: Ele[], keys: Keys, removed: readonly Ele[]): { removedAt: number[]; refilled: number[]; pool: Int32Array } | undefined {
  const n = last.length;
  const sortedAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = keys.pool[i]!;
    if (p < 0 || p >= n || sortedAt[p] !== -1) return undefined;
    sortedAt[p] = i;
  }
  const position = new Map<Ele, number>();
  const wanted = new Set(removed);
  for (let i = 0; i < n && position.size < wanted.size; i++) if (wanted.has(last[i]!)) position.set(last[i]!, i);
  if (position.size !== wanted.size || wanted.size !== removed.length) return undefined;
  const pool = keys.pool.slice();
  const refilled = new Set<number>();
  let length = n;
  for (const ele of removed) {
    const i = position.get(ele)!;
    refilled.delete(i);
    const place = pool[i]!;
    const lastAt = sortedAt[length - 1]!;
    if (place !== length - 1) {
      pool[lastAt] = place;
      sortedAt[place] = lastAt;
      refilled.add(lastAt);
    }
    length--;
  }
  return { removedAt: [...position.values()], refilled: [...refilled], pool };
}

/**
 * `last` without the elements at `drop` (ascending), with `items` (sorted by their keys) each put where a
 * binary search of the old order places it, the rest copied around them in runs: a pass comparing every
 * element of 15,000 with the items took ~7 ms, mending after a removal 15 ms.
 */
function spliced(last: Ele[], keys: Keys, drop: readonly number[], items: ReadonlyArray<{ i: number; ele: Ele; k: number[] }>): Mended {
  const n = last.length;
  const size = n - drop.length + items.length;
  const eles: Ele[] = [];
  const next: Keys = { depth: new Float64Array(size), kind: new Uint8Array(size), z: new Float64Array(size), pool: new Int32Array(size) };
  // -1: no longer in the list; items and copied elements overwrite theirs.
  const moves = new Int32Array(n).fill(-1);
  const addedAt: number[] = [];
  let from = 0;
  let d = 0;
  const run = (end: number) => {
    const w = eles.length;
    for (let i = from; i < end; i++) { eles.push(last[i]!); moves[i] = w + i - from; }
    next.depth.set(keys.depth.subarray(from, end), w);
    next.kind.set(keys.kind.subarray(from, end), w);
    next.z.set(keys.z.subarray(from, end), w);
    next.pool.set(keys.pool.subarray(from, end), w);
  };
  const copyTo = (end: number) => {
    for (; d < drop.length && drop[d]! < end; d++) {
      if (drop[d]! >= from) run(drop[d]!);
      from = Math.max(from, drop[d]! + 1);
    }
    if (end > from) run(end);
    from = Math.max(from, end);
  };
  // Whether the item goes before the element at old position i (the old order is sorted on the keys kept
  // with it, those of dropped elements included, so a binary search over it holds).
  const before = (k: number[], i: number) => (k[0]! - keys.depth[i]! || k[1]! - keys.kind[i]! || k[2]! - keys.z[i]! || k[3]! - keys.pool[i]!) < 0;
  for (const { i, ele, k } of items) {
    let lo = from;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(k, mid)) hi = mid;
      else lo = mid + 1;
    }
    copyTo(lo);
    const w = eles.length;
    eles.push(ele);
    [next.depth[w], next.kind[w], next.z[w], next.pool[w]] = [k[0]!, k[1]!, k[2]!, k[3]!];
    if (i >= 0) moves[i] = w;
    else addedAt.push(w);
  }
  copyTo(n);
  sortKeys.set(eles, next);
  return { eles, moves, addedAt };
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
 * The pointer list of `eles`, made from `last`'s when only `restyled` changed and the elements at
 * `addedAt` joined: an edge can no longer be hit when its node stops taking up space, so a node's
 * edges are asked again with it. False when `last`'s list is not complete or too many would be asked.
 */
/**
 * Where `ele` stands in a sorted list without compound nodes, found by a binary search on its keys (`pool`: its
 * place in Cytoscape's list); -1 if it is not found there. Scanning the list for a few restyled elements and
 * their edges took 2-5 ms at 15,000.
 */
function placeOf(eles: readonly Ele[], ele: Ele, pool: number | undefined): number {
  const keys = sortKeys.get(eles);
  if (!keys || pool === undefined) return -1;
  const [depth, kind, z] = keysOf(ele, false);
  let lo = 0;
  let hi = eles.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys.depth[mid]! - depth || keys.kind[mid]! - kind || keys.z[mid]! - z || keys.pool[mid]! - pool) < 0) lo = mid + 1;
    else hi = mid;
  }
  return eles[lo] === ele ? lo : -1;
}

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
      const keys = sortKeys.get(kept);
      if (keys) sortKeys.set(eles, keys);
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
