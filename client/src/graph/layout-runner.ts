// The page's side of layouts run in a worker (layout-worker.ts): what is handed
// over (each node's box with its label, measured a few at a time between frames)
// and a runner that keeps one job at a time, the newest.
import type { EdgeSingular, NodeSingular, Position } from 'cytoscape';
import type { LayoutName } from '../core/types.js';
import { computeLayout, type LayoutJob, type LayoutResult } from './layout-job.js';

/** Computes a layout; null when a newer job took its place first. */
export type LayoutCompute = (job: LayoutJob) => Promise<LayoutResult | null>;

type Reply = { id: number; x?: Float64Array; y?: Float64Array; error?: string };

/**
 * Runs jobs in a worker where the page can start one, else on the page's thread. A job
 * asked for while another runs ends the other: its worker is stopped (fcose cannot be
 * interrupted otherwise) and a new one started. A worker that fails to run hands its job,
 * and every job after, to the page's thread.
 */
export function workerLayouts(
  start: () => Worker = () => {
    if (typeof Worker === 'undefined') throw new Error('this page cannot start workers');
    return new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  },
  onThread: (job: LayoutJob) => LayoutResult = computeLayout,
): LayoutCompute & { prepare(): void } {
  let worker: Worker | undefined;
  let broken = false;
  let next = 0;
  let running: { id: number; job: LayoutJob; resolve: (r: LayoutResult | null) => void; reject: (e: Error) => void } | undefined;

  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    const job = running;
    running = undefined;
    if (job) runOnThread(job.job).then(job.resolve, job.reject);
  };
  const runOnThread = async (job: LayoutJob) => onThread(job);
  const ensure = (): Worker | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      const w = start();
      w.onmessage = (event: MessageEvent<Reply>) => {
        const { id, x, y, error } = event.data;
        if (!running || running.id !== id) return;
        const job = running;
        running = undefined;
        if (x && y) job.resolve({ x, y });
        else job.reject(new Error(error ?? 'the layout failed'));
      };
      w.onerror = (event) => { event.preventDefault?.(); fallBack(); };
      worker = w;
    } catch {
      broken = true;
    }
    return worker;
  };

  const compute = (job: LayoutJob): Promise<LayoutResult | null> => {
    if (running) {
      running.resolve(null);
      running = undefined;
      worker?.terminate();
      worker = undefined;
    }
    const w = ensure();
    if (!w) return runOnThread(job);
    return new Promise((resolve, reject) => {
      running = { id: next++, job, resolve, reject };
      w.postMessage({ id: running.id, job });
    });
  };
  /** Starts the worker ahead of the first job (loading its script takes a moment). */
  const prepare = () => { ensure(); };
  return Object.assign(compute, { prepare });
}

/** The job's input, and for each node how far its position is from the centre of its box. */
export interface PreparedJob {
  job: LayoutJob;
  offsetX: Float64Array;
  offsetY: Float64Array;
}

/** Measuring boxes stops for the next frame after this long, in ms (2–3 µs a node). */
const MEASURE_SLICE_MS = 6;

const nextFrame = () => new Promise<void>((resolve) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
  else setTimeout(resolve, 0);
});

/**
 * Measures what a layout of `nodes` and `edges` needs, a slice at a time; `fixed` nodes keep
 * their place, and `area` is the canvas's size (LayoutJob.area).
 */
export async function prepareJob(
  layout: LayoutName | 'expand', nodes: readonly NodeSingular[], edges: readonly EdgeSingular[], fixed: ReadonlySet<string>, area: LayoutJob['area'],
  pause: () => Promise<void> = nextFrame, now: () => number = () => performance.now(),
): Promise<PreparedJob> {
  const n = nodes.length;
  const ids = nodes.map((node) => node.id());
  const job: LayoutJob = {
    layout, ids,
    x: new Float64Array(n), y: new Float64Array(n), w: new Float64Array(n), h: new Float64Array(n),
    fixed: new Uint8Array(n), source: new Uint32Array(edges.length), target: new Uint32Array(edges.length),
    area,
  };
  const offsetX = new Float64Array(n);
  const offsetY = new Float64Array(n);
  let sliceStart = now();
  for (let i = 0; i < n; i++) {
    if (now() - sliceStart > MEASURE_SLICE_MS) {
      await pause();
      sliceStart = now();
    }
    const node = nodes[i]!;
    // fcose places the centre of a node's box with its label (nodeDimensionsIncludeLabels).
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const p = node.position();
    job.x[i] = (box.x1 + box.x2) / 2;
    job.y[i] = (box.y1 + box.y2) / 2;
    job.w[i] = Math.max(1, box.w);
    job.h[i] = Math.max(1, box.h);
    offsetX[i] = p.x - job.x[i]!;
    offsetY[i] = p.y - job.y[i]!;
    job.fixed[i] = fixed.has(ids[i]!) ? 1 : 0;
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  let kept = 0;
  edges.forEach((edge) => {
    const s = index.get(edge.source().id());
    const t = index.get(edge.target().id());
    if (s === undefined || t === undefined) return;
    job.source[kept] = s;
    job.target[kept] = t;
    kept++;
  });
  job.source = job.source.slice(0, kept);
  job.target = job.target.slice(0, kept);
  return { job, offsetX, offsetY };
}

/** Where each node goes: the new centre of its box, moved back by where the node sits in it. */
export function placesOf({ job, offsetX, offsetY }: PreparedJob, result: LayoutResult): Map<string, Position> {
  const places = new Map<string, Position>();
  job.ids.forEach((id, i) => {
    // A fixed node stays exactly where it was, whatever rounding the layout did.
    const [x, y] = job.fixed[i] ? [job.x[i]!, job.y[i]!] : [result.x[i]!, result.y[i]!];
    places.set(id, { x: x + offsetX[i]!, y: y + offsetY[i]! });
  });
  return places;
}
