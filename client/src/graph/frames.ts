// Spreads a large canvas change over animation frames: up to ~80 weighted elements per
// frame, as many as fit a time budget (measured as it goes), so the page never freezes.
import { whenIdle, type IdleTime } from '../core/idle.js';

/** One kind of work over `size` items, done in slices [from, to). `weight`: cost of an item relative to adding one. */
export interface ChunkStep {
  size: number;
  weight?: number;
  run(from: number, to: number): void;
}

/** Keeps the canvas from redrawing between the chunks of a run. */
export interface ChunkHold {
  chunkDone(): void;
  release(): void;
}

export interface FrameClock {
  now(): number;
  /** Calls `cb` at the next frame (or soon, where frames do not come, as in a hidden tab). */
  next(cb: () => void): void;
  /**
   * Calls `cb` when the page is next idle between frames, with how long it expects to stay idle
   * (or by a timeout at the latest, with no time said to be left).
   */
  idle(cb: (deadline?: IdleTime) => void): void;
}

export const FRAME_DEFAULTS = {
  /**
   * Our work per frame, in ms (the batch end included; the restyle and redraw it causes come after).
   * Half a frame: pieces alike in size cost up to three times one another (a hub's edges, a garbage
   * collection or a compile landing in one), and at 10 ms a show at 2k/4k ran 11 of 20 pages past a
   * frame against 2 at 8 ms, for applies ~10% longer (bench/RESULTS.md).
   */
  budgetMs: 8,
  /**
   * Whole frames (our work, then Cytoscape's restyle and redraw of everything
   * drawn so far) are aimed at this, measured between frames: one frame at
   * 60 Hz. Aiming at two frames (33 ms) kept every task under 50 ms but
   * dropped a frame per chunk; at one frame an apply of 5k nodes takes ~4 s
   * instead of ~2.6 s and drops none in most applies (bench/RESULTS.md).
   * Where one redraw alone costs more, the chunk stops at minChunk.
   */
  frameMs: 16,
  /** Weighted items in the first frame, before anything is measured. */
  firstChunk: 60,
  /** A change this small is always applied at once, whatever the measured rate: state and canvas agree on return. */
  syncUnits: 60,
  /**
   * A larger change starts with this much inside the input handler that made it: the handler also
   * diffed the view (~10 ms at 5k nodes), and a first chunk's first styling of new elements costs
   * ~1 ms each (20 made the handler's frame late in most applies).
   */
  largeFirst: 8,
  minChunk: 60,
  /** The smallest chunk our own work's cost may bring it to. */
  minWork: 15,
  /**
   * The cost of an item varies by kind and by what the renderer has cached (a chunk
   * of first edges can cost 5× a chunk of nodes), so a chunk never grows past this
   * on the strength of a few cheap ones.
   */
  maxChunk: 80,
  /**
   * Weighted items applied (and styled) before the clock is read again, at most: a chunk goes on piece by
   * piece while its time lasts, each piece cut to what the time left fits at what its step's last pieces
   * cost, so one that meets costlier items than the last ones overruns by little.
   */
  piece: 16,
} as const;

/** Work waiting for idle time runs by then at the latest: a page kept busy still gets it done. */
const IDLE_TIMEOUT_MS = 100;

export const browserClock: FrameClock = {
  now: () => performance.now(),
  next: (cb) => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') setTimeout(cb, 0);
    else requestAnimationFrame(() => cb());
  },
  idle: (cb) => { whenIdle(cb, IDLE_TIMEOUT_MS); },
};

/** Splits a slice of `units` weighted units into the item ranges of each step it covers. */
export function takeSlice(steps: readonly ChunkStep[], cursor: { step: number; item: number }, units: number): Array<[number, number, number]> {
  const slices: Array<[number, number, number]> = [];
  let left = units;
  while (cursor.step < steps.length && left > 0) {
    const step = steps[cursor.step]!;
    const weight = step.weight ?? 1;
    const count = Math.min(step.size - cursor.item, Math.max(1, Math.floor(left / weight)));
    if (count > 0) {
      slices.push([cursor.step, cursor.item, cursor.item + count]);
      cursor.item += count;
      left -= count * weight;
    }
    if (cursor.item >= step.size) {
      cursor.step++;
      cursor.item = 0;
    }
  }
  return slices;
}

