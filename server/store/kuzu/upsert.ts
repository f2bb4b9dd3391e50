// upsert(batch): checks every reference first, then appends what is new (COPY for nodes and large
// relationship sets, CREATE for small ones) and updates what exists. No surrounding transaction:
// Kuzu 0.11 loses earlier COPYed rows of a table when a transaction holding a COPY rolls back, so
// the batch is validated up front instead, before anything is written.
import { DOCUMENT_LABEL, allowsEndpoints, type EntityType } from '../../ontology/index.js';
import {
  GraphBatchSchema, type DocumentRecord, type EntityRecord, type GraphBatch, type MentionRecord, type RelationRecord,
} from '../records.js';
import { BulkLoader } from './bulk.js';
import {
  findDocuments, findEntities, findMentions, findRelations, groupBy, mentionKey,
  type Placed, type StoredEntity,
} from './lookup.js';
import { mergeRelation, normalizeBatch, unionAliases, unionMerges, unionSpans } from '../merge.js';
import type { KuzuSession } from './session.js';
import { kuzuTemplate } from './template.js';
import { appendMentions, appendRelations, refreshDegrees, relationColumns, writeRelationUpdates } from './write-rows.js';

export async function upsert(session: KuzuSession, input: GraphBatch): Promise<void> {
  const batch = normalizeBatch(GraphBatchSchema.parse(input));
  const stored = await findEntities(session, referencedEntities(batch));
  const docs = await findDocuments(session, [...batch.documents.map((d) => d.id), ...batch.mentions.map((m) => m.documentId)]);
  const labelOf = labeller(batch.entities, stored);
  const placed = batch.relations.map((record) => place(record, labelOf));
  const knownDocs = new Set([...docs, ...batch.documents.map((d) => d.id)]);
  for (const m of batch.mentions) checkMention(m, labelOf, knownDocs);
  const mentions = await findMentions(session, [...new Set(batch.mentions.map((m) => m.documentId))].filter((id) => docs.has(id)));
  const relations = await findRelations(session, placed.filter((p) => stored.has(p.record.source) && stored.has(p.record.target)));
  await BulkLoader.with(session, async (bulk) => {
    await writeDocuments(session, bulk, batch.documents, docs);
    await writeEntities(session, bulk, batch.entities, stored);
    await writeMentions(session, bulk, batch.mentions, labelOf, mentions);
    const created = placed.filter((p) => !relations.has(p.record.id));
    await appendRelations(session, bulk, created);
    await updateRelations(session, placed, relations);
    await refreshDegrees(session, created);
  });
}

type LabelOf = (entityId: string) => EntityType | undefined;

function referencedEntities(batch: GraphBatch): string[] {
  const ids = [...batch.entities.map((e) => e.id), ...batch.relations.flatMap((r) => [r.source, r.target]), ...batch.mentions.map((m) => m.entityId)];
  return [...new Set(ids)];
}

/** The table an entity lives in: a stored entity keeps its table, a new one goes to its type's. */
function labeller(entities: EntityRecord[], stored: Map<string, StoredEntity>): LabelOf {
  const types = new Map(entities.map((e) => [e.id, e.type]));
  return (id) => stored.get(id)?.label ?? types.get(id);
}

function place(record: RelationRecord, labelOf: LabelOf): Placed {
  const from = labelOf(record.source);
  const to = labelOf(record.target);
  if (!from || !to) throw new Error(`Relation ${record.id} refers to an unknown entity (${from ? record.target : record.source})`);
  if (!allowsEndpoints(record.type, from, to)) throw new Error(`Relation ${record.id}: ${record.type} does not join ${from} to ${to}`);
  return { record, from, to };
}

function checkMention(m: MentionRecord, labelOf: LabelOf, knownDocs: Set<string>): void {
  if (!labelOf(m.entityId)) throw new Error(`Mention of unknown entity ${m.entityId}`);
  if (!knownDocs.has(m.documentId)) throw new Error(`Mention of ${m.entityId} in unknown document ${m.documentId}`);
}

async function writeDocuments(session: KuzuSession, bulk: BulkLoader, documents: DocumentRecord[], stored: Set<string>) {
  await bulk.copyNodes(DOCUMENT_LABEL, documents.filter((d) => !stored.has(d.id)));
  for (const d of documents.filter((doc) => stored.has(doc.id))) await session.run('update-document', { ...d });
}

async function writeEntities(session: KuzuSession, bulk: BulkLoader, entities: EntityRecord[], stored: Map<string, StoredEntity>) {
  const fresh = entities.filter((e) => !stored.has(e.id));
  for (const [label, group] of groupBy(fresh, (e) => e.type)) {
    // Every column spelled out: COPY from JSON leaves absent keys NULL, not their DEFAULT.
    const rows = group.map(({ id, name, aliases, merges }) => ({ id, name, aliases, degree: 0, pagerank: 0, community: -1, merges: JSON.stringify(merges) }));
    await bulk.copyNodes(label, rows);
  }
  const changed = entities.flatMap((e) => {
    const s = stored.get(e.id);
    if (!s) return [];
    const aliases = unionAliases(s.name, s.aliases, [e.name], e.aliases);
    const merges = unionMerges(s.merges, e.merges);
    const same = aliases.length === s.aliases.length && merges.length === s.merges.length;
    return same ? [] : [{ label: s.label, id: e.id, aliases, merges: JSON.stringify(merges) }];
  });
  for (const [label, group] of groupBy(changed, (c) => c.label)) {
    await session.runChunked(kuzuTemplate('update-entity-aliases', { label }), 'rows', group.map(({ id, aliases, merges }) => ({ id, aliases, merges })));
  }
}

async function writeMentions(session: KuzuSession, bulk: BulkLoader, mentions: MentionRecord[], labelOf: LabelOf, stored: Map<string, number[]>) {
  const label = (m: MentionRecord) => labelOf(m.entityId)!;
  for (const [from, group] of groupBy(mentions.filter((m) => !stored.has(mentionKey(m.entityId, m.documentId))), label)) {
    await appendMentions(session, bulk, from, group);
  }
  const changed = mentions.flatMap((m) => {
    const spans = stored.get(mentionKey(m.entityId, m.documentId));
    const merged = spans && unionSpans(spans, m.spans);
    return merged && merged.length !== spans.length ? [{ ...m, spans: merged }] : [];
  });
  for (const [from, group] of groupBy(changed, label)) {
    const rows = group.map(({ entityId, documentId, spans }) => ({ entityId, documentId, spans }));
    await session.runChunked(kuzuTemplate('update-mentions', { label: from }), 'rows', rows);
  }
}

/** Merges each already-stored relation with the batch's statement of it; writes only real changes. */
async function updateRelations(session: KuzuSession, placed: Placed[], stored: Map<string, RelationRecord>) {
  const changed = placed.flatMap((p) => {
    const before = stored.get(p.record.id);
    if (!before) return [];
    const after = mergeRelation(before, p.record);
    const same = JSON.stringify(relationColumns(after)) === JSON.stringify(relationColumns(before));
    return same ? [] : [{ ...p, record: after }];
  });
  await writeRelationUpdates(session, changed);
}
