// The renderer's drawing order on keys read once per element (z-sort.ts stands in for its sort with
// these): sorted whole, or mended after a few restyles, additions or removals, with each element's keys
// kept by position in the list so that a mend compares numbers and finds places by binary search.

/** What Cytoscape keeps on an element: its computed style (current unless `styleDirty`) and the drag flags. */
export interface ElePrivate {
  group?: string;
  styleDirty?: boolean;
  style?: Record<string, { value: unknown } | undefined>;
  grabbed?: boolean;
  rscratch?: { inDragLayer?: boolean };
}
export interface Ele {
  _private?: ElePrivate;
  pstyle(name: string): { value: unknown };
  isNode(): boolean;
  zDepth(): number;
  interactive(): boolean;
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
export interface Mended { eles: Ele[]; moves: Int32Array; addedAt: number[] }

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
  for (const { i, ele, k } of items) {
    const lo = firstAfter(keys, k, from, n);
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

/**
 * Where `ele` stands in a sorted list without compound nodes, found by a binary search on its keys (`pool`: its
 * place in Cytoscape's list); -1 if it is not found there. Scanning the list for a few restyled elements and
 * their edges took 2-5 ms at 15,000.
 */
export function placeOf(eles: readonly Ele[], ele: Ele, pool: number | undefined): number {
  const keys = sortKeys.get(eles);
  if (!keys || pool === undefined) return -1;
  // Pool indices are unique: the element is the last one whose keys do not come after its own.
  const at = firstAfter(keys, [...keysOf(ele, false), pool], 0, eles.length) - 1;
  return at >= 0 && eles[at] === ele ? at : -1;
}

/**
 * The first position in [from, n) whose kept keys come after `k` (a sorted list is in the order of the keys
 * kept with it, those of elements since dropped included, so a binary search over them holds).
 */
function firstAfter(keys: Keys, k: readonly number[], from: number, n: number): number {
  let lo = from;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((k[0]! - keys.depth[mid]! || k[1]! - keys.kind[mid]! || k[2]! - keys.z[mid]! || k[3]! - keys.pool[mid]!) < 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The list `to` keeps the order of `from`, element for element: it has the same keys. */
export function shareKeys(from: object, to: object): void {
  const keys = sortKeys.get(from);
  if (keys) sortKeys.set(to, keys);
}