/**
 * Runs a list of steps in order. The first chunk runs at once (a small change
 * is applied synchronously, as before); the rest follow, one chunk a frame,
 * each inside `wrap` (one cy.batch, one restyle). The chunk grows or shrinks
 * so that a frame's work, batch end included, stays near the budget. A newer
 * run cancels the one in progress.
 */
export class ChunkRunner {
  private chunk: number = FRAME_DEFAULTS.firstChunk;
  private generation = 0;
  private pending: Promise<boolean> = Promise.resolve(true);
  private running = false;
  private release: (() => void) | undefined;
  /**
   * What a weighted unit of each step of the current run costs, in ms (its piece's share of the canvas's
   * style and geometry included): the step weights are rough (curved edges and a hub's edges cost more than
   * they say), so a piece is sized from this rather than from the weights alone.
   */
  private costs = new Map<number, number>();
  /** Per frame of the last run: weighted units done and ms taken (for tests and the bench). */
  lastRun: Array<{ units: number; ms: number; at: number }> = [];

  constructor(
    private readonly clock: FrameClock = browserClock,
    private readonly budgetMs: number = FRAME_DEFAULTS.budgetMs,
    private readonly frameMs: number = FRAME_DEFAULTS.frameMs,
  ) {}

  get busy(): boolean {
    return this.running;
  }

  /** Settles when the current run ends: true if it finished, false if a newer run replaced it. */
  get done(): Promise<boolean> {
    return this.pending;
  }

