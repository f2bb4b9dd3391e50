// Extraction on all cores: a pool of worker threads, each running the same
// pure extractDocument, so results are identical to calling it in-process.
// Workers start on first use; idle ones do not keep the process alive; a
// failing document rejects only its own call, and a crashed worker is replaced.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from './format.js';
import type { ExtractInput } from './index.js';
import { DocumentError, type ReadOptions } from './read.js';
import type { Job, ReadResult, Reply, WireError } from './pool-protocol.js';

export type { ReadResult } from './pool-protocol.js';

export interface ExtractionPoolOptions {
  /** Worker threads; defaults to the cores available (at least 1). */
  size?: number;
}

export interface ExtractionPool {
  readonly size: number;
  /** extractDocument(input) on a worker thread. */
  extract(input: ExtractInput): Promise<ExtractedDocument>;
  /** readDocument(path) then extractDocument on a worker thread; read failures reject with a DocumentError. */
  readAndExtract(path: string, options?: ReadOptions): Promise<ReadResult>;
  /** Waits for the calls under way, then stops the workers. Later calls reject. */
  close(): Promise<void>;
}

// Two jobs per worker hide the message round trip without hoarding work.
const IN_FLIGHT = 2;
const ENTRY = new URL('./worker.mjs', import.meta.url);

interface Pending { job: Job; resolve: (value: never) => void; reject: (error: Error) => void }
interface Slot { worker: Worker; running: Map<number, Pending> }

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;
  let outstanding = 0;
  let drained: (() => void) | null = null;

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(ENTRY), running: new Map() };
    slot.worker.on('message', (reply: Reply) => {
      const pending = slot.running.get(reply.id);
      if (!pending) return;
      slot.running.delete(reply.id);
      if (reply.ok) settle(pending, () => pending.resolve(reply.result as never));
      else settle(pending, () => pending.reject(fromWire(reply.error)));
      pump();
    });
    // A worker that dies (out of memory, a crash in native code) fails only the jobs it held.
    const fail = (error: Error) => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      for (const pending of slot.running.values()) settle(pending, () => pending.reject(error));
      slot.running.clear();
      pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`extraction worker stopped (exit code ${code})`)));
    slots.push(slot);
    return slot;
  }

  function settle(pending: Pending, done: () => void) {
    done();
    outstanding -= 1;
    if (outstanding === 0 && drained) drained();
  }

  function pump() {
    while (queue.length > 0) {
      let slot = slots.find((s) => s.running.size === 0) ?? (slots.length < size ? spawn() : slots.find((s) => s.running.size < IN_FLIGHT));
      if (!slot) break;
      const pending = queue.shift()!;
      try {
        slot.worker.postMessage(pending.job);
      } catch (error) { // an input that cannot be cloned fails its own call only
        settle(pending, () => pending.reject(error instanceof Error ? error : new Error(String(error))));
        continue;
      }
      slot.running.set(pending.job.id, pending);
      slot.worker.ref();
    }
    for (const s of slots) if (s.running.size === 0) s.worker.unref();
  }

  function submit<T>(job: Job): Promise<T> {
    if (closed) return Promise.reject(new Error('the extraction pool is closed'));
    outstanding += 1;
    return new Promise<T>((resolve, reject) => {
      queue.push({ job, resolve: resolve as (value: never) => void, reject });
      pump();
    });
  }

  return {
    size,
    extract: (input) => submit<ExtractedDocument>({ id: nextId++, kind: 'extract', input }),
    readAndExtract: (path, readOptions) => submit<ReadResult>({ id: nextId++, kind: 'read', path, ...(readOptions ? { options: readOptions } : {}) }),
    async close() {
      closed = true;
      if (outstanding > 0) await new Promise<void>((resolve) => { drained = resolve; });
      const workers = slots.splice(0).map((s) => s.worker);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function fromWire(error: WireError): Error {
  if (error.reason && error.path !== undefined) {
    const prefix = `${error.path}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return new DocumentError(error.reason, error.path, message);
  }
  const out = new Error(error.message);
  out.name = error.name;
  if (error.stack) out.stack = error.stack;
  return out;
}
