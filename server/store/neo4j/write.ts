// The write side of the port: upsert and deleteDocuments, each one write
// transaction, so a failed batch leaves nothing half-written; and the analytics
// computed at load, written in chunks.
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityType } from '../../ontology/index.js';
import { GraphBatchSchema, type GraphBatch } from '../records.js';
import { AnalyticsRowSchema, type AnalyticsRow } from '../views.js';
import { run, type Neo4jConnection, type Row } from './connection.js';
import {
  documentRow, entityRow, evidenceFields, mentionRow, mergeRelation, normalizeBatch, parseEvidence, parseMerges, relationRow,
  storedRelation, unionMerges,
} from './rows.js';
import { checkReferences, referencedIds } from './validate.js';
import { int } from './values.js';

/** Rows per UNWIND: keeps each Bolt message and each statement's memory bounded. */
const CHUNK = 1000;
/** Documents carry their whole text, so they go in smaller groups. */
const DOCUMENT_CHUNK = 50;
/** Analytics rows per write transaction: small rows, so larger groups, yet no transaction holds the whole graph. */
const ANALYTICS_CHUNK = 10_000;

export async function upsert(conn: Neo4jConnection, input: GraphBatch): Promise<void> {
  // Types become labels and relationship types: only ontology names may pass.
  const batch = normalizeBatch(GraphBatchSchema.parse(input));
  if (Object.values(batch).every((rows) => rows.length === 0)) return;
  const refs = referencedIds(batch);
  await conn.write(async (tx) => {
    const types = await lookup(tx, 'entity-types', refs.entities);
    const documents = await lookup(tx, 'document-ids', refs.documents);
    checkReferences(batch, new Map(types.map((row) => [String(row.id), row.type as EntityType])), new Set(documents.map((row) => String(row.id))));
    const storedMerges = new Map(types.map((row) => [String(row.id), parseMerges(row.merges)]));
    await runChunked(tx, 'upsert-documents', batch.documents.map(documentRow), DOCUMENT_CHUNK);
    await runChunked(tx, 'upsert-entities', batch.entities.map((e) => entityRow({
      ...e, merges: unionMerges(storedMerges.get(e.id) ?? [], e.merges),
    })));
    await runChunked(tx, 'upsert-mentions', batch.mentions.map(mentionRow));
    for (const relations of chunks(batch.relations)) {
      const stored = await run(tx, 'relations-by-id', { rows: relations.map((r) => ({ id: r.id, source: r.source })) });
      const byId = new Map(stored.map((row) => [String(row.id), storedRelation(row)]));
      await run(tx, 'upsert-relations', { rows: relations.map((r) => relationRow(mergeRelation(byId.get(r.id), r))) });
    }
    await forChunks(tx, 'refresh-degree', [...new Set(batch.relations.flatMap((r) => [r.source, r.target]))]);
  });
}

export async function deleteDocuments(conn: Neo4jConnection, documentIds: string[]): Promise<void> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return;
  const gone = new Set(ids);
  await conn.write(async (tx) => {
    const citing = await run(tx, 'relations-citing', { ids });
    const kept: Row[] = [];
    const dropped: Row[] = [];
    for (const row of citing) {
      const evidence = parseEvidence(row.evidence).filter((e) => !gone.has(e.documentId));
      const key = { id: row.id, source: row.source };
      // The deleted document may have been the one that raised the confidence.
      if (evidence.length > 0) kept.push({ ...key, confidence: Math.max(...evidence.map((e) => e.confidence)), ...evidenceFields(evidence) });
      else dropped.push(key);
    }
    await runChunked(tx, 'update-relation-evidence', kept);
    await runChunked(tx, 'delete-relations', dropped);
    const mentioned = (await run(tx, 'delete-documents', { ids })).flatMap((row) => row.entityIds as string[]);
    const touched = [...new Set([...mentioned, ...citing.flatMap((row) => [String(row.source), String(row.target)])])];
    await forChunks(tx, 'refresh-degree', touched);
    await forChunks(tx, 'delete-orphans', touched);
  });
}

/** Degree, PageRank and community per entity; one write transaction per chunk, so a huge graph never sits in one. */
export async function writeAnalytics(conn: Neo4jConnection, input: AnalyticsRow[]): Promise<void> {
  const rows = input.map((row) => AnalyticsRowSchema.parse(row))
    .map((row) => ({ id: row.id, degree: int(row.degree), pagerank: row.pagerank, community: int(row.community) }));
  for (const part of chunks(rows, ANALYTICS_CHUNK)) await conn.write((tx) => run(tx, 'write-analytics', { rows: part }));
}

async function lookup(tx: ManagedTransaction, name: string, ids: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const part of chunks(ids)) rows.push(...await run(tx, name, { ids: part }));
  return rows;
}

/** Runs a statement taking $ids once per chunk of ids. */
async function forChunks(tx: ManagedTransaction, name: string, ids: string[]): Promise<void> {
  await lookup(tx, name, ids);
}

/** Runs a statement taking $rows once per chunk of rows. */
async function runChunked(tx: ManagedTransaction, name: string, rows: readonly object[], size = CHUNK): Promise<void> {
  for (const part of chunks(rows, size)) await run(tx, name, { rows: part });
}

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
