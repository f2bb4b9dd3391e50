// The staged reveal: a large change is drawn a slice a frame into a kept picture
// (edges under nodes) that is copied to the screen; each frame draws only the new
// slice; once done the picture is served until the view changes; an export draws everything.
import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { FrameClock } from '../../../client/src/graph/frames.js';
import { REVEAL, Reveal, type MakeBuffer } from '../../../client/src/graph/reveal.js';

interface FakeEle { id(): string; isEdge(): boolean; isNode(): boolean; nonempty(): boolean; boundingBox(): { x1: number; y1: number; x2: number; y2: number } }

/** A 2D context that records what is drawn into it. */
function fakeContext(name: string, log: string[], transform = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }) {
  const canvas = { width: 800, height: 600, name };
  return {
    canvas,
    transform,
    imageSmoothingEnabled: true,
    getTransform() { return { ...this.transform }; },
    setTransform() {},
    clearRect() {},
    save() {},
    restore() {},
    beginPath() {},
    rect() {},
    clip() { log.push(`${name}:clip`); },
    drawImage(image: { name: string }) { log.push(`${name}<-${image.name}`); },
  };
}

function setup(drawCostPerEle = 0) {
  let time = 0;
  const queue: Array<() => void> = [];
  const idleQueue: Array<() => void> = [];
  const clock: FrameClock = { now: () => time, next: (cb) => { queue.push(cb); }, idle: (cb) => { idleQueue.push(() => cb()); } };
  const log: string[] = [];
  const screen = fakeContext('screen', log);
  // The buffer Cytoscape draws its gesture snapshot into.
  const texture = fakeContext('texture', log);
  const all: FakeEle[] = [];
  const byId = new Map<string, FakeEle>();
  const listeners: Array<{ events: string[]; cb: (e: { type: string; target?: FakeEle }) => void }> = [];
  const renderer = {
    NODE: 2,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    hoverData: { draggingEles: false },
    TEXTURE_BUFFER: 0,
    data: { contexts: [{}, {}, screen], bufferContexts: [texture] },
    redraws: 0,
    drawLayeredElements(this: void, c: unknown, eles: ArrayLike<FakeEle>) { log.push(`full(${(c as { canvas?: { name?: string } }).canvas?.name ?? 'export'}):${Array.from(eles, (e) => e.id()).join(',')}`); },
    drawCachedNodes(this: void, c: { canvas?: { name?: string } }, eles: ArrayLike<FakeEle>) { log.push(`nodesOnly(${c.canvas?.name}):${Array.from(eles, (e) => e.id()).join(',')}`); },
    drawCachedElement(this: void, c: { canvas: { name: string } }, ele: FakeEle) { time += drawCostPerEle; log.push(`${c.canvas.name}+${ele.id()}`); },
    redrawHint() {},
    redraw() { renderer.redraws++; },
    /** What the renderer's frame spends sorting its elements into drawing order before it draws. */
    sortMs: 0,
    render(this: void) { time += renderer.sortMs; (renderer as unknown as { drawLayeredElements(c: unknown, e: unknown[], p: number, x: unknown): void }).drawLayeredElements(screen, all, 1, {}); },
  };
  const cy = {
    renderer: () => renderer,
    on: (events: string, cb: (e: { type: string; target?: FakeEle }) => void) => { listeners.push({ events: events.split(' '), cb }); },
    getElementById: (id: string) => byId.get(id) ?? { nonempty: () => false },
  } as unknown as Core;
  let buffers = 0;
  // The first pair is the reveal's; later pairs (a rebuild) are numbered.
  const makeBuffer: MakeBuffer = () => {
    const pair = Math.floor(buffers / 2);
    return fakeContext(`${buffers++ % 2 === 0 ? 'edgebuf' : 'nodebuf'}${pair > 0 ? pair : ''}`, log) as unknown as CanvasRenderingContext2D;
  };
  const reveal = new Reveal(cy, clock, makeBuffer);
  const add = (...ids: string[]) => {
    for (const id of ids) {
      const box = () => ({ x1: 0, y1: 0, x2: 10, y2: 10 });
      // Every edge here joins the nodes of the test.
      const edges = () => all.filter((e) => e.isEdge());
      const ele = {
        id: () => id, isEdge: () => id.startsWith('e'), isNode: () => !id.startsWith('e'), nonempty: () => true, visible: () => true, boundingBox: box,
        connectedEdges: () => ({ map: <T>(f: (e: FakeEle) => T) => edges().map(f), toArray: edges }),
        pstyle: () => ({ pfValue: 1, value: 1 }),
        _private: { rscratch: { edgeType: 'straight', allpts: [0, 0, 10, 10] } },
      };
      all.push(ele);
      byId.set(id, ele);
    }
  };
  // The renderer's frame: draws the node layer with every element it has.
  const draw = (context: unknown = screen) => { log.length = 0; (renderer as unknown as { drawLayeredElements(c: unknown, e: unknown[], p: number, x: unknown): void }).drawLayeredElements(context, all, 1, {}); return [...log]; };
  const drawTexture = () => draw(texture);
  /** The renderer's whole frame: its sort, then its drawing. */
  const render = () => { log.length = 0; (renderer as unknown as { render(): void }).render(); return [...log]; };
  /** The renderer's main layer while nodes are dragged in the full style: everything but its drag layer. */
  const drawMain = (dragLayer: string[]) => {
    log.length = 0;
    (renderer as unknown as { drawLayeredElements(c: unknown, e: unknown[], p: number, x: unknown): void }).drawLayeredElements(screen, all.filter((e) => !dragLayer.includes(e.id())), 1, {});
    return [...log];
  };
  const frame = () => { const cb = queue.shift(); cb?.(); return cb !== undefined; };
  /** The page idle until nothing more waits for idle time: what it drew, without the screen. */
  const idle = () => { log.length = 0; while (idleQueue.length) idleQueue.shift()!(); return [...log]; };
  const emit = (type: string, id?: string) => {
    for (const { events, cb } of listeners) if (events.includes(type)) cb({ type, target: id === undefined ? undefined : byId.get(id)! });
  };
  const change = () => emit('class');
  /** Reveals `nodes` and `edges` to the end: the picture is then served. */
  const revealAll = async (nodes: string[], edges: string[]) => {
    reveal.start(nodes, edges);
    draw();
    while (reveal.busy) { frame(); draw(); }
    await reveal.done;
  };
  /** A view shown whole with its picture kept: in the light style (edges left out while it moves), or the full one. */
  const shown = async (nodes: string[], edges: string[], style: 'light' | 'full' = 'light') => {
    add(...nodes, ...edges);
    renderer.textureOnViewport = true;
    renderer.hideEdgesOnViewport = style === 'light';
    await revealAll(nodes, edges);
  };
  // What the renderer draws on its main layer while nodes are dragged on a large view: nodes only, not the dragged ones.
  const drawDragging = (dragged: string[]) => {
    log.length = 0;
    (renderer as unknown as { drawCachedNodes(c: unknown, e: unknown[], p: number, x: unknown): void }).drawCachedNodes(screen, all.filter((e) => !dragged.includes(e.id())), 1, {});
    return [...log];
  };
  return { reveal, add, draw, render, drawTexture, drawMain, frame, idle, change, screen, renderer, emit, drawDragging, revealAll, shown };
}

