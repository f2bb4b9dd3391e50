// The kept picture on its own: what it draws into its buffers, what it copies to
// the screen, and what it does when no offscreen buffer can be made.
import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { FrameClock } from '../../../client/src/graph/frames.js';
import type { CanvasRenderer, MakeBuffer } from '../../../client/src/graph/canvas-renderer.js';
import { KeptPicture } from '../../../client/src/graph/kept-picture.js';

interface FakeEle { id(): string; isEdge(): boolean; isNode(): boolean; nonempty(): boolean; selected(): boolean; active(): boolean; connectedEdges(): { toArray(): FakeEle[] } }

function context(name: string, log: string[], scale = 1) {
  return {
    canvas: { width: 800, height: 600, name },
    getTransform: () => ({ a: scale, b: 0, c: 0, d: scale, e: 0, f: 0 }),
    setTransform() {},
    clearRect() { log.push(`${name}:clear`); },
    save() {},
    restore() {},
    beginPath() {},
    rect() {},
    clip() {},
    imageSmoothingEnabled: true,
    drawImage(image: { name: string }) { log.push(`${name}<-${image.name}`); },
  } as unknown as CanvasRenderingContext2D;
}

function setup(buffersAvailable = true) {
  const log: string[] = [];
  const frames: Array<() => void> = [];
  /** Advanced by `tick` ms at every reading (0: the clock stands still). */
  const time = { now: 0, tick: 0 };
  const idles: Array<() => void> = [];
  /** How long the page says it stays idle, in ms (undefined: a timeout ran the work). */
  const idleFor: { ms: number | undefined } = { ms: undefined };
  const clock: FrameClock = {
    now: () => { const t = time.now; time.now += time.tick; return t; }, next: (cb) => { frames.push(cb); },
    idle: (cb) => { idles.push(() => cb(idleFor.ms === undefined ? undefined : { timeRemaining: () => idleFor.ms! })); },
  };
  const selected = new Set<string>();
  const byId = new Map<string, FakeEle>();
  const ele = (id: string): FakeEle => {
    const e: FakeEle = {
      id: () => id, isEdge: () => id.startsWith('e'), isNode: () => !id.startsWith('e'), nonempty: () => true,
      selected: () => selected.has(id), active: () => false,
      // Every node's one edge is e1.
      connectedEdges: () => ({ toArray: () => (id.startsWith('e') ? [] : [byId.get('e1')!]) }),
    };
    byId.set(id, e);
    return e;
  };
  const eles = [ele('a'), ele('b'), ele('e1')];
  const renderer: CanvasRenderer = {
    drawCachedElement: (c, e) => { log.push(`${(c as { canvas: { name: string } }).canvas.name}+${e.id()}`); },
    redraw: () => { log.push('redraw'); },
  };
  const cy = { getElementById: (id: string) => byId.get(id) ?? { nonempty: () => false } } as unknown as Core;
  let made = 0;
  const makeBuffer: MakeBuffer = () => (buffersAvailable ? context(`${made++ % 2 === 0 ? 'edges' : 'nodes'}${Math.floor((made - 1) / 2) || ''}`, log) : undefined);
  const buffersMade = () => made;
  const kept = new KeptPicture(cy, renderer, clock, makeBuffer);
  const screen = context('screen', log);
  const take = () => log.splice(0);
  /** One idle period: the work waiting now runs (what it asks for next waits for the next period). */
  const idleOnce = () => { for (const run of idles.splice(0)) run(); return idles.length; };
  return { kept, eles, screen, take, selected, frames, time, buffersMade, idleOnce, idleFor };
}

