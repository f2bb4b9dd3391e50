// Shows a large change on the canvas over several frames without ever drawing
// it all in one, and then keeps serving the picture it drew. Each frame of a
// reveal draws only the next slice into the kept picture (kept-picture.ts) and
// copies that to the screen. Once everything is shown the picture stays while it
// is true: a selection is drawn on top of it; on a large view a pan, zoom,
// restyle, add or remove draws it again a slice at a time between frames, and a drag clears the
// dragged nodes from it and draws them back where dropped; any other move of
// elements, or any change to a smaller view, hands drawing back to the renderer.
// This file decides which, at each of the renderer's draws.
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { IdleTask } from '../core/idle.js';
import { browserClock, type FrameClock } from './frames.js';
import { canvasBuffer, canvasRendererOf, redraw, type CanvasRenderer, type Ele, type MakeBuffer } from './canvas-renderer.js';
import { bandOf, type BandedEdge } from './edge-band.js';
import { KeptPicture } from './kept-picture.js';
import { cameraOf } from './rebuild.js';

export type { MakeBuffer } from './canvas-renderer.js';

export const REVEAL = {
  /**
   * Aim for a slice draw of this many ms per frame (the first-time cost of its elements included);
   * with the rest of a frame's work this keeps it within one frame (at 16 and 10, the reveal's
   * frames were the late ones in applies of 1k nodes).
   */
  drawMs: 10,
  /** Time a frame's drawing of new elements may take; the rest wait for the next frame. */
  paintMs: 6,
  firstSlice: 50,
  /**
   * Up to this many elements added to a large view whose picture is shown (an expansion) are drawn into
   * that picture, and the picture drawn again between frames, rather than revealed: a reveal starts a new
   * picture, which draws every element of the view in one frame (170-250 ms at 5k/10k).
   */
  onTopMost: 400,
  /**
   * A change that adds at most `added` elements to a canvas of at most `canvas` elements (an expansion of
   * 200 on a small view) is drawn by the renderer in the frame after it is applied, not revealed: its
   * first draw costs ~35 µs an element (~14 ms for 400), and a reveal's sort frame and growing slices
   * added 4-5 frames (~70 ms) to an expansion's time to painted.
   */
  atOnce: { added: 500, canvas: 2000 },
  minSlice: 40,
  maxSlice: 800,
} as const;

/** Any of these on the canvas means the kept picture is out of date (a camera move is judged when drawing). */
const CHANGES = 'add remove position style data class select unselect activate unactivate background';

export class Reveal {
  private readonly pending = new Set<string>();
  private order: string[] = [];
  private at = 0;
  /** How much of `order` is in the kept picture. */
  private drawn = 0;
  private slice: number = REVEAL.firstSlice;
  private lastDrawMs = 0;
  private drewSince = false;
  private ticking = false;
  private finish: (() => void) | undefined;
  private promise: Promise<void> = Promise.resolve();
  private readonly renderer: CanvasRenderer | undefined;
  private readonly kept: KeptPicture | undefined;
  /** Until the first frame of a reveal (which reveals nothing) is drawn. */
  private warming = false;
  /** Per frame of the last reveal: elements in the picture and the draw's ms (for tests and the bench). */
  lastRun: Array<{ shown: number; drawMs: number; at: number }> = [];
  /** The kind of change that last ended a picture (for the bench). */
  handedBackOn: string | undefined;
  private readonly preparing = new IdleTask(1000);
  /**
   * True while a change is applied with the canvas held (hold.ts): the nodes it moves (a layout's result
   * on a large view, an undo) stand still once it ends, so the picture is drawn again in slices, as after
   * a restyle, rather than all at once by the renderer.
   */
  applying = false;
  private readonly whenShown: Array<() => void> = [];

  /** Where something indexes the elements by place (the hit test's grid): what may be drawn into a box (kept-picture.ts). */
  set near(find: KeptPicture['near']) {
    if (this.kept) this.kept.near = find;
  }

