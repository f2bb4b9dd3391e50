// The hit test's grid of one element list (hit-test.ts), the elements changed
// since it was built, and the grid carried to a list z-sort.ts only mended
// from that one (a hovered edge raised): the same grid, its slots pointed at
// the elements' new places.
import type { HitGrid } from './hit-grid.js';
import type { Ele, ElePrivate } from './hit-test.js';
import { lineageOf, type Lineage } from './z-sort.js';

/** More elements changed than this (a layout, a filter) and the grid is dropped until the page is idle. */
export const MAX_CHANGED = 256;

/**
 * The grid of an element list, and which of its elements changed since it was built. The grid
 * and `at` hold positions in the list it was built from (slots); `pos`, once the grid has been
 * carried to a list mended from that one, says where each slot's element is now (-1: gone).
 */
export interface Index {
  list: Ele[];
  grid: HitGrid;
  at: Map<ElePrivate, number>;
  pos?: Int32Array;
  /** Positions in `list`. */
  changed: Set<number>;
}

/** Mended lists followed back to find the one a grid was built for; past this many the grid is built again. */
const MAX_LINEAGE = 8;

/** The grid's elements in a box and those changed since it was built (wherever they are now), in drawing order. */
export function candidatesOf(index: Index, x1: number, y1: number, x2: number, y2: number): number[] {
  const slots = index.grid.within(x1, y1, x2, y2);
  const { pos } = index;
  const inBox = pos ? slots.map((i) => pos[i]!).filter((i) => i >= 0) : slots;
  return index.changed.size || pos ? [...new Set([...inBox, ...index.changed])].sort((a, b) => a - b) : inBox;
}

/**
 * `index` carried to `list`, when `list` was mended (z-sort.ts) from the index's list
 * in a few steps: the same grid, its slots pointed at their new places, and the
 * elements that joined asked on every test as changed ones are. Undefined otherwise.
 */
export function carried(index: Index, list: Ele[]): Index | undefined {
  const steps: Lineage[] = [];
  for (let l = lineageOf(list); l && steps.length < MAX_LINEAGE; l = lineageOf(l.from)) {
    steps.push(l);
    if (l.from === index.list) break;
  }
  if (steps[steps.length - 1]?.from !== index.list) return undefined;
  let pos = index.pos;
  let changed = index.changed;
  for (const step of steps.reverse()) {
    // Plain loops: a typed array's map or from with a callback, run this seldom, took ~4 ms at 15,000 slots.
    const to = new Int32Array(index.list.length);
    for (let slot = 0; slot < to.length; slot++) {
      const i = pos ? pos[slot]! : slot;
      to[slot] = i < 0 ? -1 : step.moves[i]!;
    }
    pos = to;
    const next = new Set<number>(step.joined);
    for (const i of changed) if (step.moves[i]! >= 0) next.add(step.moves[i]!);
    changed = next;
  }
  return changed.size > MAX_CHANGED ? undefined : { ...index, list, pos, changed };
}
