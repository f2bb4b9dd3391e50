// The loader: files → extraction → store, one document at a time in effect.
// A changed document replaces the facts it supports; an unchanged one is
// skipped; a bad one is reported and skipped while the others load.
import type { GraphStore } from '../store/port.js';
import { readDocument } from '../ingest/read.js';
import { extractDocument, type ExtractInput } from '../ingest/index.js';
import { createExtractionPool } from '../ingest/pool.js';
import type { SourceDocument } from '../ingest/read.js';
import { availableParallelism } from 'node:os';
import { documentBatch, mergeBatches, type DocumentFacts } from './batch.js';
import { expandPaths, type PathProblem } from './files.js';
import { contentHash } from './ids.js';
import { computeAnalytics } from './analytics.js';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedDocument, ExtractedEntity } from '../ingest/format.js';
import { curate } from './curate.js';
import { CurationError, EMPTY_CURATION, readCuration, type LoadedCuration } from './curation.js';
import { EntityResolver } from './resolve.js';

/** The corrections file a corpus folder may hold. */
export const CURATION_FILE = 'curation.yaml';

export const LOAD_DEFAULTS = {
  /** Documents written per store call: large enough to amortize a COPY, small enough to report progress. */
  batchSize: 200,
  /** Documents read and extracted ahead of the one being written, so workers stay busy during writes. */
  readAhead: 256,
  /** Loads of at least this many documents extract on worker threads; smaller ones do not repay their start-up. */
  poolFrom: 50,
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
  /** Curation rules that matched nothing or could not apply. */
  warnings: string[];
  /** Keys of the curation rules that applied to some document. */
  applied: Set<string>;
  seconds: number;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  batchSize?: number;
  /** Corrections to apply; by default each named folder's own curation.yaml, if it has one. */
  curation?: LoadedCuration;
  /** Extraction worker threads; 0 extracts in this thread. Default: all cores for large loads. */
  workers?: number;
}

interface LoadContext {
  store: GraphStore;
  stored: Map<string, string>;
  seenIds: Map<string, string>;
  curation: LoadedCuration;
  resolver: EntityResolver;
  report: LoadReport;
}

export async function loadPaths(store: GraphStore, paths: string[], options: LoadOptions = {}): Promise<LoadReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? LOAD_DEFAULTS.batchSize;
  const { files, problems } = await expandPaths(paths);
  const report: LoadReport = {
    loaded: [], unchanged: [], failed: [...problems], entities: 0, relations: 0, dropped: 0, warnings: [], applied: new Set(), seconds: 0,
  };
  const curation = options.curation ?? await curationFor(paths);
  const ctx: LoadContext = {
    store, stored: await store.documentHashes(), seenIds: new Map(), curation,
    resolver: new EntityResolver(await store.entityIndex()), report,
  };
  const workers = options.workers ?? (files.length >= LOAD_DEFAULTS.poolFrom ? availableParallelism() : 0);
  const pool = workers > 0 ? createExtractionPool({ size: workers }) : null;
  const extract = (input: ExtractInput) => (pool ? pool.extract(input) : Promise.resolve(extractDocument(input)));
  try {
    await run(ctx, files, extract, batchSize, options.onProgress);
  } finally {
    await pool?.close();
  }
  if (report.loaded.length > 0) await refreshAnalytics(store);
  // Only a load that saw every document can tell that a rule matches none of them.
  if (report.unchanged.length === 0) report.warnings.push(...unusedRules(curation, report.applied));
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/**
 * Reading and extraction run ahead in a window (on worker threads for large
 * loads) while curation, resolution and writes go in file order, so the ids
 * a load produces never depend on which worker finished first.
 */
async function run(
  ctx: LoadContext, files: string[], extract: (input: ExtractInput) => Promise<ExtractedDocument>,
  batchSize: number, onProgress: LoadOptions['onProgress'],
) {
  const read = (file: string) => readAndExtract(file, ctx, extract).catch((error: unknown) => ({ reason: message(error) }));
  const ahead: Array<Promise<Extracted>> = [];
  let pending: DocumentFacts[] = [];
  for (const [index, file] of files.entries()) {
    while (ahead.length < Math.min(files.length - index, LOAD_DEFAULTS.readAhead)) ahead.push(read(files[index + ahead.length]!));
    const outcome = toFacts(await ahead.shift()!, file, ctx);
    if ('reason' in outcome) ctx.report.failed.push({ path: file, reason: outcome.reason });
    else if (outcome.facts) pending.push(outcome.facts);
    else ctx.report.unchanged.push(outcome.id);
    if (pending.length >= batchSize) pending = await flush(ctx, pending);
    const status: DocumentStatus = 'reason' in outcome ? 'failed' : outcome.facts ? 'loaded' : 'unchanged';
    onProgress?.({ file, status, done: index + 1, total: files.length, relations: ctx.report.relations });
  }
  await flush(ctx, pending);
}

