// Opens up a layout that packs thousands of boxes too close: fcose's spectral
// draft places 5,000 nodes within ~1,000 units (their labelled boxes would need
// five times that), and refining it with fcose's forces took 30-70 s at that
// size. Instead the draft is scaled to a density at which the boxes can fit, and
// the boxes that still overlap are pushed apart, the overlapping pairs found in a
// sweep along x: the draft's shape is kept, its heaps are opened.

export interface Boxes {
  /** Box centres, changed in place. */
  x: Float64Array;
  y: Float64Array;
  w: Float64Array;
  h: Float64Array;
  /** 1 for a box that must not move. */
  fixed: Uint8Array;
}

export const SPREAD = {
  /** Room kept between two boxes, in model units. */
  gap: 10,
  /** The area the layout is scaled to, as a multiple of the boxes' own (with their gaps). */
  roominess: 2.5,
  /** How far each coordinate goes towards an even spread over the layout's range (by its rank), 0 to 1. */
  evenOut: 0.5,
  /**
   * Rounds of pushing apart, at most (each a sweep over every box, ~7 ms at 5,000); what still overlaps
   * then is moved to the nearest free place.
   */
  rounds: 40,
} as const;

/** Scales the layout to `SPREAD.roominess` about the fixed boxes' centre (or all, if none are fixed), then pushes overlapping boxes apart. */
export function spreadBoxes(boxes: Boxes): { scale: number; rounds: number; overlapping: number } {
  const scale = scaleToFit(boxes);
  // A uniform scale leaves a crowded draft's dense cores jammed (pushing pairs apart then stalls, each box
  // shoved into the next): half of the way to an even spread along each axis opens them.
  if (scale > 1) {
    evenOut(boxes.x, boxes.fixed, SPREAD.evenOut);
    evenOut(boxes.y, boxes.fixed, SPREAD.evenOut);
  }
  let rounds = 0;
  let overlapping = Infinity;
  while (rounds < SPREAD.rounds && overlapping > 0) {
    overlapping = pushApart(boxes, rounds);
    rounds++;
  }
  if (overlapping > 0) settleLeftovers(boxes);
  return { scale, rounds, overlapping: countOverlaps(boxes) };
}

/**
 * Pushing apart can go on for hundreds of rounds in a dense heap, one box shoved into the next. After a
 * few dozen, each box that still overlaps one placed before it goes to the nearest place around it that is free.
 */
function settleLeftovers({ x, y, w, h, fixed }: Boxes): void {
  const gap = SPREAD.gap;
  let cell = 1;
  for (let i = 0; i < x.length; i++) cell = Math.max(cell, w[i]! + gap, h[i]! + gap);
  const grid = new Map<number, number[]>();
  // Cells as numbers: (cx, cy) within ±2^20 of the origin, far beyond any view.
  const keyOf = (cx: number, cy: number) => (cx + 1048576) * 2097152 + (cy + 1048576);
  const cellsOf = (i: number, px: number, py: number, visit: (key: number) => boolean | void): boolean => {
    for (let cx = Math.floor((px - w[i]! / 2) / cell) - 1; cx <= Math.floor((px + w[i]! / 2) / cell) + 1; cx++) {
      for (let cy = Math.floor((py - h[i]! / 2) / cell) - 1; cy <= Math.floor((py + h[i]! / 2) / cell) + 1; cy++) if (visit(keyOf(cx, cy))) return true;
    }
    return false;
  };
  const clashes = (i: number, px: number, py: number) => cellsOf(i, px, py, (key) => (grid.get(key) ?? []).some((j) =>
    Math.abs(x[j]! - px) < (w[i]! + w[j]!) / 2 + gap / 2 && Math.abs(y[j]! - py) < (h[i]! + h[j]!) / 2 + gap / 2));
  const place = (i: number) => {
    const key = keyOf(Math.floor(x[i]! / cell), Math.floor(y[i]! / cell));
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  };
  // Fixed boxes first: they stay, whatever overlaps them moves.
  const order = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => fixed[b]! - fixed[a]! || a - b);
  for (const i of order) {
    if (!fixed[i] && clashes(i, x[i]!, y[i]!)) {
      const [px, py] = nearestFree(x[i]!, y[i]!, (w[i]! + gap) / 2, h[i]! + gap, (cx, cy) => !clashes(i, cx, cy));
      x[i] = px;
      y[i] = py;
    }
    place(i);
  }
}

/** The first free place on rings of growing size around (x, y), in steps of `sx` by `sy`. */
function nearestFree(x: number, y: number, sx: number, sy: number, free: (x: number, y: number) => boolean): [number, number] {
  for (let ring = 1; ; ring++) {
    let best: [number, number] | undefined;
    let bestD = Infinity;
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [[i, -ring], [i, ring], [-ring, i], [ring, i]] as const) {
        const px = x + dx * sx;
        const py = y + dy * sy;
        const d = (dx * sx) ** 2 + (dy * sy) ** 2;
        if (d < bestD && free(px, py)) {
          best = [px, py];
          bestD = d;
        }
      }
    }
    if (best) return best;
  }
}