  /** Stops the run in progress after its current chunk; its promise resolves false. */
  cancel(): void {
    this.generation++;
    this.running = false;
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  /**
   * `hold`, if given, is called once before the first chunk; its `chunkDone`
   * after each chunk but the last, its `release` when the run ends or is cancelled
   * (the canvas holds its redraw until then).
   */
  run(steps: readonly ChunkStep[], wrap: (work: () => void) => void = (work) => work(), hold?: () => ChunkHold): Promise<boolean> {
    this.cancel();
    const generation = this.generation;
    const held = hold?.();
    if (held) this.release = () => held.release();
    const cursor = { step: 0, item: 0 };
    const total = steps.reduce((sum, step) => sum + step.size * (step.weight ?? 1), 0);
    this.lastRun = [];
    this.costs = new Map();
    this.running = true;
    this.pending = new Promise<boolean>((resolve) => {
      let lastStart = 0;
      let lastUnits = 0;
      const tick = () => {
        if (generation !== this.generation) return resolve(false);
        // The last frame as a whole (our chunk, then the restyle and redraw it caused).
        const frameFit = lastStart > 0 && lastUnits > 0 ? (lastUnits * this.frameMs) / (this.clock.now() - lastStart) : Infinity;
        // The first chunk runs inside the input handler that made the change: never more than a small change's worth,
        // whatever an earlier run (of cheaper work, perhaps) taught the chunk size.
        // The next frame often starts as soon as the handler ends (the handler ran past it), so its chunk
        // shares that frame with the handler's work: it is kept as small.
        const first = cursor.step === 0 && cursor.item === 0;
        // A small change is applied whole, whatever it costs: state and canvas agree when run returns.
        const whole = first && total <= FRAME_DEFAULTS.syncUnits;
        const units = first ? (whole ? FRAME_DEFAULTS.syncUnits : FRAME_DEFAULTS.largeFirst)
          : this.lastRun.length === 1 ? Math.min(this.chunk, FRAME_DEFAULTS.largeFirst) : this.chunk;
        const started = this.clock.now();
        let done = 0;
        let finished = false;
        let cut = false;
        // In pieces, each with the canvas's style and geometry of it (the hold's per-chunk work, which counts
        // as the chunk's). Each piece is sized by what the last pieces of its step cost: one that would not fit
        // the time left is cut to fit or, if not a single item would, ends the chunk. A chunk whose items cost
        // more than the chunk size says thus stops near the budget, rather than a whole piece past it.
        for (;;) {
          const left = this.budgetMs - (this.clock.now() - started);
          const step = steps[cursor.step];
          const cost = this.costs.get(cursor.step);
          let size = Math.min(FRAME_DEFAULTS.piece, units - done);
          if (!whole && step) {
            // A piece stays within its step, so that what it cost is that step's.
            size = Math.min(size, (step.size - cursor.item) * (step.weight ?? 1));
            // At most half the budget's worth a piece: one that costs three times what was guessed still ends within the frame.
            if (cost !== undefined) size = Math.min(size, Math.max(0, Math.min(left, this.budgetMs / 2)) / cost);
            // A step not yet measured starts with a small piece, unless the chunk's whole time is still ahead.
            else if (done > 0) size = Math.min(size, FRAME_DEFAULTS.piece / 4);
          }
          // The chunk's first item always runs: every frame moves the run on.
          if (size < (step?.weight ?? 1)) {
            if (done > 0) {
              cut = true;
              break;
            }
            size = step?.weight ?? 1;
          }
          const from = this.clock.now();
          const slices = takeSlice(steps, cursor, size);
          let pieceUnits = 0;
          wrap(() => {
            for (const [s, a, b] of slices) {
              steps[s]!.run(a, b);
              pieceUnits += (b - a) * (steps[s]!.weight ?? 1);
            }
          });
          done += pieceUnits;
          finished = cursor.step >= steps.length;
          if (!finished) held?.chunkDone();
          if (slices.length) this.learn(slices[0]![0], slices.at(-1)![0], pieceUnits, this.clock.now() - from);
          if (finished || done >= units) break;
          if (!whole && this.clock.now() - started >= this.budgetMs) {
            cut = true;
            break;
          }
        }
        const ms = this.clock.now() - started;
        this.lastRun.push({ units: done, ms, at: started });
        this.adapt(done, ms, frameFit, cut);
        lastStart = started;
        lastUnits = done;
        if (finished) {
          this.running = false;
          this.release = undefined;
          held?.release();
          return resolve(true);
        }
        this.clock.next(tick);
      };
      tick();
    });
    return this.pending;
  }

  /**
   * Records what a piece cost per unit for the steps it covered. A step's cost rises at once to a dearer
   * piece's and falls only half-way to a cheaper one's: the same number of items can cost several times as
   * much from one piece to the next (the edges of a hub), and a guess on the low side is what makes a chunk overrun.
   */
  private learn(first: number, last: number, units: number, ms: number): void {
    if (units <= 0 || ms <= 0) return;
    const perUnit = ms / units;
    for (let s = first; s <= last; s++) {
      const was = this.costs.get(s);
      this.costs.set(s, was === undefined ? perUnit : Math.max(perUnit, (was + perUnit) / 2));
    }
  }

  /**
   * Scales the chunk towards what fits both budgets, at most doubling or halving it at a time.
   * A slow redraw (the frame budget) shrinks it no further than minChunk, so an apply still ends;
   * our own work (the chunk budget) may shrink it to minWork, as items of some kinds cost several
   * times others (edges drawn as curves, at full style).
   */
  private adapt(units: number, ms: number, frameFit: number, cut = false): void {
    // A short last chunk says little; one cut short by the budget says its items cost more.
    if ((units < this.chunk / 2 && !cut) || ms <= 0) return;
    const fitted = Math.min((units * this.budgetMs) / ms, Math.max(FRAME_DEFAULTS.minChunk, frameFit));
    const next = Math.min(this.chunk * 2, Math.max(this.chunk / 2, fitted));
    this.chunk = Math.round(Math.min(FRAME_DEFAULTS.maxChunk, Math.max(FRAME_DEFAULTS.minWork, next)));
  }
}
