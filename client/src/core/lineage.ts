// Which entries may differ between two versions of the view's node or edge map, without comparing every
// entry: each transformation in state.ts records, for the map it makes, the map it was made from and the
// keys it touched. A commit on a 5k/10k view then looks at the few entries a change touched rather than
// 15,000 (three passes over all of them took ~15 ms of an added graph's or a removal's commit).

interface Step {
  /** Weakly: a map must not keep every map before it alive (ten thousand drags would keep ten thousand copies). */
  from: WeakRef<ReadonlyMap<string, unknown>>;
  keys: readonly string[];
}

const steps = new WeakMap<ReadonlyMap<string, unknown>, Step>();

/** Steps followed back from the newer map at most, and keys gathered at most, before giving up. */
export const LINEAGE = { steps: 16, keys: 4000 } as const;

/** Records that `next` is `from` with the entries of `keys` added, changed or removed; returns `next`. */
export function derived<M extends ReadonlyMap<string, unknown>>(next: M, from: ReadonlyMap<string, unknown>, keys: Iterable<string>): M {
  steps.set(next, { from: new WeakRef(from), keys: [...keys] });
  return next;
}

/**
 * The keys whose entries may differ between `older` and `newer` (every one that does, perhaps more), when
 * `newer` was made from `older` in a few recorded steps; undefined otherwise (an undo goes back to a map
 * not made from the one shown, a restored link makes one anew): then every entry is to be compared.
 */
export function touchedSince(older: ReadonlyMap<string, unknown>, newer: ReadonlyMap<string, unknown>): Set<string> | undefined {
  const keys = new Set<string>();
  let at = newer;
  for (let n = 0; n <= LINEAGE.steps; n++) {
    if (at === older) return keys;
    const step = steps.get(at);
    if (!step) return undefined;
    for (const key of step.keys) keys.add(key);
    const from = step.from.deref();
    if (keys.size > LINEAGE.keys || !from) return undefined;
    at = from;
  }
  return undefined;
}

/** The keys whose entries may differ between two maps, one made from the other (either way: a redo, or an undo of a step). */
export function touchedBetween(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): Set<string> | undefined {
  return touchedSince(a, b) ?? touchedSince(b, a);
}
