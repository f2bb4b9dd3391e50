// Elements just added to a large view (an expansion's nodes and edges), drawn into the picture shown, edges
// under nodes, a few each frame, while that picture is drawn again with them between frames (kept-picture.ts).
// Otherwise they would show only once the whole view is drawn again, up to a second later on a large view.
import { crisp, type CanvasRenderer, type Ele } from './canvas-renderer.js';
import type { Buffers } from './rebuild.js';

/**
 * Time a frame may spend drawing them: a first draw of an element can cost a millisecond, so a few dozen
 * may take more than one frame.
 */
const ON_TOP_MS = 4;

/**
 * Nor past this many ms from the start of the renderer's frame (its sort into drawing order first: after
 * an expansion on a large view that frame's sort and hit-test bookkeeping took ~13 ms, and 4 ms more of
 * drawing made it a task of 22 ms); the first element is drawn whatever the time, so every frame moves on.
 */
const ON_TOP_FRAME_MS = 10;

export class OnTop {
  private queue: Ele[] = [];

  add(eles: readonly Ele[]): void {
    this.queue.push(...eles);
  }

  clear(): void {
    this.queue = [];
  }

  get empty(): boolean {
    return this.queue.length === 0;
  }

  /** Draws the next of them into `picture` while the frame's time lasts; true if some are left for a frame to come. */
  paint(r: CanvasRenderer, picture: Buffers, pxRatio: number, extent: unknown, now: () => number, frameStart: number | undefined): boolean {
    const start = now();
    const until = Math.min(start + ON_TOP_MS, (frameStart ?? start) + ON_TOP_FRAME_MS);
    let i = 0;
    while (i < this.queue.length && (i === 0 || now() < until)) {
      const ele = this.queue[i++]!;
      crisp(r, ele.isEdge() ? picture.edges : picture.nodes, ele, pxRatio, extent);
    }
    this.queue = this.queue.slice(i);
    return this.queue.length > 0;
  }
}
