// deleteDocuments(ids): removes the documents and their mention links, strips their evidence from
// relations (dropping relations left with none), then entities left with no mention and no relation.
import { isEntityType, type EntityType } from '../../ontology/index.js';
import { cypher } from '../cypher.js';
import { groupBy, placement, type Placed } from './lookup.js';
import { asRel, str, toRelationRecord } from './rows.js';
import type { KuzuSession, Row } from './session.js';
import { kuzuTemplate } from './template.js';
import { refreshDegrees, writeRelationUpdates } from './write-rows.js';

export async function deleteDocuments(session: KuzuSession, ids: string[]): Promise<void> {
  const docIds = [...new Set(ids)];
  if (docIds.length === 0) return;
  const touched = await findDocumentRelations(session, docIds);
  const mentioned = await session.runChunked(cypher('kuzu', 'find-document-entities'), 'ids', docIds);
  const { kept, dropped } = stripEvidence(touched, new Set(docIds));
  await session.runChunked(cypher('kuzu', 'delete-documents'), 'ids', docIds);
  await writeRelationUpdates(session, kept);
  await deleteRelations(session, dropped);
  const ends = dropped.flatMap((p): Entity[] => [[p.from, p.record.source], [p.to, p.record.target]]);
  await deleteOrphans(session, [...mentioned.map(toEntity), ...ends]);
  await refreshDegrees(session, dropped); // survivors among the endpoints lost an edge
}

type Entity = [EntityType, string];

/**
 * Without a document's evidence a relation keeps the rest; its confidence becomes the best of the
 * evidence left, since the dropped document may have been the one that raised it.
 */
export function stripEvidence(relations: Placed[], deleted: Set<string>): { kept: Placed[]; dropped: Placed[] } {
  const kept: Placed[] = [];
  const dropped: Placed[] = [];
  for (const p of relations) {
    const evidence = p.record.evidence.filter((e) => !deleted.has(e.documentId));
    if (evidence.length === 0) dropped.push(p);
    else kept.push({ ...p, record: { ...p.record, evidence, confidence: Math.max(...evidence.map((e) => e.confidence)) } });
  }
  return { kept, dropped };
}

async function findDocumentRelations(session: KuzuSession, docIds: string[]): Promise<Placed[]> {
  const rows = await session.runChunked(cypher('kuzu', 'find-document-relations'), 'ids', docIds);
  const byId = new Map<string, Placed>();
  for (const row of rows) {
    const record = toRelationRecord(asRel(row.r), str(row.source), str(row.target));
    byId.set(record.id, { record, from: entityType(row.sourceLabel), to: entityType(row.targetLabel) });
  }
  return [...byId.values()];
}

async function deleteRelations(session: KuzuSession, dropped: Placed[]): Promise<void> {
  for (const group of groupBy(dropped, placement).values()) {
    const { record, from, to } = group[0]!;
    const rows = group.map(({ record: r }) => ({ id: r.id, source: r.source, target: r.target }));
    await session.runChunked(kuzuTemplate('delete-relations', { type: record.type, from, to }), 'rows', rows);
  }
}

async function deleteOrphans(session: KuzuSession, candidates: Entity[]): Promise<void> {
  for (const [label, group] of groupBy(candidates, ([l]) => l)) {
    const ids = [...new Set(group.map(([, id]) => id))];
    await session.runChunked(kuzuTemplate('delete-orphans', { label }), 'ids', ids);
  }
}

function toEntity(row: Row): Entity {
  return [entityType(row.label), str(row.id)];
}

function entityType(value: Row[string] | undefined): EntityType {
  const label = str(value);
  if (!isEntityType(label)) throw new Error(`Not an entity table: ${label}`);
  return label;
}
