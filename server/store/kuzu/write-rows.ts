// The shapes written to Kuzu: one place that knows the column layout of relation and mention rows.
import { DOCUMENT_LABEL, MENTIONED_IN, RELATION_PROPERTIES, type EntityType } from '../../ontology/index.js';
import type { MentionRecord, RelationRecord } from '../records.js';
import { documentIdsOf } from '../merge.js';
import { groupBy, placement, type Placed } from './lookup.js';
import { kuzuTemplate } from './template.js';
import { SET_PROPERTIES } from './schema.js';
import type { BulkLoader } from './bulk.js';
import type { KuzuSession } from './session.js';

/** Every column of a relation row; absent properties are written as null so all rows share a shape. */
export function relationColumns(record: RelationRecord) {
  return {
    id: record.id,
    ...Object.fromEntries(RELATION_PROPERTIES.map((key) => [key, record.properties[key] ?? null])),
    confidence: record.confidence,
    docIds: documentIdsOf(record.evidence),
    evidence: JSON.stringify(record.evidence),
    validFrom: record.validFrom ?? null,
    validTo: record.validTo ?? null,
  };
}

/** Recounts the relation edges of every endpoint of these relations. */
export async function refreshDegrees(session: KuzuSession, relations: Placed[]): Promise<void> {
  const ends = relations.flatMap((p): Array<[EntityType, string]> => [[p.from, p.record.source], [p.to, p.record.target]]);
  for (const [label, group] of groupBy(ends, ([l]) => l)) {
    const ids = [...new Set(group.map(([, id]) => id))];
    await session.runChunked(kuzuTemplate('update-degree', { label }), 'ids', ids);
  }
}

/** Appends new relations, one statement per (type, from label, to label). */
export async function appendRelations(session: KuzuSession, bulk: BulkLoader, relations: Placed[]): Promise<void> {
  for (const group of groupBy(relations, placement).values()) {
    const { record: { type }, from, to } = group[0]!;
    const rows = group.map(({ record: r }) => ({ from: r.source, to: r.target, ...relationColumns(r) }));
    if (rows.length >= session.options.copyFromRows) await bulk.copyRels(type, from, to, rows);
    else await session.runChunked(kuzuTemplate('create-relations', { type, from, to, setProperties: SET_PROPERTIES }), 'rows', rows.map(asText));
  }
}

/** Appends new mention links from one entity table. */
export async function appendMentions(session: KuzuSession, bulk: BulkLoader, label: EntityType, mentions: MentionRecord[]): Promise<void> {
  const rows = mentions.map((m) => ({ from: m.entityId, to: m.documentId, spans: m.spans }));
  if (rows.length >= session.options.copyFromRows) await bulk.copyRels(MENTIONED_IN, label, DOCUMENT_LABEL, rows);
  else await session.runChunked(kuzuTemplate('create-mentions', { label }), 'rows', rows.map((r) => ({ ...r, spans: JSON.stringify(r.spans) })));
}

/** Rewrites evidence, confidence, document ids and properties of stored relations. */
export async function writeRelationUpdates(session: KuzuSession, changed: Placed[]): Promise<void> {
  for (const group of groupBy(changed, placement).values()) {
    const { record, from, to } = group[0]!;
    const text = kuzuTemplate('update-relations', { type: record.type, from, to, setProperties: SET_PROPERTIES });
    const rows = group.map(({ record: r }) => ({ source: r.source, target: r.target, ...relationColumns(r) }));
    await session.runChunked(text, 'rows', rows.map(asText));
  }
}

/**
 * Confidence as text for parameterized writes: kuzu 0.11.3's Node binding types a list of maps from
 * its first element, so [{confidence: 1}, {confidence: 0.8}] would store garbage for the second.
 */
function asText<T extends { confidence: number }>(row: T): Omit<T, 'confidence'> & { confidence: string } {
  return { ...row, confidence: String(row.confidence) };
}
