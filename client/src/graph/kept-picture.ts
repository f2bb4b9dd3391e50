// The picture of the view kept in two offscreen buffers (edges under nodes) and
// copied to the screen instead of drawing every element again. Cytoscape's 2D
// renderer redraws everything on screen each frame (in software ~10 µs an
// element, the first time more), which at thousands of elements is a long task.
// The picture answers for the small changes: a selection or a tap's highlight
// is drawn on top of it (picture-changes.ts); a camera move or a change to the
// elements of a large view draws it again a slice at a time between frames
// (rebuild.ts); nodes a
// person drags are cleared from it and drawn back where dropped (drag.ts).
// When to keep, grow, rebuild or give up the picture is decided in reveal.ts.
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { crisp, freshBuffers, redraw, switchedOn, type CanvasRenderer, type Ele, type MakeBuffer } from './canvas-renderer.js';
import { redrawRegion, type Reaches } from './drag.js';
import { reachMeets, reachOf, type BandedEdge, type EdgeReach } from './edge-band.js';
import type { IdleTime } from '../core/idle.js';
import type { FrameClock } from './frames.js';
import { OnTop } from './on-top.js';
import { PictureChanges, type Box } from './picture-changes.js';
import { Rebuild, cameraOf, sameCamera, showBuffers, type Buffers, type Camera } from './rebuild.js';

/**
 * The time a slice of a rebuild may draw for, at most: it runs when the page is idle between frames
 * (less if the browser expects the next frame sooner), so a person's input waits no longer than this.
 * Drawn in the frames themselves (7 ms each, with the copy and overlay of the old picture and the
 * browser's own work), a rebuild's frames near 1,000 nodes in the full style ran 16–25 ms.
 */
const REBUILD_MS = 7;

/**
 * A slice of clearing a drag's edges from the picture, at most, in ms. It runs when the page is idle
 * between frames: drawing again what crossed them is paid twice, once in script and once more when the
 * canvas rasterizes it on the next copy; all at once it made a drag's first frame 50–66 ms at 950 nodes
 * (a piece of 40 model units of a long edge through the middle of the view crosses a hundred edges),
 * and 3 ms of it in each frame, with the frame's own work, still ran frames past 16 ms.
 */
const LIFT_MS = 5;

/**
 * How long a slice of work done between frames may run: `most` ms, less if the browser expects the next
 * frame sooner; run by the timeout (no idle time said to be left), a slice still takes its share.
 */
function sliceMs(deadline: IdleTime, most: number): number {
  const left = deadline?.timeRemaining() ?? most;
  return Math.max(1, Math.min(most, left > 0 ? left - 1 : most));
}

/** Edges and nodes drawn at one camera (transform and canvas size). */
interface Picture extends Buffers {
  camera: Camera;
  /** Nodes were dragged: the edges buffer shows their edges where they were, so the nodes alone are shown. */
  nodesOnly?: boolean;
}

export class KeptPicture {
  private picture: Picture | undefined;
  private buffers: Buffers | undefined;
  /** The buffers of the picture a rebuild replaced: the next rebuild draws into them. */
  private spare: Buffers | undefined;
  /** The picture being drawn again at a new camera, a slice at a time while the page is idle. */
  private rebuild: Rebuild | undefined;
  /** The rebuild whose next slice waits for idle time. */
  private slicing: Rebuild | undefined;
  /** The pixel ratio and extent the renderer last drew the screen with: the slices draw with them. */
  private drawing: { pxRatio: number; extent: unknown } | undefined;
  /** Pieces of the bands of dragged nodes' edges (edge-band.ts) still to clear from the picture's edges. */
  private bands: Box[] = [];
  /** The slice of clearing them that waits for idle time (a new drag's bands get a slice of their own). */
  private clearing: object | undefined;
  /** Elements added to the view, drawn into the picture shown while the new one is drawn (`addOnTop`). */
  private readonly onTop = new OnTop();
  /** The elements off the drag layer, in drawing order, and the pixel ratio of the frame that lifted the nodes. */
  private lifting: { eles: ArrayLike<Ele>; pxRatio: number } | undefined;
  /** The line of each edge tested against a cleared piece during this drag (the edges that are not dragged stay put). */
  private readonly reachOf = new Map<Ele, EdgeReach>();
  /**
   * The renderer's last measured box of an element (reading a fresh one costs ~3 µs an element), and for
   * an edge whose box meets a region, whether its line does (edge-band.ts).
   */
  private readonly reaches: Reaches<Ele> = (ele, meetsRegion, regions) => {
    const box = (ele as { _private?: { bbCache?: Box | null } })._private?.bbCache;
    if (!box) return true;
    if (!meetsRegion(box)) return false;
    if (!ele.isEdge() || !('pstyle' in ele)) return true;
    let reach = this.reachOf.get(ele);
    if (!reach) this.reachOf.set(ele, (reach = reachOf(ele as unknown as BandedEdge)));
    for (const region of regions) if (reachMeets(reach, region)) return true;
    return false;
  };
  /**
   * The elements that may be drawn into a box, in drawing order, where something indexes them (the hit
   * test's grid, hit-test.ts): clearing where a dragged node was then asks a few dozen elements, not all
   * 15,000 of a 5k/10k view (5–12 ms of a drag's first frame).
   */
  near: ((box: Box) => ArrayLike<Ele> | undefined) | undefined;
  /** What changed on the canvas since the picture was started. */
  readonly changes = new PictureChanges();
  /** True while elements are drawn: canvas events then are the renderer's bookkeeping, not changes. */
  painting = false;
  /** When the renderer's frame under way began (reveal.ts sets it), if known. */
  frameStart: number | undefined;

