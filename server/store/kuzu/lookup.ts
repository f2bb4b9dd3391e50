// Reads what a batch is about to touch, so upsert can COPY what is new and update what exists.
// Every lookup is a parameterized UNWIND over ids, anchored on primary keys.
import type { RelValue } from 'kuzu';
import { ENTITY_TYPES, type EntityType } from '../../ontology/index.js';
import type { Merge, RelationRecord } from '../records.js';
import { kuzuTemplate } from './template.js';
import { cypher } from '../cypher.js';
import { asRel, numbers, parseMerges, str, strings, toRelationRecord } from './rows.js';
import type { KuzuSession } from './session.js';

export interface StoredEntity {
  label: EntityType;
  name: string;
  aliases: string[];
  merges: Merge[];
}

/** Stored entities among `ids`, with the table each lives in. */
export async function findEntities(session: KuzuSession, ids: string[]): Promise<Map<string, StoredEntity>> {
  const found = new Map<string, StoredEntity>();
  for (const label of ENTITY_TYPES) {
    const rows = await session.runChunked(kuzuTemplate('find-entities', { label }), 'ids', ids);
    for (const row of rows) found.set(str(row.id), { label, name: str(row.name), aliases: strings(row.aliases), merges: parseMerges(row.merges) });
  }
  return found;
}

export async function findDocuments(session: KuzuSession, ids: string[]): Promise<Set<string>> {
  const rows = await session.runChunked(cypher('kuzu', 'find-documents'), 'ids', ids);
  return new Set(rows.map((row) => str(row.id)));
}

export const mentionKey = (entityId: string, documentId: string) => `${entityId}\u0000${documentId}`;

/** Spans of stored mention links into these documents, keyed by mentionKey. */
export async function findMentions(session: KuzuSession, documentIds: string[]): Promise<Map<string, number[]>> {
  const rows = await session.runChunked(cypher('kuzu', 'find-mentions'), 'ids', documentIds);
  return new Map(rows.map((row) => [mentionKey(str(row.entityId), str(row.documentId)), numbers(row.spans)]));
}

/** A relation together with the tables of its endpoints: Kuzu addresses rels by label pair. */
export interface Placed {
  record: RelationRecord;
  from: EntityType;
  to: EntityType;
}

export const placement = (p: Placed) => `${p.record.type}\u0000${p.from}\u0000${p.to}`;

/** Stored versions of these relations, looked up from their endpoints' primary keys. */
export async function findRelations(session: KuzuSession, wanted: Placed[]): Promise<Map<string, RelationRecord>> {
  const stored = new Map<string, RelationRecord>();
  for (const group of groupBy(wanted, placement).values()) {
    const { record, from, to } = group[0]!;
    const text = kuzuTemplate('find-relations', { type: record.type, from, to });
    const rows = await session.runChunked(text, 'rows', group.map(({ record: r }) => ({ id: r.id, source: r.source, target: r.target })));
    const byId = new Map(group.map((p) => [p.record.id, p.record]));
    for (const row of rows) {
      const rel: RelValue = asRel(row.r);
      const wantedRecord = byId.get(str(rel.id));
      if (wantedRecord) stored.set(wantedRecord.id, toRelationRecord(rel, wantedRecord.source, wantedRecord.target));
    }
  }
  return stored;
}

export function groupBy<T, K extends string>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
