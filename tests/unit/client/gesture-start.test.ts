// The frame that makes Cytoscape's gesture snapshot on a large view skips the
// measurement of every element's box it would store and never read; every other
// render, and every other use of the collection, is the renderer's own.
import { describe, expect, it } from 'vitest';
import { IdleTask } from '../../../client/src/core/idle.js';
import { makesSnapshot, skipSnapshotBounds, snapshotAtCanvasResolution, warmGestureCanvases } from '../../../client/src/graph/gesture-start.js';

/** Like Cytoscape's render: measures all elements when it starts a gesture snapshot. */
function fakeRenderer(textureOnViewport: boolean) {
  let measured = 0;
  // As in Cytoscape, the method lives on the collection's prototype.
  const elements = Object.create({ boundingBox: () => { measured++; return { x1: -50, y1: -50, x2: 50, y2: 50, w: 100, h: 100 }; } }) as { boundingBox(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } };
  const cy = { mutableElements: () => elements };
  const r = {
    textureOnViewport,
    textureCache: null as null | { bb: unknown },
    hoverData: { dragging: false },
    cy,
    seen: [] as unknown[],
    render(options?: { forcedContext?: unknown }) {
      const snapshot = this.textureOnViewport && !options?.forcedContext && this.hoverData.dragging;
      if (snapshot && !this.textureCache) this.textureCache = { bb: cy.mutableElements().boundingBox() };
      else if (!snapshot) this.textureCache = null;
      this.seen.push(cy.mutableElements().boundingBox());
    },
  };
  return { r, elements, measured: () => measured };
}

describe('gesture snapshot bounds', () => {
  it('answers the snapshot frame\'s measurement without measuring, once per gesture', () => {
    const { r, elements, measured } = fakeRenderer(true);
    skipSnapshotBounds(r);
    r.hoverData.dragging = true;
    r.render();
    // The renderer's measurement was answered at once; a later use in the same frame too.
    expect(measured()).toBe(0);
    expect(Object.hasOwn(elements, 'boundingBox')).toBe(false);
    // The next frames of the gesture reuse the snapshot: nothing is skipped, so measuring is the renderer's own.
    r.render();
    expect(measured()).toBe(1);
    r.hoverData.dragging = false;
    r.render();
    expect(measured()).toBe(2);
    expect(elements.boundingBox().w).toBe(100);
  });

  it('leaves small views (no snapshot) and drawing into other contexts alone', () => {
    const { r, measured } = fakeRenderer(false);
    skipSnapshotBounds(r);
    r.hoverData.dragging = true;
    r.render();
    expect(measured()).toBe(1);
    const large = fakeRenderer(true);
    skipSnapshotBounds(large.r);
    large.r.hoverData.dragging = true;
    expect(makesSnapshot(large.r, { forcedContext: {} })).toBe(false);
    large.r.render({ forcedContext: {} });
    expect(large.measured()).toBe(1);
  });

  it('gives the collection its own method back even when the render throws', () => {
    const { r, elements } = fakeRenderer(true);
    r.render = () => { throw new Error('canvas lost'); };
    skipSnapshotBounds(r);
    r.hoverData.dragging = true;
    expect(() => r.render()).toThrow('canvas lost');
    expect(Object.hasOwn(elements, 'boundingBox')).toBe(false);
  });
});

