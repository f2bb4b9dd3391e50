// The page's side of layouts run in a worker: only the newest job's answer counts, a
// worker that breaks hands its work to the page's thread, and what is handed over is
// measured a slice at a time and turned back into node positions.
import { describe, expect, it } from 'vitest';
import type { LayoutJob, LayoutResult } from '../../../client/src/graph/layout-job.js';
import { placesOf, prepareJob, workerLayouts } from '../../../client/src/graph/layout-runner.js';

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: Array<{ id: number; job: LayoutJob }> = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  constructor() { FakeWorker.made.push(this); }
  postMessage(message: { id: number; job: LayoutJob }) { this.posted.push(message); }
  terminate() { this.terminated = true; }
  answer(x: number[], y: number[]) { this.onmessage?.({ data: { id: this.posted.at(-1)!.id, x: Float64Array.from(x), y: Float64Array.from(y) } }); }
}

function job(ids: string[]): LayoutJob {
  const n = ids.length;
  return { layout: 'grid', ids, x: new Float64Array(n), y: new Float64Array(n), w: new Float64Array(n), h: new Float64Array(n), fixed: new Uint8Array(n), source: new Uint32Array(0), target: new Uint32Array(0), area: { w: 800, h: 600 } };
}

function runner() {
  FakeWorker.made = [];
  const onThread: LayoutJob[] = [];
  const layouts = workerLayouts(() => new FakeWorker() as unknown as Worker, (j) => { onThread.push(j); return { x: new Float64Array(j.ids.length).fill(7), y: new Float64Array(j.ids.length).fill(8) }; });
  return { layouts, onThread };
}

describe('workerLayouts', () => {
  it('hands a job to the worker and resolves with its places', async () => {
    const { layouts, onThread } = runner();
    const pending = layouts(job(['a', 'b']));
    FakeWorker.made[0]!.answer([1, 2], [3, 4]);
    const result = await pending as LayoutResult;
    expect([...result.x, ...result.y]).toEqual([1, 2, 3, 4]);
    expect(onThread).toEqual([]);
  });

  it('ends a job still running when a newer one comes: the old answers null, its worker is stopped', async () => {
    const { layouts } = runner();
    const older = layouts(job(['a']));
    const newer = layouts(job(['b']));
    expect(await older).toBeNull();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
    // A late answer from the stopped worker is not taken for the newer job's.
    FakeWorker.made[0]!.onmessage?.({ data: { id: 0, x: Float64Array.of(99), y: Float64Array.of(99) } });
    FakeWorker.made[1]!.answer([5], [6]);
    expect([...(await newer)!.x]).toEqual([5]);
  });

  it('runs the job on the page\'s thread when the worker fails to start or run, and every job after', async () => {
    const { layouts, onThread } = runner();
    const pending = layouts(job(['a']));
    FakeWorker.made[0]!.onerror?.({ preventDefault() {} });
    expect([...(await pending)!.x]).toEqual([7]);
    await layouts(job(['b']));
    expect(onThread.map((j) => j.ids)).toEqual([['a'], ['b']]);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('reports a layout that failed in the worker as an error', async () => {
    const { layouts } = runner();
    const pending = layouts(job(['a']));
    FakeWorker.made[0]!.onmessage?.({ data: { id: 0, error: 'no such layout' } });
    await expect(pending).rejects.toThrow('no such layout');
  });
});

/** Nodes with a label below them: the box with the label is 20 px wide and reaches 30 px below the node. */
function fakeNodes(points: Array<[string, number, number]>) {
  const nodes = points.map(([id, x, y]) => ({
    id: () => id,
    position: () => ({ x, y }),
    boundingBox: () => ({ x1: x - 10, x2: x + 10, y1: y - 10, y2: y + 30, w: 20, h: 40 }),
  }));
  return Object.assign(nodes, { map: <T>(f: (n: typeof nodes[number]) => T) => Array.prototype.map.call(nodes, f) as T[] });
}

function fakeEdges(pairs: Array<[string, string]>) {
  const edges = pairs.map(([s, t]) => ({ source: () => ({ id: () => s }), target: () => ({ id: () => t }) }));
  return Object.assign(edges, { forEach: (f: (e: typeof edges[number]) => void) => Array.prototype.forEach.call(edges, f) });
}

describe('prepareJob and placesOf', () => {
  it('hands over each node\'s box with its label, the fixed ones, and the edges among the nodes', async () => {
    const nodes = fakeNodes([['a', 0, 0], ['b', 100, 50]]);
    const edges = fakeEdges([['a', 'b'], ['b', 'gone']]);
    const { job } = await prepareJob('fcose', nodes as never, edges as never, new Set(['b']), { w: 800, h: 600 }, async () => {});
    expect(job.ids).toEqual(['a', 'b']);
    expect([...job.x, ...job.y]).toEqual([0, 100, 10, 60]);
    expect([...job.w, ...job.h]).toEqual([20, 20, 40, 40]);
    expect([...job.fixed]).toEqual([0, 1]);
    expect([...job.source, ...job.target]).toEqual([0, 1]);
    expect(job.area).toEqual({ w: 800, h: 600 });
  });

  it('puts each node where its box\'s new centre says, and a fixed node exactly where it was', async () => {
    const prepared = await prepareJob('fcose', fakeNodes([['a', 0, 0], ['b', 100, 50]]) as never, fakeEdges([]) as never, new Set(['b']), { w: 800, h: 600 }, async () => {});
    const places = placesOf(prepared, { x: Float64Array.of(500, 100.4), y: Float64Array.of(510, 60.3) });
    expect(places.get('a')).toEqual({ x: 500, y: 500 });
    expect(places.get('b')).toEqual({ x: 100, y: 50 });
  });

  it('measures a slice at a time, pausing for the next frame between slices', async () => {
    const many = fakeNodes(Array.from({ length: 10 }, (_, i): [string, number, number] => [`n${i}`, i, i]));
    let clock = 0;
    let pauses = 0;
    // Each node takes 2 ms to measure on this clock.
    const { job } = await prepareJob('grid', many as never, fakeEdges([]) as never, new Set(), { w: 800, h: 600 }, async () => { pauses++; }, () => (clock += 2));
    expect(job.ids).toHaveLength(10);
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(pauses).toBeLessThanOrEqual(5);
  });
});