  constructor(
    private readonly cy: Core,
    private readonly r: CanvasRenderer,
    private readonly clock: FrameClock,
    private readonly makeBuffer: MakeBuffer,
  ) {}

  /** True while there is a picture to show. */
  get held(): boolean {
    return this.picture !== undefined;
  }

  get rebuilding(): boolean {
    return this.rebuild !== undefined;
  }

  /** True if the picture was drawn at another camera than `camera`. */
  movedFrom(camera: Camera): boolean {
    return this.picture !== undefined && !sameCamera(this.picture.camera, camera);
  }

  /** Forgets the bands of a drag still to clear: the picture they were in is gone or drawn again. */
  private stopClearing(): void {
    this.bands = [];
    this.clearing = undefined;
    this.lifting = undefined;
    this.reachOf.clear();
  }

  /** The picture no longer shows the view: from now on the renderer draws, until a new one begins. */
  forget(): void {
    this.picture = undefined;
    this.rebuild = undefined;
    this.onTop.clear();
    this.stopClearing();
  }

  /**
   * Elements just added (an expansion's nodes and edges): until the picture is drawn again with them, they
   * are drawn into the one shown, edges under nodes, a few each frame. Otherwise they would show only once
   * the whole view is drawn again, up to a second later on a large view.
   */
  addOnTop(eles: readonly Ele[]): void {
    this.onTop.add(eles);
  }

  private paintOnTop(picture: Picture, pxRatio: number, extent: unknown): void {
    if (this.onTop.empty) return;
    this.painting = true;
    let left = false;
    try {
      left = this.onTop.paint(this.r, picture, pxRatio, extent, () => this.clock.now(), this.frameStart);
    } finally {
      this.painting = false;
    }
    // The rest in a frame to come: nothing else may ask for one before the picture is drawn again (and the
    // renderer forgets a frame asked for while it draws).
    if (left) this.clock.next(() => redraw(this.r));
  }

  /** `draw`, with what it does to the elements not counted as a change to the view. */
  quietly<A extends unknown[]>(draw: (...args: A) => void): (...args: A) => void {
    return (...args: A): void => {
      const was = this.painting;
      this.painting = true;
      try {
        draw(...args);
      } finally {
        this.painting = was;
      }
    };
  }

  /**
   * Makes ahead, while the page is idle, the buffers the next drawing of `screen` needs: a first picture's
   * (called before a reveal), or, with a picture shown, the pair its first rebuild draws into (a hover or
   * a pan). Making two is ~10 ms the first time the page draws into them, which would otherwise fall in
   * the reveal's first frame or the rebuild's.
   */
  prepare(screen: CanvasRenderingContext2D): void {
    const fits = (b: Buffers | undefined) => !!b && b.edges.canvas.width === screen.canvas.width && b.edges.canvas.height === screen.canvas.height;
    if (!this.picture) {
      if (!fits(this.buffers)) this.buffers = freshBuffers(undefined, screen, this.makeBuffer) ?? this.buffers;
    } else if (!this.rebuild && !fits(this.spare)) this.spare = freshBuffers(undefined, screen, this.makeBuffer);
  }

  /** Starts a picture of the elements of `eles` that are `shown`; false if no buffer could be made. */
  begin(screen: CanvasRenderingContext2D, eles: ArrayLike<Ele>, shown: (ele: Ele) => boolean, pxRatio: number, extent: unknown): boolean {
    const pair = freshBuffers(this.buffers, screen, this.makeBuffer);
    if (!pair) return false;
    this.buffers = pair;
    this.picture = { ...pair, camera: cameraOf(screen) };
    this.stopClearing();
    this.changes.start(switchedOn(eles));
    const todo: Ele[] = [];
    for (let i = 0; i < eles.length; i++) if (shown(eles[i]!)) todo.push(eles[i]!);
    this.paint(todo, pxRatio, extent);
    return true;
  }

