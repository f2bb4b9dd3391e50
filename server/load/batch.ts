// Turns one document's extraction into store records with global ids, and
// merges several such batches so a store write sees each id once.
import {
  allowsEndpoints, RELATION_PROPERTIES, type RelationPropertyKey,
} from '../ontology/index.js';
import type {
  DocumentRecord, EntityRecord, Evidence, GraphBatch, Merge, MentionRecord, RelationProps, RelationRecord,
} from '../store/port.js';
import type { ExtractedDocument } from '../ingest/format.js';
import { entityId, relationId } from './ids.js';
import { validity } from './dates.js';

export interface DocumentFacts {
  document: DocumentRecord;
  batch: GraphBatch;
  /** Relations the extractor proposed that the ontology does not allow between those types. */
  dropped: number;
}

/** Gives an extracted entity its global id; the default keys on type and name alone. */
export type Resolve = (entity: ExtractedDocument['entities'][number], documentId: string) => { id: string; merges: Merge[] };

const byName: Resolve = (e) => ({ id: entityId(e.type, e.name), merges: [] });

export function documentBatch(document: DocumentRecord, extracted: ExtractedDocument, resolve: Resolve = byName): DocumentFacts {
  const globalId = new Map<string, string>();
  const entities: EntityRecord[] = [];
  const mentions: MentionRecord[] = [];
  for (const e of extracted.entities) {
    const { id, merges } = resolve(e, document.id);
    globalId.set(e.id, id);
    const aliases = merges.length > 0 ? [...(e.aliases ?? []), e.name] : e.aliases ?? [];
    entities.push({ id, type: e.type, name: e.name, aliases: uniqueAliases(e.name, aliases), merges });
    const spans = (e.mentions ?? []).flatMap((m) => [m.start, m.end]);
    mentions.push({ entityId: id, documentId: document.id, spans });
  }
  const typeOf = new Map(extracted.entities.map((e) => [e.id, e.type]));
  const relations: RelationRecord[] = [];
  let dropped = 0;
  for (const r of extracted.relations) {
    const source = globalId.get(r.source);
    const target = globalId.get(r.target);
    const from = typeOf.get(r.source);
    const to = typeOf.get(r.target);
    if (!source || !target || !from || !to || source === target || !allowsEndpoints(r.type, from, to)) {
      dropped += 1;
      continue;
    }
    const confidence = r.confidence ?? 0.5;
    const evidence: Evidence[] = r.evidence.map((ev) => ({
      documentId: document.id, start: ev.start, end: ev.end, text: ev.text, method: r.method ?? 'rules', confidence,
    }));
    const properties = knownProperties(r.properties ?? {});
    relations.push({
      id: relationId(r.type, source, target), type: r.type, source, target,
      properties, confidence, evidence, ...validity(properties),
    });
  }
  return { document, batch: mergeBatches([{ documents: [document], entities, relations, mentions }]), dropped };
}

function uniqueAliases(name: string, aliases: string[]): string[] {
  return [...new Set(aliases.map((a) => a.trim()).filter((a) => a && a !== name))].sort();
}

function knownProperties(props: Record<string, unknown>): RelationProps {
  const out: RelationProps = {};
  for (const key of RELATION_PROPERTIES) {
    const value = props[key];
    if (value !== undefined && value !== null && value !== '') out[key as RelationPropertyKey] = String(value);
  }
  return out;
}

/** One record per id: aliases and evidence united, the highest confidence kept, properties filled in. */
export function mergeBatches(batches: GraphBatch[]): GraphBatch {
  const documents = new Map<string, DocumentRecord>();
  const entities = new Map<string, EntityRecord>();
  const relations = new Map<string, RelationRecord>();
  const mentions = new Map<string, MentionRecord>();
  for (const b of batches) {
    for (const d of b.documents) documents.set(d.id, d);
    for (const e of b.entities) entities.set(e.id, mergeEntity(entities.get(e.id), e));
    for (const r of b.relations) relations.set(r.id, mergeRelation(relations.get(r.id), r));
    for (const m of b.mentions) {
      const key = `${m.entityId}\u0000${m.documentId}`;
      const prev = mentions.get(key);
      mentions.set(key, prev ? { ...prev, spans: [...prev.spans, ...m.spans] } : m);
    }
  }
  return {
    documents: [...documents.values()], entities: [...entities.values()],
    relations: [...relations.values()], mentions: [...mentions.values()],
  };
}

function mergeEntity(prev: EntityRecord | undefined, next: EntityRecord): EntityRecord {
  if (!prev) return next;
  const merges = [...prev.merges];
  for (const m of next.merges) if (!merges.some((x) => JSON.stringify(x) === JSON.stringify(m))) merges.push(m);
  return { ...prev, aliases: uniqueAliases(prev.name, [...prev.aliases, ...next.aliases, next.name]), merges };
}

function mergeRelation(prev: RelationRecord | undefined, next: RelationRecord): RelationRecord {
  if (!prev) return next;
  const seen = new Set(prev.evidence.map(evidenceKey));
  return {
    ...prev,
    properties: { ...next.properties, ...prev.properties },
    confidence: Math.max(prev.confidence, next.confidence),
    evidence: [...prev.evidence, ...next.evidence.filter((e) => !seen.has(evidenceKey(e)))],
    validFrom: prev.validFrom ?? next.validFrom,
    validTo: prev.validTo ?? next.validTo,
  };
}

export function evidenceKey(e: Evidence): string {
  return `${e.documentId}\u0000${e.start}\u0000${e.end}`;
}