  constructor(private readonly cy: Core, private readonly clock: FrameClock = browserClock, makeBuffer: MakeBuffer = canvasBuffer) {
    this.renderer = canvasRendererOf(cy);
    if (!this.renderer) return;
    const kept = new KeptPicture(cy, this.renderer, clock, makeBuffer);
    this.kept = kept;
    this.install(this.renderer, kept);
    cy.on(CHANGES, (event) => {
      if (!kept.held || kept.painting) return;
      const target = event.target as { id?: () => string; isNode?: unknown; removed?: () => boolean };
      // A removed element is in no picture (the renderer can still report a hover ending on one).
      if (typeof target?.removed === 'function' && target.removed()) return;
      kept.changes.record(event.type, typeof target?.isNode === 'function' ? target.id!() : undefined, !!this.renderer?.hoverData?.draggingEles, this.applying);
    });
    // Where a node is in the picture, taken before a drag can move it; in the full style (edges drawn
    // during a drag) its edges' too.
    cy.on('grab', (event) => {
      const node = event.target as SingularElementReturnValue;
      if (!kept.held || typeof node?.isNode !== 'function' || !node.isNode()) return;
      const edges = this.renderer?.hideEdgesOnViewport ? [] : node.connectedEdges().toArray().flatMap((edge) => bandOf(edge as unknown as BandedEdge));
      kept.changes.grab(node.id(), node.boundingBox(), edges);
    });
  }

  /** Until the frame after the last slice was shown. */
  get busy(): boolean {
    return this.pending.size > 0 || this.ticking;
  }

  /** Settles when every element handed to `start` is shown. */
  get done(): Promise<void> {
    return this.promise;
  }

  /** True while the picture is being drawn again at a new camera. */
  get rebuilding(): boolean {
    return this.kept?.rebuilding ?? false;
  }

  /** True while the screen shows the kept picture rather than the renderer's own drawing. */
  get serving(): boolean {
    return this.kept?.held ?? false;
  }

  /**
   * Hides `ids` (nodes, then edges) from the canvas and reveals them over the next
   * frames. Called before the batch that added them ends; a reveal in progress goes on with them added.
   */
  start(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    if (!this.renderer || nodeIds.length + edgeIds.length === 0) return;
    const kept = this.kept;
    if (kept?.held && !this.busy && this.renderer.textureOnViewport && !kept.changes.moved && nodeIds.length + edgeIds.length <= REVEAL.onTopMost) return;
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
    // The change may have removed or moved what an older picture holds: start a new one.
    if (this.kept?.held) this.handedBackOn = 'new reveal';
    this.kept?.forget();
    // The first frame shows nothing new: the renderer sorts every element by z-order then (tens of ms
    // at thousands of elements), and that frame should not also draw a slice.
    this.warming = true;
    this.drewSince = false;
    redraw(this.renderer);
    if (!this.ticking) {
      this.ticking = true;
      this.clock.next(this.tick);
    }
  }

  /**
   * Settles once the screen shows the view as it is now: at the end of the next draw that leaves no reveal
   * and no drawing again of the picture under way (at once without a canvas renderer).
   */
  shown(): Promise<void> {
    if (!this.renderer) return Promise.resolve();
    const shown = new Promise<void>((resolve) => this.whenShown.push(resolve));
    redraw(this.renderer);
    return shown;
  }

  private settleShown(): void {
    if (this.whenShown.length === 0 || this.busy || this.kept?.rebuilding) return;
    for (const resolve of this.whenShown.splice(0)) resolve();
  }

  /** A large change is being applied: the picture's buffers are made while the page is idle, before its reveal (kept-picture.ts, prepare). */
  prepare(): void {
    const r = this.renderer;
    const screen = r?.data?.contexts?.[r.NODE ?? -1] as CanvasRenderingContext2D | undefined;
    if (!screen || !this.kept || this.kept.held) return;
    const kept = this.kept;
    this.preparing.schedule(() => kept.prepare(screen));
  }

  /** Shows everything through the renderer's own drawing from the next frame on. */
  flush(): void {
    this.kept?.forget();
    if (this.pending.size === 0) return;
    this.pending.clear();
    this.order = [];
    this.at = 0;
    redraw(this.renderer);
  }

  private readonly tick = (): void => {
    if (this.pending.size === 0 && this.drawn >= this.at) return this.end();
    // Wait for the renderer to have drawn the last slice before revealing more.
    if (this.drewSince) {
      if (!this.warming) this.adapt();
      this.warming = false;
      this.step();
    }
    this.clock.next(this.tick);
  };