  /** Draws `eles` into the picture, edges into one buffer and nodes into the other, in the order given. */
  paint(eles: Iterable<Ele>, pxRatio: number, extent: unknown): void {
    const picture = this.picture;
    if (!picture) return;
    this.painting = true;
    try {
      for (const ele of eles) crisp(this.r, ele.isEdge() ? picture.edges : picture.nodes, ele, pxRatio, extent);
    } finally {
      this.painting = false;
    }
  }

  /** Copies the picture to `context` at its camera; its edges too unless `edges` is false or nodes were dragged. */
  copyTo(context: CanvasRenderingContext2D, edges = true): void {
    if (this.picture) showBuffers(context, this.picture, this.picture.camera, edges && !this.picture.nodesOnly);
  }

  /** Selected or tapped since the picture was drawn: their new look on top (a few elements, drawn fresh). */
  overlay(screen: CanvasRenderingContext2D, pxRatio: number, extent: unknown): void {
    this.painting = true;
    try {
      for (const id of this.changes.overlay()) {
        const ele = this.cy.getElementById(id) as unknown as Ele & { selected(): boolean; active(): boolean; nonempty(): boolean };
        if (ele.nonempty() && (ele.selected() || ele.active())) crisp(this.r, screen, ele, pxRatio, extent);
      }
    } finally {
      this.painting = false;
    }
  }

  /** The elements changed: the picture is drawn again from their state now (by `rebuildAt`). */
  restartFrom(eles: ArrayLike<Ele>): void {
    this.changes.start(switchedOn(eles));
    this.dropRebuild();
    this.stopClearing();
  }

  /** Gives up the rebuild under way, if any: the next one draws into its buffers. */
  private dropRebuild(): void {
    if (this.rebuild) this.spare = this.rebuild.buffers;
    this.rebuild = undefined;
  }

  /**
   * Draws the picture again at `camera`, a slice at a time while the page is idle, showing the old one
   * (moved to the new camera) meanwhile, and swaps in the frame after the last slice. False if no buffer
   * could be made.
   */
  rebuildAt(screen: CanvasRenderingContext2D, camera: Camera, eles: ArrayLike<Ele>, pxRatio: number, extent: unknown): boolean {
    const old = this.picture!;
    if (!this.rebuild || !sameCamera(this.rebuild.camera, camera)) {
      // The pair an earlier rebuild left (or a rebuild given up for a newer one) is drawn into again.
      const pair = freshBuffers(this.rebuild?.buffers ?? this.spare, screen, this.makeBuffer);
      this.spare = undefined;
      if (!pair) return false;
      // The renderer's sorted list is never changed in place (z-sort.ts makes a new one): no copy of 15,000.
      this.rebuild = new Rebuild(pair, camera, Array.isArray(eles) ? eles : Array.from(eles));
    }
    const rebuild = this.rebuild;
    // The renderer's pixel ratio and extent for this camera, for the slices drawn between frames.
    this.drawing = { pxRatio, extent };
    if (rebuild.done) {
      this.picture = { ...rebuild.buffers, camera };
      this.spare = { edges: old.edges, nodes: old.nodes };
      this.buffers = rebuild.buffers;
      this.rebuild = undefined;
      this.onTop.clear();
      this.changes.restart(switchedOn(eles));
      this.copyTo(screen);
    } else {
      this.paintOnTop(old, pxRatio, extent);
      showBuffers(screen, old, old.camera, !old.nodesOnly);
      this.whenIdle(rebuild);
    }
    this.overlay(screen, pxRatio, extent);
    return true;
  }

  /** Draws the next slice of `rebuild` when the page is idle, unless a newer one (or none) replaced it by then. */
  private whenIdle(rebuild: Rebuild): void {
    if (this.slicing === rebuild) return;
    this.slicing = rebuild;
    this.clock.idle((deadline) => {
      if (this.slicing === rebuild) this.slicing = undefined;
      if (this.rebuild !== rebuild || !this.drawing) return;
      const { pxRatio, extent } = this.drawing;
      this.painting = true;
      try {
        rebuild.step((c, ele, ratio, ext) => crisp(this.r, c, ele as Ele, ratio, ext), pxRatio, extent, () => this.clock.now(), sliceMs(deadline, REBUILD_MS));
      } finally {
        this.painting = false;
      }
      // Done: the next frame swaps the pictures (rebuildAt).
      if (rebuild.done) redraw(this.r);
      else this.whenIdle(rebuild);
    });
  }

