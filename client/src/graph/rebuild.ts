// After the camera of a large view moves (the end of a pan or a zoom) or its
// elements change, the renderer would draw every element again in one frame:
// 150–250 ms at 5k nodes in software rendering. A rebuild draws the new picture
// into fresh buffers a time-boxed slice at a time, while the page is idle between
// frames; the screen shows the previous picture meanwhile (moved to the new
// camera, as the renderer itself shows a snapshot during the gesture), and swaps
// when it is complete.

type Ele = { isEdge(): boolean };
type DrawOne = (context: CanvasRenderingContext2D, ele: Ele, pxRatio: number, extent: unknown) => void;

export interface Buffers {
  edges: CanvasRenderingContext2D;
  nodes: CanvasRenderingContext2D;
}

/** A canvas transform reduced to what Cytoscape sets: a uniform scale and a translation. */
export interface Camera { scale: number; x: number; y: number; width: number; height: number }

export function cameraOf(context: CanvasRenderingContext2D): Camera {
  const t = context.getTransform();
  return { scale: t.a, x: t.e, y: t.f, width: context.canvas.width, height: context.canvas.height };
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return a.scale === b.scale && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** The canvas transform that puts pixels drawn at camera `from` where camera `to` shows the same model points. */
export function moveBetween(from: Camera, to: Camera): [number, number, number, number, number, number] {
  const s = to.scale / from.scale;
  return [s, 0, 0, s, to.x - s * from.x, to.y - s * from.y];
}

/** Copies the buffers to `screen`, moved from the camera they were drawn at to the screen's; the nodes only if `edges` is false. */
export function showBuffers(screen: CanvasRenderingContext2D, buffers: Buffers, drawnAt: Camera, edges = true): void {
  screen.save();
  screen.setTransform(...moveBetween(drawnAt, cameraOf(screen)));
  if (edges) screen.drawImage(buffers.edges.canvas, 0, 0);
  screen.drawImage(buffers.nodes.canvas, 0, 0);
  screen.restore();
}

export class Rebuild {
  private at = 0;

  constructor(
    readonly buffers: Buffers,
    readonly camera: Camera,
    /** Every element, in the renderer's drawing order. */
    private readonly order: readonly Ele[],
  ) {}

  get done(): boolean {
    return this.at >= this.order.length;
  }

  /** Draws elements in order until `budgetMs` has passed (checked every 8: a first full-quality draw of an element can take a millisecond). */
  step(draw: DrawOne, pxRatio: number, extent: unknown, now: () => number, budgetMs: number): void {
    const until = now() + budgetMs;
    while (this.at < this.order.length) {
      const end = Math.min(this.order.length, this.at + 8);
      for (; this.at < end; this.at++) {
        const ele = this.order[this.at]!;
        draw(ele.isEdge() ? this.buffers.edges : this.buffers.nodes, ele, pxRatio, extent);
      }
      if (now() >= until) return;
    }
  }
}
