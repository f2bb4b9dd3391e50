// A uniform grid over shapes (model units), for the pointer's hit test on a large
// view: a pointer event asks the few shapes in the cells around it instead of
// every element. A straight edge takes the cells along its line, not every cell
// of the rectangle it spans. Shapes are stored by index in one flat array (cells'
// contents laid end to end), so a query allocates only its answer.

/** Most cells a box may take; a larger one (a curved edge across the view) is asked on every query instead. */
export const MAX_CELLS_PER_BOX = 64;

/** Shapes (or cell runs) per step of a build done in pieces. */
const STEP = 512;

export class HitGrid {
  private stamp: Int32Array;
  private query = 0;

  constructor(
    private readonly x0: number,
    private readonly y0: number,
    private readonly cell: number,
    private readonly cols: number,
    private readonly rows: number,
    /** Where each cell's indices start in `entries`; cell c holds entries[starts[c] .. starts[c + 1]). */
    private readonly starts: Int32Array,
    private readonly entries: Int32Array,
    /** Shapes asked on every query: unknown ones (NaN) and boxes too wide for the cells. */
    readonly always: Int32Array,
    count: number,
  ) {
    this.stamp = new Int32Array(count);
  }

  /**
   * `shapes` holds `count` shapes as four numbers each. Where `pads[i]` is a number
   * (not NaN) shape i is the line from (x1, y1) to (x2, y2) widened by that much on
   * every side (a node is a line of length 0); otherwise it is the box x1, y1, x2, y2.
   * A shape whose x1 is NaN is one nothing is known about, returned by every query.
   */
  static build(shapes: Float64Array, count: number, pads?: Float64Array): HitGrid {
    const steps = HitGrid.building(shapes, count, pads);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The same, in steps of about five hundred shapes: it yields between them, so a caller
   * can spread the work over idle time. The work itself is in plain methods, which the
   * engine optimizes as they run (a generator's own loops stay slow far longer).
   */
  static *building(shapes: Float64Array, count: number, pads?: Float64Array): Generator<void, HitGrid> {
    const b = new Builder(shapes, count, pads);
    for (let i = 0; i < count; i += STEP) {
      b.runsOf(i, Math.min(count, i + STEP));
      yield;
    }
    for (let k = 0; k < b.runs.length; k += 3 * STEP) {
      b.countCells(k, Math.min(b.runs.length, k + 3 * STEP));
      yield;
    }
    b.sum();
    for (let i = 0; i < count; i += STEP) {
      b.fill(i, Math.min(count, i + STEP));
      yield;
    }
    return b.grid();
  }

  /**
   * Indices of the shapes in the cells that the box x1, y1, x2, y2 meets, and of
   * those always asked, each once and in ascending order: a superset of the
   * shapes that box meets.
   */
  within(x1: number, y1: number, x2: number, y2: number): number[] {
    const stamp = ++this.query;
    const found: number[] = [];
    const take = (i: number) => {
      if (this.stamp[i] === stamp) return;
      this.stamp[i] = stamp;
      found.push(i);
    };
    for (const i of this.always) take(i);
    const c1 = Math.max(0, Math.floor((x1 - this.x0) / this.cell));
    const r1 = Math.max(0, Math.floor((y1 - this.y0) / this.cell));
    const c2 = Math.min(this.cols - 1, Math.floor((x2 - this.x0) / this.cell));
    const r2 = Math.min(this.rows - 1, Math.floor((y2 - this.y0) / this.cell));
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const cellIndex = r * this.cols + c;
        for (let k = this.starts[cellIndex]!; k < this.starts[cellIndex + 1]!; k++) take(this.entries[k]!);
      }
    }
    return found.sort((a, b) => a - b);
  }
}

class Builder {
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly known: boolean;
  /** The cells each shape meets, as runs along a row: row, first column, last column. */
  readonly runs: number[] = [];
  private readonly runsFrom: Int32Array;
  private readonly always: number[] = [];
  private readonly starts: Int32Array;
  private entries = new Int32Array(0);
  private fillAt = new Int32Array(0);

