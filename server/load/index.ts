// The loader: files → extraction → store, one document at a time in effect.
// A changed document replaces the facts it supports; an unchanged one is
// skipped; a bad one is reported and skipped while the others load.
import type { GraphStore } from '../store/port.js';
import { readDocument } from '../ingest/read.js';
import { extractDocument } from '../ingest/index.js';
import { documentBatch, mergeBatches, type DocumentFacts } from './batch.js';
import { expandPaths, type PathProblem } from './files.js';
import { contentHash } from './ids.js';
import { computeAnalytics } from './analytics.js';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedEntity } from '../ingest/format.js';
import { curate } from './curate.js';
import { CurationError, EMPTY_CURATION, readCuration, type LoadedCuration } from './curation.js';
import { EntityResolver } from './resolve.js';

/** The corrections file a corpus folder may hold. */
export const CURATION_FILE = 'curation.yaml';

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
  /** Curation rules that matched nothing or could not apply. */
  warnings: string[];
  seconds: number;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  batchSize?: number;
  /** Corrections to apply; by default each named folder's own curation.yaml, if it has one. */
  curation?: LoadedCuration;
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
    loaded: [], unchanged: [], failed: [...problems], entities: 0, relations: 0, dropped: 0, warnings: [], seconds: 0,
  };
  const curation = options.curation ?? await curationFor(paths);
  const ctx: LoadContext = {
    store, stored: await store.documentHashes(), seenIds: new Map(), curation,
    resolver: new EntityResolver(await store.entityIndex()), report,
  };
  const applied = new Set<string>();
  let pending: DocumentFacts[] = [];
  for (const [index, file] of files.entries()) {
    const outcome = await prepare(file, ctx, applied);
    if ('reason' in outcome) report.failed.push({ path: file, reason: outcome.reason });
    else if (outcome.facts) pending.push(outcome.facts);
    else report.unchanged.push(outcome.id);
    if (pending.length >= batchSize) pending = await flush(ctx, pending);
    const status: DocumentStatus = 'reason' in outcome ? 'failed' : outcome.facts ? 'loaded' : 'unchanged';
    options.onProgress?.({ file, status, done: index + 1, total: files.length, relations: report.relations });
  }
  await flush(ctx, pending);
  if (report.loaded.length > 0) await refreshAnalytics(store);
  // Only a load that saw every document can tell that a rule matches none of them.
  if (report.unchanged.length === 0) report.warnings.push(...unusedRules(curation, applied));
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** Degree, PageRank and communities depend on the whole graph, so they are recomputed after every change. */
export async function refreshAnalytics(store: GraphStore): Promise<void> {
  await store.writeAnalytics(computeAnalytics(await store.edgeList()));
}

type Prepared = { reason: string } | { id: string; facts: DocumentFacts | null };

async function prepare(file: string, ctx: LoadContext, applied: Set<string>): Promise<Prepared> {
  try {
    const source = await readDocument(file);
    const earlier = ctx.seenIds.get(source.id);
    if (earlier) return { reason: `same document id "${source.id}" as ${earlier}; rename one of them` };
    ctx.seenIds.set(source.id, file);
    // The curation is part of the hash: editing it reapplies it to every document on the next load.
    const hash = contentHash(`${source.text}\u0000${ctx.curation.text}`);
    if (ctx.stored.get(source.id) === hash) return { id: source.id, facts: null };
    const extracted = extractDocument({ id: source.id, text: source.text, title: source.title, published: source.published });
    const curated = curate(extracted, source.text, ctx.curation.curation);
    curated.applied.forEach((key) => applied.add(key));
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
    return { reason: error instanceof Error ? error.message : String(error) };
  }
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