  private step(): void {
    // The last slice is not all in the picture yet: draw the rest before revealing more.
    if (this.drawn < this.at) {
      this.drewSince = false;
      redraw(this.renderer);
      return;
    }
    const until = Math.min(this.order.length, this.at + this.slice);
    for (; this.at < until; this.at++) this.pending.delete(this.order[this.at]!);
    if (this.at >= this.order.length) this.pending.clear();
    this.drewSince = false;
    redraw(this.renderer);
  }

  private adapt(): void {
    const ms = this.lastDrawMs;
    const fitted = ms > 0 ? (this.slice * REVEAL.drawMs) / ms : this.slice * 2;
    this.slice = Math.round(Math.min(REVEAL.maxSlice, Math.max(REVEAL.minSlice, Math.min(this.slice * 1.5, Math.max(this.slice / 2, fitted)))));
  }

  private end(): void {
    this.ticking = false;
    const finish = this.finish;
    this.finish = undefined;
    finish?.();
  }

  /**
   * The elements of `order` revealed since the picture last grew (removed ones are gone from the canvas),
   * handed out until `deadline`: an element's first draw can cost a millisecond, so a slice measured on
   * cheaper ones may not fit a frame. What is left is drawn first in the next frame.
   */
  private *fresh(deadline: number): Generator<Ele> {
    while (this.drawn < this.at && this.clock.now() < deadline) {
      const ele = this.cy.getElementById(this.order[this.drawn++]!) as SingularElementReturnValue;
      if (ele.nonempty()) yield ele as unknown as Ele;
    }
  }

  /** Of `ids`, the elements on the canvas and shown, edges first (the picture keeps edges under nodes anyway). */
  private shownOf(ids: readonly string[]): Ele[] {
    const shown: Ele[] = [];
    for (const id of ids) {
      const ele = this.cy.getElementById(id) as SingularElementReturnValue;
      if (ele.nonempty() && ele.visible()) shown.push(ele as unknown as Ele);
    }
    return shown.sort((a, b) => Number(b.isEdge()) - Number(a.isEdge()));
  }