describe('Reveal', () => {
  it('draws nodes first and then edges, only the new slice each frame, until everything is shown', async () => {
    const t = setup();
    const nodes = Array.from({ length: REVEAL.firstSlice + 10 }, (_, i) => `n${i}`);
    t.add('old', ...nodes, 'e1', 'e2');
    t.reveal.start(nodes, ['e1', 'e2']);
    expect(t.reveal.busy).toBe(true);
    // The first frame only starts the picture with what was there (the renderer sorts every element then).
    expect(t.draw().filter((l) => l.includes('+'))).toEqual(['nodebuf+old']);
    t.frame();
    const first = t.draw();
    // What was on the canvas and the first slice of nodes; no edge yet; then the picture is copied, edges under nodes.
    expect(first.filter((l) => l.startsWith('nodebuf+'))).toEqual(nodes.slice(0, REVEAL.firstSlice).map((id) => `nodebuf+${id}`));
    expect(first.some((l) => l.startsWith('edgebuf+'))).toBe(false);
    expect(first.slice(-2)).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    t.frame();
    const second = t.draw();
    // Only the rest: never the elements already in the picture.
    expect(second.filter((l) => l.includes('+'))).toEqual([...nodes.slice(REVEAL.firstSlice).map((id) => `nodebuf+${id}`), 'edgebuf+e1', 'edgebuf+e2']);
    t.frame();
    expect(t.reveal.busy).toBe(false);
    await t.reveal.done;
    // Done and unchanged: the picture is served, nothing is drawn again.
    expect(t.draw()).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.reveal.serving).toBe(true);
  });

  it('hands drawing back to the renderer at the first change to the view', () => {
    const t = setup();
    t.add('a', 'b', 'e1');
    t.reveal.start(['a', 'b'], ['e1']);
    t.draw();
    t.change();
    expect(t.draw()).toEqual(['full(screen):a,b,e1']);
    t.frame();
    expect(t.reveal.busy).toBe(false);
    expect(t.reveal.serving).toBe(false);
  });

  it('hands back when the camera moved (pan or zoom)', () => {
    const t = setup();
    t.add('a', 'b');
    t.reveal.start(['a'], []);
    t.draw();
    t.screen.transform = { ...t.screen.transform, e: 40 };
    expect(t.draw()).toEqual(['full(screen):a,b']);
  });

  it('on a large view, clears dragged nodes from the picture, draws them where dropped, then draws it again with their edges', async () => {
    const t = setup();
    await t.shown(['a', 'b', 'c'], ['e1']);
    // Mouse down on a, then the drag moves it.
    t.emit('grab', 'a');
    t.renderer.hoverData.draggingEles = true;
    t.emit('position', 'a');
    t.emit('position', 'a');
    const dragging = t.drawDragging(['a', 'e1']);
    // Where a was: cleared and drawn again from the nodes there (here every node reaches in); the nodes alone are shown.
    expect(dragging).toEqual(['nodebuf:clip', 'nodebuf+b', 'nodebuf+c', 'screen<-nodebuf']);
    expect(t.reveal.handedBackOn).toBeUndefined();
    // Dropped: a is drawn into the picture where it is, and the picture is drawn again when the page is idle, its edges included.
    t.renderer.hoverData.draggingEles = false;
    const dropped = t.draw();
    expect(dropped.indexOf('nodebuf+a')).toBeGreaterThanOrEqual(0);
    expect(dropped.filter((l) => l.startsWith('nodebuf1+') || l.startsWith('edgebuf1+'))).toEqual([]);
    expect(t.reveal.handedBackOn).toBe('redrawn after a drag');
    expect(t.idle()).toEqual(['nodebuf1+a', 'nodebuf1+b', 'nodebuf1+c', 'edgebuf1+e1']);
    expect(t.draw()).toEqual(['screen<-edgebuf1', 'screen<-nodebuf1']);
  });

  it('on a large view, draws the picture again after a change when the page is idle, into the buffers it replaced last time', async () => {
    const t = setup();
    await t.shown(['a'], ['e1']);
    t.change();
    // The frame of the change: the renderer sorts and restyles the elements then; only the old picture is shown.
    expect(t.draw()).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.reveal.rebuilding).toBe(true);
    // Drawn between frames, then swapped in the frame it asks for.
    const redraws = t.renderer.redraws;
    expect(t.idle()).toEqual(['nodebuf1+a', 'edgebuf1+e1']);
    expect(t.renderer.redraws).toBe(redraws + 1);
    expect(t.draw()).toEqual(['screen<-edgebuf1', 'screen<-nodebuf1']);
    t.change();
    t.draw();
    // No new buffers: the first pair, no longer shown, is cleared and drawn into.
    expect(t.idle()).toEqual(['nodebuf+a', 'edgebuf+e1']);
    expect(t.draw()).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.reveal.rebuilding).toBe(false);
    expect(t.reveal.serving).toBe(true);
  });

  it('on a large view, draws a few elements just added (an expansion) into the picture shown, then the picture again between frames', async () => {
    const t = setup();
    await t.shown(['a', 'b'], ['e1']);
    // Applied over more than one chunk: the hold hands them to the reveal, which does not start a new picture.
    t.add('c', 'e2');
    t.reveal.applying = true;
    t.emit('add', 'c');
    t.emit('add', 'e2');
    t.emit('data', 'a');
    t.reveal.start(['c'], ['e2']);
    t.reveal.applying = false;
    expect(t.reveal.busy).toBe(false);
    // Not every element in one frame: the new ones into the old picture (edges under nodes), and that shown.
    expect(t.draw()).toEqual(['edgebuf+e2', 'nodebuf+c', 'screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.reveal.serving).toBe(true);
    expect(t.idle()).toEqual(['nodebuf1+a', 'nodebuf1+b', 'edgebuf1+e1', 'nodebuf1+c', 'edgebuf1+e2']);
    expect(t.draw()).toEqual(['screen<-edgebuf1', 'screen<-nodebuf1']);
  });

  it('draws elements just added a few a frame when their first draws are dear, asking for the frames itself', async () => {
    const t = setup(3);
    await t.shown(['a'], ['e1']);
    t.add('c', 'd', 'f');
    for (const id of ['c', 'd', 'f']) t.emit('add', id);
    t.reveal.start(['c', 'd', 'f'], []);
    // 3 ms each against 4 ms a frame: two now, the last in the frame it asks for.
    expect(t.draw()).toEqual(['nodebuf+c', 'nodebuf+d', 'screen<-edgebuf', 'screen<-nodebuf']);
    const redraws = t.renderer.redraws;
    while (t.frame());
    expect(t.renderer.redraws).toBeGreaterThan(redraws);
    expect(t.draw()).toEqual(['nodebuf+f', 'screen<-edgebuf', 'screen<-nodebuf']);
  });

  it('draws fewer of the elements just added in a frame that has spent its time sorting', async () => {
    const t = setup(1);
    await t.shown(['a'], ['e1']);
    t.add('c', 'd', 'f', 'g');
    for (const id of ['c', 'd', 'f', 'g']) t.emit('add', id);
    t.reveal.start(['c', 'd', 'f', 'g'], []);
    // 9 ms sorting (an expansion's frame at 5k/10k took ~13), then 1 ms an element: only the first.
    t.renderer.sortMs = 9;
    expect(t.render()).toEqual(['nodebuf+c', 'screen<-edgebuf', 'screen<-nodebuf']);
    // The next frame sorts nothing: the rest, within 4 ms.
    t.renderer.sortMs = 0;
    while (t.frame());
    expect(t.render()).toEqual(['nodebuf+d', 'nodebuf+f', 'nodebuf+g', 'screen<-edgebuf', 'screen<-nodebuf']);
  });

  it('reveals many elements added to a large view as a new picture', async () => {
    const t = setup();
    await t.shown(['a'], ['e1'], 'full');
    const many = Array.from({ length: REVEAL.onTopMost + 1 }, (_, i) => `n${i}`);
    t.add(...many);
    t.reveal.start(many, []);
    expect(t.reveal.busy).toBe(true);
    expect(t.reveal.serving).toBe(false);
  });

  it('on a mid-sized view (full style), clears dragged nodes and their edges from the picture, and draws both where dropped', async () => {
    const t = setup();
    await t.shown(['a', 'b', 'c'], ['e1'], 'full');
    t.emit('grab', 'a');
    t.renderer.hoverData.draggingEles = true;
    t.emit('position', 'a');
    // The drag layer holds a, its edge and its neighbour b; the main layer is c, from the picture with
    // a's box cleared from the nodes, the edges still shown; e1's band is cleared from the edges when the page is idle.
    expect(t.drawMain(['a', 'e1', 'b'])).toEqual(['nodebuf:clip', 'nodebuf+c', 'screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.idle()).toEqual(['edgebuf:clip']);
    expect(t.reveal.handedBackOn).toBeUndefined();
    t.emit('position', 'a');
    t.renderer.hoverData.draggingEles = false;
    const dropped = t.draw();
    // Dropped: a's edge and a drawn into the picture where they are, then the picture drawn again when the page is idle.
    expect(dropped.indexOf('edgebuf+e1')).toBeGreaterThanOrEqual(0);
    expect(dropped.indexOf('edgebuf+e1')).toBeLessThan(dropped.indexOf('nodebuf+a'));
    expect(t.idle()).toEqual(['nodebuf1+a', 'nodebuf1+b', 'nodebuf1+c', 'edgebuf1+e1']);
    expect(t.reveal.handedBackOn).toBe('redrawn after a drag');
  });

  it('on a mid-sized view (snapshot while moving, full style), redraws after a pan and after a change of its elements in slices', async () => {
    const t = setup();
    await t.shown(['a'], ['e1'], 'full');
    t.screen.transform = { ...t.screen.transform, e: 40 };
    // The old picture, moved, until the new one is drawn between frames.
    expect(t.draw()).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.idle()).toEqual(['nodebuf1+a', 'edgebuf1+e1']);
    expect(t.draw()).toEqual(['screen<-edgebuf1', 'screen<-nodebuf1']);
    t.change();
    // As on a large view: the old picture in the frame of the change, the new one drawn when the page is idle.
    expect(t.draw()).toEqual(['screen<-edgebuf1', 'screen<-nodebuf1']);
    expect(t.idle()).toEqual(['nodebuf+a', 'edgebuf+e1']);
    expect(t.draw()).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.reveal.handedBackOn).toBe('redrawn after class');
    expect(t.reveal.serving).toBe(true);
  });

  it('on a large view, draws the picture again in slices after a move applied with the canvas held (a layout, an undo); hands back a move in frames', async () => {
    const t = setup();
    await t.shown(['a', 'b'], ['e1']);
    // Every node moved to its new place while the canvas was held.
    t.reveal.applying = true;
    t.emit('position', 'a');
    t.emit('position', 'b');
    t.reveal.applying = false;
    // The old picture until the new one is drawn between frames: no frame draws them all.
    expect(t.draw()).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.idle()).toEqual(['nodebuf1+a', 'nodebuf1+b', 'edgebuf1+e1']);
    expect(t.draw()).toEqual(['screen<-edgebuf1', 'screen<-nodebuf1']);
    expect(t.reveal.handedBackOn).toBe('redrawn after position on a');
    // A glide moves the nodes again in every frame: a picture drawn in slices would never catch up.
    t.emit('position', 'a');
    expect(t.draw()).toEqual(['full(screen):a,b,e1']);
    expect(t.reveal.serving).toBe(false);
  });

  it('on a large view, shows a picture out of date by a held move while the camera animates (a fit), and draws it again where the camera stops', async () => {
    const t = setup();
    await t.shown(['a', 'b'], ['e1']);
    t.reveal.applying = true;
    t.emit('position', 'a');
    t.reveal.applying = false;
    // Frames of the animation: the picture moved, not every node drawn.
    t.screen.transform = { ...t.screen.transform, a: 0.5 };
    expect(t.drawDragging([])).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.reveal.serving).toBe(true);
    // Stopped: drawn again between frames, with a where it is now.
    expect(t.draw()).toEqual(['screen<-edgebuf', 'screen<-nodebuf']);
    expect(t.idle()).toEqual(['nodebuf1+a', 'nodebuf1+b', 'edgebuf1+e1']);
    // A move in frames (a glide) still gives the picture up during the animation.
    t.draw();
    t.emit('position', 'b');
    expect(t.drawDragging([])).toEqual(['nodesOnly(screen):a,b,e1']);
    expect(t.reveal.serving).toBe(false);
  });

  it('says when the screen shows the view: after the picture is drawn again, not before', async () => {
    const t = setup();
    await t.shown(['a'], ['e1'], 'full');
    t.change();
    let shown = false;
    void t.reveal.shown().then(() => { shown = true; });
    t.draw();
    await Promise.resolve();
    expect(shown).toBe(false);
    t.idle();
    t.draw();
    await Promise.resolve();
    expect(shown).toBe(true);
  });

  it('makes the gesture snapshot from the kept picture even when it is out of date', async () => {
    const t = setup();
    await t.shown(['a'], ['e1'], 'full');
    t.change();
    expect(t.drawTexture()).toEqual(['texture<-edgebuf', 'texture<-nodebuf']);
  });

  it('hands a drag on a small view back to the renderer', async () => {
    const t = setup();
    t.add('a', 'b');
    await t.revealAll(['a', 'b'], []);
    t.emit('grab', 'a');
    t.renderer.hoverData.draggingEles = true;
    t.emit('position', 'a');
    expect(t.draw()).toEqual(['full(screen):a,b']);
    expect(t.reveal.serving).toBe(false);
  });

  it('fits the slice to the measured draw time, and never draws new elements past the frame budget', () => {
    const t = setup(1);
    const nodes = Array.from({ length: 300 }, (_, i) => `n${i}`);
    t.add(...nodes);
    t.reveal.start(nodes, []);
    t.draw();
    let frames = 0;
    while (t.reveal.busy && frames < 100) { t.frame(); t.draw(); frames++; }
    const run = t.reveal.lastRun;
    // 1 ms an element: the first slice (50) would take 50 ms, so each frame stops at the budget and the
    // rest of the slice is drawn in the frames after, before anything more is revealed.
    expect(run[0]!.drawMs).toBe(0);
    expect(Math.max(...run.map((f) => f.drawMs))).toBeLessThanOrEqual(REVEAL.paintMs + 1);
    expect(run.at(-1)!.shown).toBe(300);
    expect(t.reveal.busy).toBe(false);
  });

  it('draws everything into a context other than the screen (an image export)', () => {
    const t = setup();
    t.add('a', 'b');
    t.reveal.start(['a', 'b'], []);
    expect(t.draw({})).toEqual(['full(export):a,b']);
  });

  it('does nothing without a canvas renderer (headless Cytoscape)', async () => {
    const reveal = new Reveal({ renderer: () => undefined } as unknown as Core);
    reveal.start(['a'], ['e']);
    expect(reveal.busy).toBe(false);
    await reveal.done;
  });
});