describe('gesture snapshot resolution', () => {
  /** Like Cytoscape's canvas sizing: at one device pixel per CSS pixel, the snapshot buffer gets twice the canvas's size. */
  function sizedRenderer(pixelRatio: number) {
    const canvases = [0, 1].map(() => ({ width: 0, height: 0 }));
    interface Sized { size: { width: number; height: number }; canvasWidth: number; canvasHeight: number; textureMult: number }
    const r = {
      TEXTURE_BUFFER: 0,
      data: { bufferCanvases: canvases as unknown as HTMLCanvasElement[] },
      textureMult: 1,
      canvasWidth: 0,
      canvasHeight: 0,
      size: { width: 800, height: 600 },
      matchCanvasSize(this: Sized) {
        this.canvasWidth = this.size.width * pixelRatio;
        this.canvasHeight = this.size.height * pixelRatio;
        for (const c of canvases) { c.width = this.canvasWidth; c.height = this.canvasHeight; }
        this.textureMult = pixelRatio <= 1 ? 2 : 1;
        canvases[0]!.width = this.canvasWidth * this.textureMult;
        canvases[0]!.height = this.canvasHeight * this.textureMult;
      },
    };
    r.matchCanvasSize();
    return { r, texture: canvases[0]! };
  }

  it('makes the snapshot at the canvas\'s own resolution, now and after a resize', () => {
    const { r, texture } = sizedRenderer(1);
    expect(texture.width).toBe(1600);
    snapshotAtCanvasResolution(r as never);
    expect([r.textureMult, texture.width, texture.height]).toEqual([1, 800, 600]);
    r.size = { width: 1000, height: 700 };
    r.matchCanvasSize();
    expect([r.textureMult, texture.width, texture.height]).toEqual([1, 1000, 700]);
  });

  it('leaves a high-density screen\'s snapshot as it is', () => {
    const { r, texture } = sizedRenderer(2);
    snapshotAtCanvasResolution(r as never);
    expect([r.textureMult, texture.width, texture.height]).toEqual([1, 1600, 1200]);
  });
});

describe('warmGestureCanvases', () => {
  /** A context that logs the calls that would give its canvas pixels, and keeps a transform stack. */
  function loggingContext(name: string, log: string[]) {
    let depth = 0;
    return {
      depth: () => depth,
      save: () => { depth++; },
      restore: () => { depth--; },
      setTransform: () => {},
      clearRect: (...args: number[]) => { log.push(`${name} clearRect ${args.join(',')}`); },
    };
  }

  function layeredRenderer() {
    const log: string[] = [];
    const texture = loggingContext('texture', log);
    const selectBox = loggingContext('select box', log);
    const nodes = loggingContext('nodes', log);
    const idleQueue: Array<() => void> = [];
    const idle = new IdleTask(2000, (run) => { idleQueue.push(run); return { cancel: () => { idleQueue.splice(idleQueue.indexOf(run), 1); } }; });
    const r = {
      TEXTURE_BUFFER: 1,
      SELECT_BOX: 0,
      canvasWidth: 800,
      canvasHeight: 600,
      size: { width: 800, height: 600 },
      data: { contexts: [selectBox, undefined, nodes], bufferContexts: [undefined, texture] },
      matchCanvasSize() { this.canvasWidth = this.size.width; this.canvasHeight = this.size.height; },
    };
    const runIdle = () => { for (const run of idleQueue.splice(0)) run(); };
    return { r, log, texture, selectBox, idle, idleQueue, runIdle };
  }

  it('gives the snapshot buffer and the selection-box layer their pixels while the page is idle, not in a gesture', () => {
    const { r, log, texture, selectBox, idle, runIdle } = layeredRenderer();
    warmGestureCanvases(r as never, idle);
    expect(log).toEqual([]);
    runIdle();
    expect(log).toEqual(['texture clearRect 0,0,1,1', 'select box clearRect 0,0,1,1']);
    // The renderer's own transform is left as it was.
    expect([texture.depth(), selectBox.depth()]).toEqual([0, 0]);
  });

  it('does it again after a resize, which takes the pixels away, and not when the size stays', () => {
    const { r, log, idle, idleQueue, runIdle } = layeredRenderer();
    warmGestureCanvases(r as never, idle);
    runIdle();
    log.length = 0;
    r.matchCanvasSize();
    expect(idleQueue).toHaveLength(0);
    r.size = { width: 1000, height: 700 };
    r.matchCanvasSize();
    expect(r.canvasWidth).toBe(1000);
    runIdle();
    expect(log).toEqual(['texture clearRect 0,0,1,1', 'select box clearRect 0,0,1,1']);
  });

  it('leaves a renderer without those canvases alone', () => {
    const { idle, runIdle } = layeredRenderer();
    warmGestureCanvases({ data: {} } as never, idle);
    expect(runIdle).not.toThrow();
  });
});