  constructor(private readonly shapes: Float64Array, private readonly count: number, private readonly pads?: Float64Array) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < count; i++) {
      const b = 4 * i;
      if (Number.isNaN(shapes[b]!)) continue;
      const pad = this.isLine(i) ? pads![i]! : 0;
      x0 = Math.min(x0, shapes[b]! - pad, shapes[b + 2]! - pad);
      y0 = Math.min(y0, shapes[b + 1]! - pad, shapes[b + 3]! - pad);
      x1 = Math.max(x1, shapes[b]! + pad, shapes[b + 2]! + pad);
      y1 = Math.max(y1, shapes[b + 1]! + pad, shapes[b + 3]! + pad);
    }
    this.known = x0 <= x1 && y0 <= y1;
    if (!this.known) [x0, y0, x1, y1] = [0, 0, 0, 0];
    const [width, height] = [x1 - x0, y1 - y0];
    // About four shapes a cell (a node's cell or two, an edge's few), and no more than 512 cells a side.
    this.cell = Math.max(1, Math.sqrt((width * height) / Math.max(1, count / 4)), width / 512, height / 512);
    this.cols = Math.max(1, Math.ceil(width / this.cell));
    this.rows = Math.max(1, Math.ceil(height / this.cell));
    [this.x0, this.y0] = [x0, y0];
    this.runsFrom = new Int32Array(count + 1);
    this.starts = new Int32Array(this.cols * this.rows + 1);
  }

  private isLine(i: number): boolean {
    return this.pads !== undefined && !Number.isNaN(this.pads[i]!);
  }

  private col(x: number): number {
    return Math.max(0, Math.min(this.cols - 1, Math.floor((x - this.x0) / this.cell)));
  }

  private row(y: number): number {
    return Math.max(0, Math.min(this.rows - 1, Math.floor((y - this.y0) / this.cell)));
  }

  runsOf(from: number, to: number): void {
    const { shapes, runs } = this;
    for (let i = from; i < to; i++) {
      this.runsFrom[i] = runs.length;
      const b = 4 * i;
      const ax = shapes[b]!;
      const ay = shapes[b + 1]!;
      const bx = shapes[b + 2]!;
      const by = shapes[b + 3]!;
      if (!this.known || Number.isNaN(ax)) {
        this.always.push(i);
      } else if (!this.isLine(i)) {
        if ((this.col(bx) - this.col(ax) + 1) * (this.row(by) - this.row(ay) + 1) > MAX_CELLS_PER_BOX) this.always.push(i);
        else for (let r = this.row(ay); r <= this.row(by); r++) runs.push(r, this.col(ax), this.col(bx));
      } else {
        // Each row of cells takes the part of the line within the pad of its band, widened by the pad.
        const pad = this.pads![i]!;
        const dy = by - ay;
        const last = this.row(Math.max(ay, by) + pad);
        for (let r = this.row(Math.min(ay, by) - pad); r <= last; r++) {
          let t1 = 0;
          let t2 = 1;
          if (dy !== 0) {
            const u1 = (this.y0 + r * this.cell - pad - ay) / dy;
            const u2 = (this.y0 + (r + 1) * this.cell + pad - ay) / dy;
            t1 = Math.max(0, Math.min(u1, u2));
            t2 = Math.min(1, Math.max(u1, u2));
            if (t1 > t2) continue;
          }
          const xa = ax + (bx - ax) * t1;
          const xb = ax + (bx - ax) * t2;
          runs.push(r, this.col(Math.min(xa, xb) - pad), this.col(Math.max(xa, xb) + pad));
        }
      }
    }
    this.runsFrom[to] = runs.length;
  }

  /** Counts the shapes of each cell, over runs[from .. to). */
  countCells(from: number, to: number): void {
    const { runs, starts, cols } = this;
    for (let k = from; k < to; k += 3) {
      const base = runs[k]! * cols + 1;
      for (let c = runs[k + 1]!; c <= runs[k + 2]!; c++) starts[base + c]!++;
    }
  }

  /** Turns the counts into where each cell's indices start. */
  sum(): void {
    const { starts } = this;
    for (let c = 1; c < starts.length; c++) starts[c]! += starts[c - 1]!;
    this.entries = new Int32Array(starts[starts.length - 1]!);
    this.fillAt = starts.slice(0, starts.length - 1);
  }

  /** Lays out shapes [from, to) in their cells; in ascending order within a cell, as they come. */
  fill(from: number, to: number): void {
    const { runs, runsFrom, entries, fillAt, cols } = this;
    for (let i = from; i < to; i++) {
      for (let k = runsFrom[i]!; k < runsFrom[i + 1]!; k += 3) {
        const base = runs[k]! * cols;
        for (let c = runs[k + 1]!; c <= runs[k + 2]!; c++) entries[fillAt[base + c]!++] = i;
      }
    }
  }

  grid(): HitGrid {
    return new HitGrid(this.x0, this.y0, this.cell, this.cols, this.rows, this.starts, this.entries, Int32Array.from(this.always), this.count);
  }
}
