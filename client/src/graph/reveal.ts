// Shows a large change on the canvas over several frames. Cytoscape's 2D
// renderer draws every element the first time it appears (textures, geometry),
// and a view of thousands of elements drawn at once is a long task of hundreds
// of ms. While a reveal runs, the renderer draws only the elements already
// revealed; each frame reveals a slice more (nodes first, then edges), the slice
// fitted to the measured draw time, until everything is shown.
import type { Core } from 'cytoscape';
import { browserClock, type FrameClock } from './frames.js';

export const REVEAL = {
  /** Aim for a draw of this many ms per frame (the first-time cost of the slice included). */
  drawMs: 28,
  firstSlice: 200,
  minSlice: 100,
  maxSlice: 8000,
} as const;

type Ele = { id(): string };
type DrawFn = (context: unknown, eles: ArrayLike<Ele>, pxRatio: number, extent: unknown) => void;
interface CanvasRenderer {
  drawLayeredElements?: DrawFn;
  drawCachedElements?: DrawFn;
  drawCachedNodes?: DrawFn;
  redrawHint?: (group: string, on: boolean) => void;
  redraw?: () => void;
  NODE?: number;
  data?: { contexts?: unknown[] };
}

export class Reveal {
  private readonly pending = new Set<string>();
  private order: string[] = [];
  private at = 0;
  private slice: number = REVEAL.firstSlice;
  private lastDrawMs = 0;
  private drewSince = false;
  private ticking = false;
  private finish: (() => void) | undefined;
  private promise: Promise<void> = Promise.resolve();
  private readonly renderer: CanvasRenderer | undefined;
  /** Per frame of the last reveal: elements shown and the draw's ms (for tests and the bench). */
  lastRun: Array<{ shown: number; drawMs: number }> = [];

  constructor(private readonly cy: Core, private readonly clock: FrameClock = browserClock) {
    const r = (cy as unknown as { renderer?: () => CanvasRenderer | undefined }).renderer?.();
    // Only the 2D canvas renderer (not headless, not WebGL) draws through these.
    this.renderer = r && typeof r.drawLayeredElements === 'function' && typeof r.drawCachedElements === 'function' && typeof r.redraw === 'function'
      && !(r as { webgl?: unknown }).webgl ? r : undefined;
    if (this.renderer) this.install(this.renderer);
  }

  /** Until the frame after the last slice was shown. */
  get busy(): boolean {
    return this.pending.size > 0 || this.ticking;
  }

  /** Settles when every element handed to `start` is shown. */
  get done(): Promise<void> {
    return this.promise;
  }

  /**
   * Hides `ids` (nodes, then edges) from the canvas and reveals them over the next
   * frames. Called before the batch that added them ends; a reveal in progress goes on with them added.
   */
  start(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    if (!this.renderer || nodeIds.length + edgeIds.length === 0) return;
    if (!this.busy) {
      this.order = [];
      this.at = 0;
      this.slice = REVEAL.firstSlice;
      this.lastRun = [];
      this.promise = new Promise<void>((resolve) => { this.finish = resolve; });
    }
    // Not yet shown from an older reveal, then the new nodes, then the new edges.
    this.order = [...this.order.slice(this.at).filter((id) => this.pending.has(id)), ...nodeIds, ...edgeIds];
    this.at = 0;
    for (const id of nodeIds) this.pending.add(id);
    for (const id of edgeIds) this.pending.add(id);
    this.drewSince = false;
    this.step();
    if (!this.ticking) {
      this.ticking = true;
      this.clock.next(this.tick);
    }
  }

  /** Shows everything at once (the next draw is a full one): before an image of the canvas is taken. */
  flush(): void {
    if (this.pending.size === 0) return;
    this.pending.clear();
    this.order = [];
    this.at = 0;
    this.redraw();
  }

  private readonly tick = (): void => {
    if (this.pending.size === 0) return this.end();
    // Wait for the renderer to have drawn the last slice before revealing more.
    if (this.drewSince) {
      this.adapt();
      this.step();
    }
    this.clock.next(this.tick);
  };

  private step(): void {
    const until = Math.min(this.order.length, this.at + this.slice);
    for (; this.at < until; this.at++) this.pending.delete(this.order[this.at]!);
    if (this.at >= this.order.length) this.pending.clear();
    this.drewSince = false;
    this.redraw();
  }

  private adapt(): void {
    const ms = this.lastDrawMs;
    const fitted = ms > 0 ? (this.slice * REVEAL.drawMs) / ms : this.slice * 2;
    this.slice = Math.round(Math.min(REVEAL.maxSlice, Math.max(REVEAL.minSlice, Math.min(this.slice * 2, Math.max(this.slice / 2, fitted)))));
  }

  private end(): void {
    this.ticking = false;
    const finish = this.finish;
    this.finish = undefined;
    finish?.();
  }

  private redraw(): void {
    this.renderer?.redrawHint?.('eles', true);
    this.renderer?.redraw?.();
  }

  /** Filters what the renderer draws while a reveal runs; times each draw. */
  private install(r: CanvasRenderer): void {
    const layered = r.drawLayeredElements!.bind(r);
    const cached = r.drawCachedElements!.bind(r);
    const nodes = r.drawCachedNodes?.bind(r);
    const shown = (eles: ArrayLike<Ele>): Ele[] => {
      const out: Ele[] = [];
      for (let i = 0; i < eles.length; i++) if (!this.pending.has(eles[i]!.id())) out.push(eles[i]!);
      return out;
    };
    r.drawLayeredElements = (context, eles, pxRatio, extent) => {
      // An image export draws into its own context: everything, always.
      if (!this.busy || context !== r.data?.contexts?.[r.NODE ?? -1]) return layered(context, eles, pxRatio, extent);
      // While revealing, no layered textures: they would be built from every element and thrown away as the set grows.
      const started = this.clock.now();
      const visible = this.pending.size > 0 ? shown(eles) : eles;
      cached(context, visible, pxRatio, extent);
      this.lastDrawMs = this.clock.now() - started;
      this.lastRun.push({ shown: visible.length, drawMs: Math.round(this.lastDrawMs) });
      this.drewSince = true;
    };
    if (nodes) {
      r.drawCachedNodes = (context, eles, pxRatio, extent) =>
        nodes(context, this.pending.size > 0 && context === r.data?.contexts?.[r.NODE ?? -1] ? shown(eles) : eles, pxRatio, extent);
    }
  }
}
