// Pure row building for the write statements: what the batch and the stored
// state become as Cypher parameters. Evidence is kept as a JSON string (Neo4j
// properties cannot hold maps), so uniting it happens here, not in Cypher.
import { z } from 'zod';
import { RELATION_PROPERTIES, type RelationPropertyKey } from '../../ontology/index.js';
import {
  EvidenceSchema, MergeSchema, type DocumentRecord, type EntityRecord, type Evidence, type MentionRecord,
  type Merge, type RelationProps, type RelationRecord,
} from '../records.js';
import { int } from './values.js';

const EvidenceListSchema = z.array(EvidenceSchema);
const MergeListSchema = z.array(MergeSchema);

/** Two pieces of evidence are the same when they cite the same span of the same document. */
export function evidenceKey(e: Evidence): string {
  return `${e.documentId}\u0000${e.start}\u0000${e.end}`;
}

/** Stored evidence first, then incoming evidence not already present; the first statement of a sentence wins. */
export function mergeEvidence(stored: Evidence[], incoming: Evidence[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const e of [...stored, ...incoming]) if (!byKey.has(evidenceKey(e))) byKey.set(evidenceKey(e), e);
  return [...byKey.values()];
}

export function parseEvidence(json: unknown): Evidence[] {
  if (json === null || json === undefined) return [];
  return EvidenceListSchema.parse(JSON.parse(String(json)));
}

/** The relation property keys of a stored relationship, absent ones dropped. */
export function relationProps(raw: Record<string, unknown>): RelationProps {
  const props: RelationProps = {};
  for (const key of RELATION_PROPERTIES) {
    const value = raw[key];
    if (typeof value === 'string') props[key] = value;
  }
  return props;
}

/** A relation as stored, read back to be merged with an incoming one. */
export interface StoredRelation {
  id: string;
  confidence: number;
  evidence: Evidence[];
  properties: RelationProps;
  validFrom: string | null;
  validTo: string | null;
}

export function storedRelation(row: Record<string, unknown>): StoredRelation {
  return {
    id: String(row.id),
    confidence: Number(row.confidence ?? 0),
    evidence: parseEvidence(row.evidence),
    properties: relationProps((row.properties ?? {}) as Record<string, unknown>),
    validFrom: typeof row.validFrom === 'string' ? row.validFrom : null,
    validTo: typeof row.validTo === 'string' ? row.validTo : null,
  };
}

/** Same rule as the loader and the Kuzu adapter: evidence united, highest confidence kept, stored properties win. */
export function mergeRelation<T extends StoredRelation>(stored: T | undefined, next: RelationRecord): RelationRecord {
  if (!stored) return next;
  return {
    ...next,
    properties: { ...next.properties, ...stored.properties },
    confidence: Math.max(stored.confidence, next.confidence),
    evidence: mergeEvidence(stored.evidence, next.evidence),
    // A date already stored stays; a relation learns one it lacked.
    validFrom: stored.validFrom ?? next.validFrom,
    validTo: stored.validTo ?? next.validTo,
  };
}

/** The evidence fields of a relationship, as upsert-relations and update-relation-evidence set them. */
export function evidenceFields(evidence: Evidence[]) {
  return {
    evidence: JSON.stringify(evidence),
    evidenceCount: int(evidence.length),
    docIds: [...new Set(evidence.map((e) => e.documentId))],
  };
}

export function relationRow(r: RelationRecord) {
  // Every key present, null when absent, so SET r += row.props also clears stale values.
  const props = Object.fromEntries(RELATION_PROPERTIES.map((k) => [k, r.properties[k] ?? null])) as
    Record<RelationPropertyKey, string | null>;
  return {
    id: r.id, type: r.type, source: r.source, target: r.target, confidence: r.confidence, ...evidenceFields(r.evidence), props,
    validFrom: r.validFrom ?? null, validTo: r.validTo ?? null,
  };
}

/** An entity row for upsert-entities: merges (already united with the stored ones) as a JSON string. */
export function entityRow(e: EntityRecord) {
  return { id: e.id, type: e.type, name: e.name, aliases: e.aliases, merges: JSON.stringify(e.merges ?? []) };
}

/** A document row for upsert-documents, with the text length in JS (UTF-16) units, the unit of every offset. */
export function documentRow(d: DocumentRecord) {
  return { ...d, length: int(d.text.length) };
}

export function parseMerges(json: unknown): Merge[] {
  if (json === null || json === undefined || json === '') return [];
  return MergeListSchema.parse(JSON.parse(String(json)));
}


export function mentionRow(m: MentionRecord) {
  return { entityId: m.entityId, documentId: m.documentId, spans: m.spans.map(int) };
}

// The merge rules are the port's, shared with every engine.
export { normalizeBatch, unionAliases, unionMerges, unionSpans } from '../merge.js';