describe('KeptPicture', () => {
  it('draws the shown elements into the edge and node buffers and copies both to the screen', () => {
    const t = setup();
    expect(t.kept.begin(t.screen, t.eles, (e) => e.id() !== 'b', 1, {})).toBe(true);
    expect(t.take()).toEqual(['nodes+a', 'edges+e1']);
    t.kept.copyTo(t.screen);
    expect(t.take()).toEqual(['screen<-edges', 'screen<-nodes']);
    expect(t.kept.held).toBe(true);
  });

  it('draws what was selected since on top of the picture, and nothing else', () => {
    const t = setup();
    t.kept.begin(t.screen, t.eles, () => true, 1, {});
    t.take();
    t.selected.add('b');
    t.kept.changes.record('select', 'b');
    t.kept.overlay(t.screen, 1, {});
    expect(t.take()).toEqual(['screen+b']);
  });

  it('counts nothing drawn through quietly() as a change, and restores the flag after a throw', () => {
    const t = setup();
    const seen: boolean[] = [];
    t.kept.quietly(() => { seen.push(t.kept.painting); })();
    expect(() => t.kept.quietly(() => { throw new Error('draw failed'); })()).toThrow('draw failed');
    expect([...seen, t.kept.painting]).toEqual([true, false]);
  });

  it('shows the old picture while a rebuild at a new camera is drawn when the page is idle, then swaps to it in the next frame', () => {
    const t = setup();
    t.kept.begin(t.screen, t.eles, () => true, 1, {});
    t.take();
    const zoomed = { scale: 2, x: 0, y: 0, width: 800, height: 600 };
    expect(t.kept.movedFrom(zoomed)).toBe(true);
    // The frame: the old picture, moved; nothing is drawn into the new buffers in it.
    expect(t.kept.rebuildAt(t.screen, zoomed, t.eles, 1, {})).toBe(true);
    expect(t.take()).toEqual(['screen<-edges', 'screen<-nodes']);
    expect(t.kept.rebuilding).toBe(true);
    // Idle: the clock never advances, so the first slice draws one batch, all three elements, and asks for a frame.
    expect(t.idleOnce()).toBe(0);
    expect(t.take()).toEqual(['nodes1+a', 'nodes1+b', 'edges1+e1', 'redraw']);
    expect(t.kept.rebuildAt(t.screen, zoomed, t.eles, 1, {})).toBe(true);
    expect(t.take()).toEqual(['screen<-edges1', 'screen<-nodes1']);
    expect(t.kept.rebuilding).toBe(false);
    expect(t.kept.movedFrom(zoomed)).toBe(false);
  });

  it('draws a rebuild in slices no longer than the idle time the page has, and drops one replaced meanwhile', () => {
    const t = setup();
    const many = Array.from({ length: 40 }, () => t.eles).flat();
    t.kept.begin(t.screen, many, () => true, 1, {});
    t.take();
    const camera = { scale: 1, x: 0, y: 0, width: 800, height: 600 };
    t.kept.restartFrom(many);
    t.kept.rebuildAt(t.screen, camera, many, 1, {});
    t.take();
    // Each reading of the clock is 1 ms on, and the page expects 4 ms of idle time: a slice of 3 ms, 8 elements a reading.
    t.time.tick = 1;
    t.idleFor.ms = 4;
    expect(t.idleOnce()).toBe(1);
    const first = t.take();
    expect(first.length).toBeGreaterThanOrEqual(16);
    expect(first.length).toBeLessThanOrEqual(32);
    // A change before the next slice: the rebuild waiting is dropped, the new one starts from the first element.
    t.kept.restartFrom(many);
    t.kept.rebuildAt(t.screen, camera, many, 1, {});
    // Into the same buffers, cleared.
    expect(t.take()).toEqual(['edges1:clear', 'nodes1:clear', 'screen<-edges', 'screen<-nodes']);
    t.idleOnce();
    expect(t.take().slice(0, 2)).toEqual(['nodes1+a', 'nodes1+b']);
    // Run by the timeout, with no idle time said to be left: still a slice at a time, until done.
    t.idleFor.ms = undefined;
    while (t.idleOnce() > 0);
    expect(t.take().at(-1)).toBe('redraw');
    t.kept.rebuildAt(t.screen, camera, many, 1, {});
    expect(t.kept.rebuilding).toBe(false);
  });

  it('clears a dragged node\'s edges from the picture a piece at a time while the page is idle, and leaves the rest to the redraw after the drop', () => {
    const t = setup();
    t.kept.begin(t.screen, t.eles, () => true, 1, {});
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    t.kept.changes.grab('a', box, [box, box, box]);
    t.kept.changes.record('position', 'a', true);
    t.take();
    // The frame the drag starts in: only where the node was is cleared.
    t.kept.lift(t.eles, 1, true);
    expect(t.take()).toEqual(['nodes:clear', 'nodes+a', 'nodes+b']);
    // Every reading of the clock is 4 ms later and the page expects 5 ms of idle time: a piece per idle period,
    // and a frame asked for to show it, though the pointer may not move again.
    t.time.tick = 4;
    t.idleFor.ms = 5;
    expect(t.idleOnce()).toBe(1);
    expect(t.take()).toEqual(['edges:clear', 'edges+e1', 'redraw']);
    // A frame of the drag draws nothing into the picture.
    t.kept.lift(t.eles, 1, true);
    expect(t.take()).toEqual([]);
    expect(t.idleOnce()).toBe(1);
    expect(t.take()).toEqual(['edges:clear', 'edges+e1', 'redraw']);
    const camera = { scale: 1, x: 0, y: 0, width: 800, height: 600 };
    t.kept.drop(t.screen, camera, t.eles, 1, {}, true);
    // The last piece is not cleared: the dropped node and its edge are drawn where they are now,
    // and the whole picture again, into new buffers, when the page is idle.
    const drawn = t.take();
    expect(drawn.slice(0, 2)).toEqual(['edges+e1', 'nodes+a']);
    while (t.idleOnce() > 0);
    const after = t.take();
    expect(after).not.toContain('edges:clear');
    expect(after).toContain('nodes1+a');
  });

  it('makes its buffers ahead when asked, so the first picture only clears them', () => {
    const t = setup();
    t.kept.prepare(t.screen);
    expect(t.buffersMade()).toBe(2);
    t.kept.begin(t.screen, t.eles, () => true, 1, {});
    expect(t.buffersMade()).toBe(2);
    expect(t.take().slice(0, 2)).toEqual(['edges:clear', 'nodes:clear']);
  });

  it('makes ahead, with a picture shown, the pair its first rebuild draws into, once', () => {
    const t = setup();
    t.kept.begin(t.screen, t.eles, () => true, 1, {});
    expect(t.buffersMade()).toBe(2);
    t.kept.prepare(t.screen);
    t.kept.prepare(t.screen);
    expect(t.buffersMade()).toBe(4);
    t.take();
    t.kept.rebuildAt(t.screen, { scale: 2, x: 0, y: 0, width: 800, height: 600 }, t.eles, 1, {});
    // Drawn into the pair made ahead (edges1, nodes1): none made now.
    expect(t.buffersMade()).toBe(4);
    t.idleOnce();
    expect(t.take()).toContain('nodes1+a');
  });

  it('reports that no picture can be kept when no offscreen buffer can be made', () => {
    const t = setup(false);
    expect(t.kept.begin(t.screen, t.eles, () => true, 1, {})).toBe(false);
    expect(t.kept.held).toBe(false);
    expect(t.take()).toEqual([]);
  });
});