  /** Draws the screen's node layer from the picture while a reveal runs or the picture is still true. */
  private install(r: CanvasRenderer, kept: KeptPicture): void {
    // The renderer's own drawing updates some state of the elements it draws (whether their images are
    // loading) and reports it as a restyle: not a change to the view.
    const layered = kept.quietly(r.drawLayeredElements!.bind(r));
    const render = r.render?.bind(r);
    if (render) {
      r.render = (options) => {
        kept.frameStart = this.clock.now();
        try {
          render(options);
        } finally {
          kept.frameStart = undefined;
        }
      };
    }
    // The renderer also draws elements into its texture caches between frames (before it renders), with the same bookkeeping.
    if (r.drawElement) r.drawElement = kept.quietly(r.drawElement.bind(r));
    const ownNodesOnly = r.drawCachedNodes?.bind(r);
    const nodesOnly = ownNodesOnly ? kept.quietly(ownNodesOnly) : undefined;
    const onScreen = (context: unknown) => context === r.data?.contexts?.[r.NODE ?? -1];
    const texture = () => r.data?.bufferContexts?.[r.TEXTURE_BUFFER ?? -1];
    /** No picture can be kept (no offscreen buffer): everything is drawn at once. */
    const giveUp: typeof layered = (...args) => {
      this.flush();
      layered(...args);
    };
    const draw: typeof layered = (context, eles, pxRatio, extent) => {
      // The snapshot the renderer moves during a gesture: made from the kept picture, not by drawing everything,
      // even when the picture is out of date (a hover's look, a change being drawn again): the screen shows
      // that picture until it is drawn again, which happens when the gesture ends.
      if (context === texture() && kept.held && !this.busy) return kept.copyTo(context as CanvasRenderingContext2D);
      // An image export draws into its own context: everything, always.
      if (!onScreen(context) || (!this.busy && !kept.held)) return layered(context, eles, pxRatio, extent);
      const screen = context as CanvasRenderingContext2D;
      const camera = cameraOf(screen);
      const moved = kept.movedFrom(camera);
      const staleBecause = kept.held ? kept.changes.settle() : undefined;
      const dragged = kept.changes.dragged;
      // A drag of nodes past a few hundred: the picture without them (full style: and their edges).
      const withEdges = !r.hideEdgesOnViewport;
      if (kept.held && dragged && !staleBecause && !moved && !this.busy && (r.hideEdgesOnViewport || r.textureOnViewport)) {
        if (!r.hoverData?.draggingEles) {
          this.handedBackOn = 'redrawn after a drag';
          if (!kept.drop(screen, camera, eles, pxRatio, extent, withEdges)) giveUp(context, eles, pxRatio, extent);
          return;
        }
        kept.lift(eles, pxRatio, withEdges);
        return kept.copyTo(screen, withEdges);
      }
      if (kept.held && (staleBecause || moved || kept.rebuilding || dragged)) {
        // Past a few hundred nodes the picture is drawn again while the page is idle (a hover's or a filter's
        // look shows a few frames later, but no frame is late); a move of elements, a reveal under way
        // or a small view go back to the renderer's own drawing.
        if (this.busy || !r.textureOnViewport || kept.changes.moved || dragged) {
          this.handedBackOn = staleBecause ?? (dragged ? 'drag' : 'camera');
          return giveUp(context, eles, pxRatio, extent);
        }
        if (staleBecause) {
          // Start over from this state: the elements are drawn as they are now. Those just added are drawn
          // into the old picture meanwhile, unless so many that the frames would be long (then they wait).
          this.handedBackOn = `redrawn after ${staleBecause}`;
          const added = kept.changes.added();
          kept.restartFrom(eles);
          if (added.length <= REVEAL.onTopMost) kept.addOnTop(this.shownOf(added));
        }
        if (!kept.rebuildAt(screen, camera, eles, pxRatio, extent)) giveUp(context, eles, pxRatio, extent);
        return;
      }
      const started = this.clock.now();
      if (!kept.held) {
        this.handedBackOn = undefined;
        this.drawn = this.at;
        if (!kept.begin(screen, eles, (ele) => !this.pending.has(ele.id()), pxRatio, extent)) return giveUp(context, eles, pxRatio, extent);
        // The buffers its first rebuild will draw into, made while the page is idle.
        this.preparing.schedule(() => kept.prepare(screen));
      } else {
        kept.paint(this.fresh(started + REVEAL.paintMs), pxRatio, extent);
      }
      kept.copyTo(screen);
      kept.overlay(screen, pxRatio, extent);
      if (this.busy) {
        this.lastDrawMs = this.clock.now() - started;
        this.lastRun.push({ shown: this.drawn, drawMs: Math.round(this.lastDrawMs), at: started });
        this.drewSince = true;
      }
    };
    r.drawLayeredElements = (context, eles, pxRatio, extent) => {
      draw(context, eles, pxRatio, extent);
      if (onScreen(context)) this.settleShown();
    };
    if (nodesOnly) {
      // Used while the view moves (edges hidden during gestures): the kept picture, moved, shows more, for less.
      r.drawCachedNodes = (context, eles, pxRatio, extent) => {
        const staleBecause = kept.held && (this.busy ? 'gesture while revealing' : kept.changes.settle());
        // A change the picture is drawn again for once the view stops (a restyle, the moves of a held apply, as
        // a layout's on a large view): shown as it was meanwhile, as the gesture's snapshot is. Drawing every
        // node in each frame of a fit's animation instead took 30-100 ms a frame at 5k nodes.
        const drawnAgainLater = !!staleBecause && !this.busy && !!r.textureOnViewport && !kept.changes.moved && !kept.changes.dragged;
        if ((onScreen(context) || context === texture()) && kept.held && (!staleBecause || drawnAgainLater) && (!kept.changes.dragged || r.hideEdgesOnViewport)) {
          // A drag on a large view: the renderer draws everything but the dragged nodes here (edges hidden).
          if (onScreen(context)) kept.lift(eles, pxRatio);
          return kept.copyTo(context as CanvasRenderingContext2D);
        }
        if (onScreen(context) && (kept.held || this.pending.size > 0)) {
          this.handedBackOn = staleBecause || 'gesture while revealing';
          this.flush();
        }
        nodesOnly(context, eles, pxRatio, extent);
      };
    }
  }
}