/** Degree, PageRank and communities depend on the whole graph, so they are recomputed after every change. */
export async function refreshAnalytics(store: GraphStore): Promise<void> {
  await store.writeAnalytics(computeAnalytics(await store.edgeList()));
}

type Extracted =
  | { reason: string }
  | { source: SourceDocument; hash: string; extracted: ExtractedDocument | null };

async function readAndExtract(file: string, ctx: LoadContext, extract: (input: ExtractInput) => Promise<ExtractedDocument>): Promise<Extracted> {
  const source = await readDocument(file);
  // The curation is part of the hash: editing it reapplies it to every document on the next load.
  const hash = contentHash(`${source.text}\u0000${ctx.curation.text}`);
  if (ctx.stored.get(source.id) === hash) return { source, hash, extracted: null };
  const extracted = await extract({ id: source.id, text: source.text, title: source.title, published: source.published });
  return { source, hash, extracted };
}

type Prepared = { reason: string } | { id: string; facts: DocumentFacts | null };

function toFacts(outcome: Extracted, file: string, ctx: LoadContext): Prepared {
  if ('reason' in outcome) return outcome;
  const { source, hash, extracted } = outcome;
  const earlier = ctx.seenIds.get(source.id);
  if (earlier) return { reason: `same document id "${source.id}" as ${earlier}; rename one of them` };
  ctx.seenIds.set(source.id, file);
  if (!extracted) return { id: source.id, facts: null };
  try {
    const curated = curate(extracted, source.text, ctx.curation.curation);
    curated.applied.forEach((key) => ctx.report.applied.add(key));
    ctx.report.warnings.push(...curated.problems.map((p) => `curation ${describeRule(ctx.curation, p)}`));
    const document = {
      id: source.id, title: extracted.title ?? source.title, published: source.published,
      source: source.source, hash, text: source.text,
    };
    const resolve = (e: ExtractedEntity, documentId: string) => {
      const resolution = ctx.resolver.resolve(e, documentId);
      const merges = [...(curated.merges.get(e.id) ?? []), ...(resolution.merge ? [resolution.merge] : [])];
      return { id: resolution.id, merges };
    };
    return { id: source.id, facts: documentBatch(document, curated.document, resolve) };
  } catch (error) {
    return { reason: message(error) };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function flush(ctx: LoadContext, pending: DocumentFacts[]): Promise<DocumentFacts[]> {
  if (pending.length === 0) return [];
  const replaced = pending.map((p) => p.document.id).filter((id) => ctx.stored.has(id));
  if (replaced.length > 0) await ctx.store.deleteDocuments(replaced);
  const batch = mergeBatches(pending.map((p) => p.batch));
  await ctx.store.upsert(batch);
  for (const p of pending) {
    ctx.report.loaded.push(p.document.id);
    ctx.report.dropped += p.dropped;
    ctx.stored.set(p.document.id, p.document.hash);
  }
  ctx.report.entities += batch.entities.length;
  ctx.report.relations += batch.relations.length;
  return [];
}

/** The curation.yaml at the top of each folder being loaded, combined; none when there is none. */
async function curationFor(paths: string[]): Promise<LoadedCuration> {
  const found: LoadedCuration[] = [];
  for (const path of paths) {
    const file = join(path, CURATION_FILE);
    if (existsSync(file) && statSync(path).isDirectory()) found.push(await readCuration(file));
  }
  if (found.length <= 1) return found[0] ?? EMPTY_CURATION;
  throw new CurationError(`several ${CURATION_FILE} files among ${paths.join(', ')}: load those folders one at a time, or pass one curation file`);
}

function describeRule(curation: LoadedCuration, problem: string): string {
  const [key = ''] = problem.split(':');
  const line = curation.lineOf(key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
  return line ? `(line ${line}) ${problem}` : problem;
}

function unusedRules(curation: LoadedCuration, applied: Set<string>): string[] {
  const keys = [
    ...curation.curation.entities.map((_, i) => `entities.${i}`),
    ...curation.curation.relations.remove.map((_, i) => `relations.remove.${i}`),
    ...curation.curation.relations.add.map((_, i) => `relations.add.${i}`),
  ];
  return keys.filter((k) => !applied.has(k)).map((k) => `curation ${describeRule(curation, `${k}: matched nothing in the documents loaded`)}`);
}
