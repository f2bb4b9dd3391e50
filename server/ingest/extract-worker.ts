// The body of an extraction worker thread: answers each job from pool.ts with
// its result or its error, so one bad document fails only its own call.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from './index.js';
import { DocumentError, readDocument } from './read.js';
import type { Job, Reply, WireError } from './pool-protocol.js';

if (!parentPort) throw new Error('extract-worker.ts runs only as a worker thread (see pool.ts)');
const port = parentPort;

port.on('message', async (job: Job) => {
  let reply: Reply;
  try {
    if (job.kind === 'extract') {
      reply = { id: job.id, ok: true, result: extractDocument(job.input) };
    } else {
      const source = await readDocument(job.path, job.options);
      const document = extractDocument({ id: source.id, text: source.text, title: source.title, published: source.published });
      reply = { id: job.id, ok: true, result: { source, document } };
    }
  } catch (error) {
    reply = { id: job.id, ok: false, error: toWire(error) };
  }
  port.postMessage(reply);
});

function toWire(error: unknown): WireError {
  if (error instanceof DocumentError) return { name: error.name, message: error.message, stack: error.stack, reason: error.reason, path: error.path };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}
