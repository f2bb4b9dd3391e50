// Shows a large change on the canvas over several frames without ever drawing
// it all in one. Cytoscape's 2D renderer redraws every element on screen each
// frame (in software ~10 µs each, the first time more), so a view of thousands
// drawn at once, or even redrawn once per reveal step, is a long task. Here the
// picture is kept in two buffers (edges under nodes): each frame draws only the
// next slice into them and copies them to the screen. Once everything is shown
// the buffers keep serving the unchanged picture: a selection is drawn on top
// of it (picture-changes.ts); on a large view a pan, zoom, restyle, add or remove
// redraws it a slice a frame (rebuild.ts); a person dragging nodes of a large view
// clears them from it and draws them back where dropped (drag.ts); any other move
// of elements, or any change to a smaller view, hands drawing back to the renderer.
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { browserClock, type FrameClock } from './frames.js';
import { redrawRegion } from './drag.js';
import { PictureChanges } from './picture-changes.js';
import { Rebuild, cameraOf, sameCamera, showBuffers, type Buffers, type Camera } from './rebuild.js';

export const REVEAL = {
  /** Aim for a slice draw of this many ms per frame (the first-time cost of its elements included). */
  drawMs: 16,
  firstSlice: 50,
  minSlice: 40,
  maxSlice: 800,
} as const;

/** Any of these on the canvas means the kept picture is out of date (a camera move is judged when drawing). */
const CHANGES = 'add remove position style data class select unselect activate unactivate background';
/** Per frame, the time a rebuild after a camera move may draw for. */
const REBUILD_MS = 12;

type Ele = { id(): string; isEdge(): boolean };
type DrawFn = (context: unknown, eles: ArrayLike<Ele>, pxRatio: number, extent: unknown) => void;
type DrawOne = (context: unknown, ele: Ele, pxRatio: number, extent: unknown, level?: number, highQuality?: boolean) => void;
interface CanvasRenderer {
  drawLayeredElements?: DrawFn;
  drawCachedNodes?: DrawFn;
  drawCachedElement?: DrawOne;
  drawElement?: (...args: unknown[]) => void;
  redrawHint?: (group: string, on: boolean) => void;
  redraw?: () => void;
  NODE?: number;
  TEXTURE_BUFFER?: number;
  /** On for views of a few hundred nodes and more: the renderer shows a snapshot while the view moves. */
  textureOnViewport?: boolean;
  /** On for large views (the light style): edges are left out while the view moves. */
  hideEdgesOnViewport?: boolean;
  hoverData?: { draggingEles?: boolean };
  data?: { contexts?: unknown[]; bufferContexts?: unknown[] };
}

/** The picture so far: edges and nodes, drawn at one camera (transform and canvas size). */
interface Picture extends Buffers {
  camera: Camera;
  /** How much of `order` is in the picture. */
  drawn: number;
  /** Nodes were dragged: the edges buffer shows their edges where they were, so the nodes alone are shown. */
  nodesOnly?: boolean;
}

/**
 * Draws one element as the renderer would, at full quality. Otherwise, for an element it has no
 * texture of at this zoom, the renderer draws a blurred stand-in and redraws the view once the
 * sharp texture is made between frames; a kept picture would keep the stand-in.
 */
function crisp(r: CanvasRenderer, context: unknown, ele: Ele, pxRatio: number, extent: unknown): void {
  r.drawCachedElement!(context, ele, pxRatio, extent, undefined, true);
}

/** An offscreen 2D context the size of `like`, drawing with its transform. */
export type MakeBuffer = (like: CanvasRenderingContext2D) => CanvasRenderingContext2D | undefined;

