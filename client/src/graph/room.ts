// Where a new node can stand among those already placed. The places taken are kept in a grid of cells
// the size of the gap wanted, so that a question about one spot asks the few nodes near it: asking every
// node of a 5k view for each of 50 new nodes took 400-500 ms in one task.
import type { Position } from 'cytoscape';

export class Room {
  // Keyed by a number made of the cell's column and row (string keys cost ~3 ms for a 5k view's nodes).
  private readonly cells = new Map<number, Position[]>();

  constructor(private readonly gap: number, taken: Iterable<Position> = []) {
    for (const p of taken) this.take(p);
  }

  /** Unique while rows stay within ±2^19 cells (tens of millions of pixels at any gap in use). */
  private key(cx: number, cy: number): number {
    return cx * 0x100000 + cy;
  }

  take(p: Position): void {
    const k = this.key(Math.floor(p.x / this.gap), Math.floor(p.y / this.gap));
    const cell = this.cells.get(k);
    if (cell) cell.push({ x: p.x, y: p.y });
    else this.cells.set(k, [{ x: p.x, y: p.y }]);
  }

  /** Whether a place taken is closer to `p` than the gap. */
  crowded(p: Position): boolean {
    const cx = Math.floor(p.x / this.gap);
    const cy = Math.floor(p.y / this.gap);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const q of this.cells.get(this.key(i, j)) ?? []) if (Math.hypot(q.x - p.x, q.y - p.y) < this.gap) return true;
      }
    }
    return false;
  }

  /** The nearest spot to `wanted` stepping right by the gap (50 steps at most) that is not crowded; it is taken from then on. */
  freeSpot(wanted: Position): Position {
    const spot = { x: wanted.x, y: wanted.y };
    for (let i = 0; i < 50 && this.crowded(spot); i++) spot.x += this.gap;
    this.take(spot);
    return spot;
  }
}