  /**
   * Nodes a drag moved are cleared from where the picture shows them (what was under them drawn again);
   * the renderer draws them on its drag layer meanwhile. `withEdges` (the full style, which keeps edges
   * drawn during a drag): their edges are cleared from the picture's edges too, a piece of a band at a
   * time while the page is idle between frames; otherwise the picture's edges are hidden. A rebuild
   * under way drew them where they were: it stops.
   */
  lift(eles: ArrayLike<Ele>, pxRatio: number, withEdges = false): void {
    const picture = this.picture;
    const boxes = picture ? this.changes.lift() : { nodes: [], edges: [] };
    if (!picture || boxes.nodes.length === 0) return;
    this.dropRebuild();
    if (!withEdges) picture.nodesOnly = true;
    this.painting = true;
    try {
      const draw = (c: CanvasRenderingContext2D, ele: Ele, region: unknown) => crisp(this.r, c, ele, pxRatio, region);
      for (const box of boxes.nodes) redrawRegion(picture.nodes, box, this.around(box, picture, eles), draw, false, this.reaches);
    } finally {
      this.painting = false;
    }
    if (!withEdges || boxes.edges.length === 0) return;
    this.bands.push(...boxes.edges);
    this.lifting = { eles, pxRatio };
    this.clearWhenIdle();
  }

  /**
   * Clears the next pieces of the dragged edges' bands from the picture when the page is idle, for up to
   * `LIFT_MS` (less if the browser expects a frame sooner), and asks for a frame to show it; the rest
   * in the next idle periods. Stops once the drag's bands are forgotten (a drop draws the picture again anyway).
   */
  private clearWhenIdle(): void {
    if (this.clearing) return;
    const slice = (this.clearing = {});
    this.clock.idle((deadline) => {
      if (this.clearing !== slice) return;
      this.clearing = undefined;
      const { picture, lifting } = this;
      if (!picture || !lifting || this.bands.length === 0) return;
      const until = this.clock.now() + sliceMs(deadline, LIFT_MS);
      const draw = (c: CanvasRenderingContext2D, ele: Ele, region: unknown) => crisp(this.r, c, ele, lifting.pxRatio, region);
      this.painting = true;
      try {
        // At least a piece a slice, so that a page never idle for long still gets on with it.
        do {
          const band = this.bands.shift()!;
          redrawRegion(picture.edges, band, this.around(band, picture, lifting.eles), draw, true, this.reaches);
        } while (this.bands.length > 0 && this.clock.now() < until);
      } finally {
        this.painting = false;
      }
      redraw(this.r);
      if (this.bands.length > 0) this.clearWhenIdle();
    });
  }

  /**
   * Of `eles` (the elements not on the drag layer, in drawing order), those that may be drawn into `box`:
   * from `near`, where it answers, less the dragged ones (the renderer draws them on its drag layer).
   */
  private around(box: Box, picture: Picture, eles: ArrayLike<Ele>): ArrayLike<Ele> {
    // The region redrawn is grown to whole device pixels and one more for antialiasing (drag.ts).
    const pad = 2 / (picture.nodes.getTransform().a || 1);
    const some = this.near?.({ x1: box.x1 - pad, y1: box.y1 - pad, x2: box.x2 + pad, y2: box.y2 + pad });
    if (!some) return eles;
    const undragged: Ele[] = [];
    for (let i = 0; i < some.length; i++) {
      const p = (some[i] as { _private?: { grabbed?: boolean; rscratch?: { inDragLayer?: boolean } } })._private;
      if (!p?.grabbed && !p?.rscratch?.inDragLayer) undragged.push(some[i]!);
    }
    return undragged;
  }

  /**
   * The drag ended: the dropped nodes (`withEdges`: and their edges) are drawn into the picture where
   * they are, then the picture again, a slice at a time while the page is idle. False if no buffer could be made for that.
   */
  drop(screen: CanvasRenderingContext2D, camera: Camera, eles: ArrayLike<Ele>, pxRatio: number, extent: unknown, withEdges = false): boolean {
    // What is left of the dragged edges' bands is not cleared: the picture is drawn again from here anyway.
    this.lift(eles, pxRatio, withEdges);
    this.stopClearing();
    const dropped: Ele[] = [];
    const edges: Ele[] = [];
    for (const id of this.changes.drop()) {
      const ele = this.cy.getElementById(id) as SingularElementReturnValue;
      if (!ele.nonempty()) continue;
      dropped.push(ele as unknown as Ele);
      if (withEdges && ele.isNode()) edges.push(...(ele.connectedEdges().toArray() as unknown as Ele[]));
    }
    this.paint([...edges, ...dropped], pxRatio, extent);
    this.dropRebuild();
    return this.rebuildAt(screen, camera, eles, pxRatio, extent);
  }
}
