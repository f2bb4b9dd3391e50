// The loader: files → extraction → store, one document at a time in effect.
// A changed document replaces the facts it supports; an unchanged one is
// skipped; a bad one is reported and skipped while the others load.
import type { GraphStore } from '../store/port.js';
import { readDocument } from '../ingest/read.js';
import { extractDocument } from '../ingest/index.js';
import { documentBatch, mergeBatches, type DocumentFacts } from './batch.js';
import { expandPaths, type PathProblem } from './files.js';
import { contentHash } from './ids.js';

export const LOAD_DEFAULTS = {
  /** Documents written per store call: large enough to amortize a COPY, small enough to report progress. */
  batchSize: 200,
};

export type DocumentStatus = 'loaded' | 'unchanged' | 'failed';

export interface LoadProgress {
  file: string;
  status: DocumentStatus;
  done: number;
  total: number;
  relations: number;
}

export interface LoadReport {
  loaded: string[];
  unchanged: string[];
  failed: PathProblem[];
  entities: number;
  relations: number;
  /** Relations dropped because the ontology does not allow them between those types. */
  dropped: number;
  seconds: number;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  batchSize?: number;
}

export async function loadPaths(store: GraphStore, paths: string[], options: LoadOptions = {}): Promise<LoadReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? LOAD_DEFAULTS.batchSize;
  const { files, problems } = await expandPaths(paths);
  const report: LoadReport = { loaded: [], unchanged: [], failed: [...problems], entities: 0, relations: 0, dropped: 0, seconds: 0 };
  const stored = await store.documentHashes();
  const seenIds = new Map<string, string>();
  let pending: DocumentFacts[] = [];

  for (const [index, file] of files.entries()) {
    const outcome = await prepare(file, stored, seenIds);
    if ('reason' in outcome) report.failed.push({ path: file, reason: outcome.reason });
    else if (outcome.facts) pending.push(outcome.facts);
    else report.unchanged.push(outcome.id);
    if (pending.length >= batchSize) pending = await flush(store, pending, stored, report);
    const status: DocumentStatus = 'reason' in outcome ? 'failed' : outcome.facts ? 'loaded' : 'unchanged';
    options.onProgress?.({ file, status, done: index + 1, total: files.length, relations: report.relations });
  }
  await flush(store, pending, stored, report);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

type Prepared = { reason: string } | { id: string; facts: DocumentFacts | null };

async function prepare(file: string, stored: Map<string, string>, seenIds: Map<string, string>): Promise<Prepared> {
  try {
    const source = await readDocument(file);
    const earlier = seenIds.get(source.id);
    if (earlier) return { reason: `same document id "${source.id}" as ${earlier}; rename one of them` };
    seenIds.set(source.id, file);
    const hash = contentHash(source.text);
    if (stored.get(source.id) === hash) return { id: source.id, facts: null };
    const extracted = extractDocument({ id: source.id, text: source.text, title: source.title, published: source.published });
    const document = {
      id: source.id, title: extracted.title ?? source.title, published: source.published,
      source: source.source, hash, text: source.text,
    };
    return { id: source.id, facts: documentBatch(document, extracted) };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

async function flush(store: GraphStore, pending: DocumentFacts[], stored: Map<string, string>, report: LoadReport) {
  if (pending.length === 0) return [];
  const replaced = pending.map((p) => p.document.id).filter((id) => stored.has(id));
  if (replaced.length > 0) await store.deleteDocuments(replaced);
  const batch = mergeBatches(pending.map((p) => p.batch));
  await store.upsert(batch);
  for (const p of pending) {
    report.loaded.push(p.document.id);
    report.dropped += p.dropped;
    stored.set(p.document.id, p.document.hash);
  }
  report.entities += batch.entities.length;
  report.relations += batch.relations.length;
  return [];
}