const canvasBuffer: MakeBuffer = (like) => {
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = like.canvas.width;
  canvas.height = like.canvas.height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.setTransform(like.getTransform());
  context.imageSmoothingEnabled = like.imageSmoothingEnabled;
  return context;
};

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
  private picture: Picture | undefined;
  private buffers: Buffers | undefined;
  /** The buffers of the picture a rebuild replaced: the next rebuild draws into them. */
  private spare: Buffers | undefined;
  /** The picture being drawn again at a new camera, a slice a frame. */
  private rebuild: Rebuild | undefined;
  /** What changed on the canvas since the picture was started. */
  private readonly changes = new PictureChanges();
  private painting = false;
  /** Until the first frame of a reveal (which reveals nothing) is drawn. */
  private warming = false;
  /** Per frame of the last reveal: elements in the picture and the draw's ms (for tests and the bench). */
  lastRun: Array<{ shown: number; drawMs: number; at: number }> = [];
  /** The kind of change that last ended a picture (for the bench). */
  handedBackOn: string | undefined;

  constructor(private readonly cy: Core, private readonly clock: FrameClock = browserClock, private readonly makeBuffer: MakeBuffer = canvasBuffer) {
    const r = (cy as unknown as { renderer?: () => CanvasRenderer | undefined }).renderer?.();
    // Only the 2D canvas renderer (not headless, not WebGL) draws through these.
    this.renderer = r && typeof r.drawLayeredElements === 'function' && typeof r.drawCachedElement === 'function' && typeof r.redraw === 'function'
      && !(r as { webgl?: unknown }).webgl ? r : undefined;
    if (this.renderer) {
      this.install(this.renderer);
      cy.on(CHANGES, (event) => {
        // The renderer updates some state of an element as it draws it (e.g. whether its images are loading): not a change.
        if (!this.picture || this.painting) return;
        const target = event.target as { id?: () => string; isNode?: unknown };
        this.changes.record(event.type, typeof target?.isNode === 'function' ? target.id!() : undefined, !!this.renderer?.hoverData?.draggingEles);
      });
      // Where a node is in the picture, taken before a drag can move it.
      cy.on('grab', (event) => {
        const node = event.target as SingularElementReturnValue;
        if (this.picture && typeof node?.isNode === 'function' && node.isNode()) this.changes.grab(node.id(), node.boundingBox());
      });
    }
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
    return this.rebuild !== undefined;
  }

  /** True while the screen shows the kept picture rather than the renderer's own drawing. */
  get serving(): boolean {
    return this.picture !== undefined;
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
    // The change may have removed or moved what an older picture holds: start a new one.
    if (this.picture) this.handedBackOn = 'new reveal';
    this.picture = undefined;
    this.rebuild = undefined;
    // The first frame shows nothing new: the renderer sorts every element by z-order then (tens of ms
    // at thousands of elements), and that frame should not also draw a slice.
    this.warming = true;
    this.drewSince = false;
    this.redraw();
    if (!this.ticking) {
      this.ticking = true;
      this.clock.next(this.tick);
    }
  }

  /** Shows everything through the renderer's own drawing from the next frame on. */
  flush(): void {
    this.picture = undefined;
    this.rebuild = undefined;
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
      if (!this.warming) this.adapt();
      this.warming = false;
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
    this.slice = Math.round(Math.min(REVEAL.maxSlice, Math.max(REVEAL.minSlice, Math.min(this.slice * 1.5, Math.max(this.slice / 2, fitted)))));
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

  /** Draws `eles` into the picture, edges into one buffer and nodes into the other, in the order given. */
  private paint(r: CanvasRenderer, picture: Picture, eles: Iterable<Ele>, pxRatio: number, extent: unknown): void {
    this.painting = true;
    try {
      for (const ele of eles) crisp(r, ele.isEdge() ? picture.edges : picture.nodes, ele, pxRatio, extent);
    } finally {
      this.painting = false;
    }
  }

  /**
   * Two empty buffers the size of `screen`, drawing with its transform: `old` cleared when the canvas
   * kept its size (making two is ~10 ms), else new ones; undefined if none could be made.
   */
  private freshBuffers(old: Buffers | undefined, screen: CanvasRenderingContext2D): Buffers | undefined {
    if (old && old.edges.canvas.width === screen.canvas.width && old.edges.canvas.height === screen.canvas.height) {
      for (const b of [old.edges, old.nodes]) {
        b.setTransform(1, 0, 0, 1, 0, 0);
        b.clearRect(0, 0, b.canvas.width, b.canvas.height);
        b.setTransform(screen.getTransform());
      }
      return old;
    }
    const edges = this.makeBuffer(screen);
    const nodes = this.makeBuffer(screen);
    return edges && nodes ? { edges, nodes } : undefined;
  }

  /** Starts the picture from what is on the canvas and already revealed; undefined if no buffer could be made. */
  private begin(r: CanvasRenderer, screen: CanvasRenderingContext2D, eles: ArrayLike<Ele>, pxRatio: number, extent: unknown): Picture | undefined {
    const pair = this.freshBuffers(this.buffers, screen);
    if (!pair) return undefined;
    const { edges, nodes } = pair;
    this.buffers = { edges, nodes };
    const picture: Picture = { edges, nodes, camera: cameraOf(screen), drawn: this.at };
    const shown: Ele[] = [];
    for (let i = 0; i < eles.length; i++) if (!this.pending.has(eles[i]!.id())) shown.push(eles[i]!);
    this.paint(r, picture, shown, pxRatio, extent);
    return picture;
  }

  /** Selected or tapped since the picture was drawn: their new look on top (a few elements, drawn fresh). */
  private drawOverlay(r: CanvasRenderer, screen: CanvasRenderingContext2D, pxRatio: number, extent: unknown): void {
    this.painting = true;
    try {
      for (const id of this.changes.overlay()) {
        const ele = this.cy.getElementById(id) as unknown as Ele & { selected(): boolean; active(): boolean; nonempty(): boolean };
        if (ele.nonempty() && (ele.selected() || ele.active())) crisp(r, screen, ele, pxRatio, extent);
      }
    } finally {
      this.painting = false;
    }
  }

  /**
   * The camera moved, or the elements changed, on a large view: draws the picture
   * again a slice a frame, showing the old one (moved to the new camera)
   * meanwhile, and swaps when done.
   */
  private rebuildAt(r: CanvasRenderer, screen: CanvasRenderingContext2D, camera: Camera, eles: ArrayLike<Ele>, pxRatio: number, extent: unknown, idleFirst = false): void {
    const old = this.picture!;
    let fresh = false;
    if (!this.rebuild || !sameCamera(this.rebuild.camera, camera)) {
      fresh = true;
      // The pair an earlier rebuild left (or a rebuild given up for a newer one) is drawn into again.
      const pair = this.freshBuffers(this.rebuild?.buffers ?? this.spare, screen);
      this.spare = undefined;
      if (!pair) {
        this.flush();
        return r.drawLayeredElements!(screen, eles, pxRatio, extent);
      }
      this.rebuild = new Rebuild(pair, camera, Array.from(eles));
    }
    const rebuild = this.rebuild;
    this.painting = true;
    try {
      // After a change to the elements the renderer sorts and restyles them in this frame (tens of ms at thousands): drawing starts in the next.
      if (!(fresh && idleFirst)) rebuild.step((c, ele, ratio, ext) => crisp(r, c, ele as Ele, ratio, ext), pxRatio, extent, () => this.clock.now(), REBUILD_MS);
    } finally {
      this.painting = false;
    }
    if (rebuild.done) {
      this.picture = { ...rebuild.buffers, camera, drawn: old.drawn };
      this.spare = { edges: old.edges, nodes: old.nodes };
      this.buffers = rebuild.buffers;
      this.rebuild = undefined;
      this.changes.restart(this.switchedOn(eles));
      showBuffers(screen, this.picture, camera, !this.picture.nodesOnly);
    } else {
      showBuffers(screen, old, old.camera, !old.nodesOnly);
      this.clock.next(() => this.redraw());
    }
    this.drawOverlay(r, screen, pxRatio, extent);
  }

  /**
   * Nodes a drag moved are cleared from where the picture shows them (what was under them drawn again);
   * the renderer draws them on its drag layer meanwhile. A rebuild under way drew them where they were: it stops.
   */
  private lift(r: CanvasRenderer, picture: Picture, eles: ArrayLike<Ele>, pxRatio: number): void {
    const boxes = this.changes.lift();
    if (boxes.length === 0) return;
    this.rebuild = undefined;
    picture.nodesOnly = true;
    this.painting = true;
    try {
      for (const box of boxes) redrawRegion(picture.nodes, box, eles, (c, ele, region) => crisp(r, c, ele, pxRatio, region));
    } finally {
      this.painting = false;
    }
  }

  /** The drag ended: the dropped nodes are drawn into the picture where they are, then the picture again with their edges, a slice a frame. */
  private drop(r: CanvasRenderer, screen: CanvasRenderingContext2D, camera: Camera, eles: ArrayLike<Ele>, pxRatio: number, extent: unknown): void {
    const picture = this.picture!;
    this.lift(r, picture, eles, pxRatio);
    const dropped: Ele[] = [];
    for (const id of this.changes.drop()) {
      const ele = this.cy.getElementById(id) as SingularElementReturnValue;
      if (ele.nonempty()) dropped.push(ele as unknown as Ele);
    }
    this.paint(r, picture, dropped, pxRatio, extent);
    this.handedBackOn = 'redrawn after a drag';
    this.rebuild = undefined;
    this.rebuildAt(r, screen, camera, eles, pxRatio, extent);
  }

  /** Ids of the elements drawn selected or active. */
  private switchedOn(eles: ArrayLike<Ele>): string[] {
    const on: string[] = [];
    for (let i = 0; i < eles.length; i++) {
      const p = (eles[i] as unknown as { _private?: { selected?: boolean; active?: boolean } })._private;
      if (p?.selected || p?.active) on.push(eles[i]!.id());
    }
    return on;
  }

  /** The elements of `order` revealed since the picture last grew (removed ones are gone from the canvas). */
  private fresh(picture: Picture): Ele[] {
    const out: Ele[] = [];
    for (let i = picture.drawn; i < this.at; i++) {
      const ele = this.cy.getElementById(this.order[i]!) as SingularElementReturnValue;
      if (ele.nonempty()) out.push(ele as unknown as Ele);
    }
    picture.drawn = this.at;
    return out;
  }

  /** Draws the screen's node layer from the picture while a reveal runs or the picture is still true. */
  private install(r: CanvasRenderer): void {
    // The renderer's own drawing updates some state of the elements it draws (whether their images are
    // loading) and reports it as a restyle: not a change to the view.
    const quietly = <A extends unknown[]>(draw: (...args: A) => void) => (...args: A): void => {
      const was = this.painting;
      this.painting = true;
      try {
        draw(...args);
      } finally {
        this.painting = was;
      }
    };
    const layered = quietly(r.drawLayeredElements!.bind(r));
    // The renderer also draws elements into its texture caches between frames (before it renders), with the same bookkeeping.
    if (r.drawElement) r.drawElement = quietly(r.drawElement.bind(r));
    const ownNodesOnly = r.drawCachedNodes?.bind(r);
    const nodesOnly = ownNodesOnly ? quietly(ownNodesOnly) : undefined;
    const onScreen = (context: unknown) => context === r.data?.contexts?.[r.NODE ?? -1];
    const texture = () => r.data?.bufferContexts?.[r.TEXTURE_BUFFER ?? -1];
    r.drawLayeredElements = (context, eles, pxRatio, extent) => {
      // The snapshot the renderer moves during a gesture: made from the kept picture, not by drawing everything.
      if (context === texture() && this.picture && !this.busy && !this.changes.settle()) {
        showBuffers(context as CanvasRenderingContext2D, this.picture, this.picture.camera, !this.picture.nodesOnly);
        return;
      }
      // An image export draws into its own context: everything, always.
      if (!onScreen(context) || (!this.busy && !this.picture)) return layered(context, eles, pxRatio, extent);
      const screen = context as CanvasRenderingContext2D;
      const camera = cameraOf(screen);
      const moved = this.picture !== undefined && !sameCamera(this.picture.camera, camera);
      const staleBecause = this.picture ? this.changes.settle() : undefined;
      const dragged = this.changes.dragged;
      if (this.picture && dragged && !staleBecause && !moved && !this.busy && r.hideEdgesOnViewport) {
        if (!r.hoverData?.draggingEles) return this.drop(r, screen, camera, eles, pxRatio, extent);
        this.lift(r, this.picture, eles, pxRatio);
        showBuffers(screen, this.picture, camera, false);
        return;
      }
      if (this.picture && (staleBecause || moved || this.rebuild || dragged)) {
        // On a large view the picture is drawn again a slice a frame; a move of elements, a reveal
        // under way or a small view go back to the renderer's own drawing, and so does a change to the
        // elements of a mid-sized view (its hover and selection looks should show at once).
        if (this.busy || !r.textureOnViewport || (staleBecause && !r.hideEdgesOnViewport) || this.changes.moved || dragged) {
          this.handedBackOn = staleBecause ?? (dragged ? 'drag' : 'camera');
          this.flush();
          return layered(context, eles, pxRatio, extent);
        }
        if (staleBecause) {
          // Start over from this state: the elements are drawn as they are now.
          this.handedBackOn = `redrawn after ${staleBecause}`;
          this.changes.start(this.switchedOn(eles));
          this.rebuild = undefined;
        }
        return this.rebuildAt(r, screen, camera, eles, pxRatio, extent, staleBecause !== undefined);
      }
      const started = this.clock.now();
      if (!this.picture) {
        this.handedBackOn = undefined;
        this.changes.start(this.switchedOn(eles));
        this.picture = this.begin(r, screen, eles, pxRatio, extent);
        if (!this.picture) {
          // No offscreen canvas to keep the picture in: show everything at once.
          this.flush();
          return layered(context, eles, pxRatio, extent);
        }
      } else {
        this.paint(r, this.picture, this.fresh(this.picture), pxRatio, extent);
      }
      showBuffers(screen, this.picture, this.picture.camera, !this.picture.nodesOnly);
      this.drawOverlay(r, screen, pxRatio, extent);
      if (this.busy) {
        this.lastDrawMs = this.clock.now() - started;
        this.lastRun.push({ shown: this.picture.drawn, drawMs: Math.round(this.lastDrawMs), at: started });
        this.drewSince = true;
      }
    };
    if (nodesOnly) {
      // Used while the view moves (edges hidden during gestures): the kept picture, moved, shows more, for less.
      r.drawCachedNodes = (context, eles, pxRatio, extent) => {
        const staleBecause = this.picture && (this.busy ? 'gesture while revealing' : this.changes.settle());
        if ((onScreen(context) || context === texture()) && this.picture && !staleBecause && (!this.changes.dragged || r.hideEdgesOnViewport)) {
          // A drag on a large view: the renderer draws everything but the dragged nodes here (edges hidden).
          if (onScreen(context)) this.lift(r, this.picture, eles, pxRatio);
          showBuffers(context as CanvasRenderingContext2D, this.picture, this.picture.camera, !this.picture.nodesOnly);
          return;
        }
        if (onScreen(context) && (this.picture || this.pending.size > 0)) {
          this.handedBackOn = staleBecause || 'gesture while revealing';
          this.flush();
        }
        nodesOnly(context, eles, pxRatio, extent);
      };
    }
  }
}