function scaleToFit({ x, y, w, h, fixed }: Boxes): number {
  const n = x.length;
  if (n < 2) return 1;
  let needed = 0;
  for (let i = 0; i < n; i++) needed += (w[i]! + SPREAD.gap) * (h[i]! + SPREAD.gap);
  // The spread of the bulk of the nodes: one far outlier should not decide the scale.
  const width = spreadOf(x);
  const height = spreadOf(y);
  const side = Math.max(width, height, 1);
  const area = Math.max(width * height, side * side / 16);
  const scale = Math.max(1, Math.sqrt((needed * SPREAD.roominess) / area));
  const about = centreOf(x, y, fixed);
  const keep = Array.from({ length: n }, (_, i) => fixed[i] ? [x[i]!, y[i]!] as const : undefined);
  for (let i = 0; i < n; i++) {
    x[i] = about.x + (x[i]! - about.x) * scale;
    y[i] = about.y + (y[i]! - about.y) * scale;
  }
  // With more than one fixed box no scaling keeps them all: they go back to their places.
  keep.forEach((p, i) => { if (p) [x[i], y[i]] = p; });
  return scale;
}

/** The distance between the 2nd and 98th percentiles. */
function spreadOf(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
  return at(0.98) - at(0.02);
}

function centreOf(x: Float64Array, y: Float64Array, fixed: Uint8Array): { x: number; y: number } {
  let sx = 0, sy = 0, count = 0;
  const anyFixed = fixed.some((f) => f === 1);
  for (let i = 0; i < x.length; i++) {
    if (anyFixed && !fixed[i]) continue;
    sx += x[i]!;
    sy += y[i]!;
    count++;
  }
  return { x: sx / count, y: sy / count };
}

/**
 * Calls `visit(i, j)` for the pairs of boxes that may come within `margin` of each other: a sweep over
 * the boxes sorted by their left edge, each against those that start before its right edge (plus the
 * margin and the widest box, as boxes move a little while a round pushes them apart).
 */
function nearPairs(x: Float64Array, w: Float64Array, margin: number, visit: (i: number, j: number) => void): void {
  const order = Uint32Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[a]! - w[a]! / 2 - (x[b]! - w[b]! / 2) || a - b);
  let maxW = 0;
  for (let i = 0; i < w.length; i++) maxW = Math.max(maxW, w[i]!);
  for (let a = 0; a < order.length; a++) {
    const i = order[a]!;
    for (let b = a + 1; b < order.length; b++) {
      const j = order[b]!;
      if (x[j]! - w[j]! / 2 > x[i]! + w[i]! / 2 + margin + maxW) break;
      visit(i, j);
    }
  }
}

/**
 * One round: every overlapping pair (with the gap) is moved apart along the axis on which it overlaps
 * least, each box half the way (all of it if the other is fixed). Returns how many pairs overlapped.
 */
function pushApart({ x, y, w, h, fixed }: Boxes, round: number): number {
  const gap = SPREAD.gap;
  let pairs = 0;
  nearPairs(x, w, gap, (i, j) => {
    const dx = x[j]! - x[i]!;
    const dy = y[j]! - y[i]!;
    const ox = (w[i]! + w[j]!) / 2 + gap - Math.abs(dx);
    const oy = (h[i]! + h[j]!) / 2 + gap - Math.abs(dy);
    if (ox <= 0 || oy <= 0 || (fixed[i] && fixed[j])) return;
    pairs++;
    const share = fixed[i] ? [0, 1] : fixed[j] ? [1, 0] : [0.5, 0.5];
    if (ox < oy) {
      const sign = dx !== 0 ? Math.sign(dx) : tie(i, j, round);
      x[i] = x[i]! - sign * ox * share[0]!;
      x[j] = x[j]! + sign * ox * share[1]!;
    } else {
      const sign = dy !== 0 ? Math.sign(dy) : tie(i, j, round);
      y[i] = y[i]! - sign * oy * share[0]!;
      y[j] = y[j]! + sign * oy * share[1]!;
    }
  });
  return pairs;
}

/** A direction for two boxes at the same place: deterministic, and not the same for every pair. */
function tie(i: number, j: number, round: number): number {
  return ((i * 31 + j * 17 + round) & 1) === 0 ? 1 : -1;
}

/** Pairs of boxes that overlap (without the gap). */
export function countOverlaps({ x, y, w, h }: Pick<Boxes, 'x' | 'y' | 'w' | 'h'>): number {
  let count = 0;
  nearPairs(x, w, 0, (i, j) => {
    if (Math.abs(x[j]! - x[i]!) < (w[i]! + w[j]!) / 2 && Math.abs(y[j]! - y[i]!) < (h[i]! + h[j]!) / 2) count++;
  });
  return count;
}

/** Moves each coordinate `share` of the way to where its rank would put it in an even spread over the same range. */
function evenOut(values: Float64Array, fixed: Uint8Array, share: number): void {
  const n = values.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const low = values[order[0]!]!;
  const high = values[order[n - 1]!]!;
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    if (fixed[i]) continue;
    const even = low + ((high - low) * r) / Math.max(1, n - 1);
    values[i] = values[i]! + (even - values[i]!) * share;
  }
}
