// Pure merge rules, the same for every engine: how a second statement of the same fact combines
// with what is stored.
// Entities merge by id (aliases united), relations by id (evidence united by document and
// offsets, highest confidence kept, known properties kept), mentions by (entity, document).
import type {
  Evidence, GraphBatch, EntityRecord, Merge, MentionRecord, RelationProps, RelationRecord,
} from './records.js';

/** Aliases of `name` from every list, once each, in first-seen order; never the name itself or "". */
export function unionAliases(name: string, ...lists: string[][]): string[] {
  const seen = new Set<string>([name, '']);
  const out: string[] = [];
  for (const alias of lists.flat()) {
    if (!seen.has(alias)) out.push(alias);
    seen.add(alias);
  }
  return out;
}

const evidenceKey = (e: Evidence) => `${e.documentId}\u0000${e.start}\u0000${e.end}`;

/** Evidence of both lists, one per (document, start, end); the first statement of a sentence wins. */
export function unionEvidence(first: Evidence[], second: Evidence[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const e of [...first, ...second]) if (!byKey.has(evidenceKey(e))) byKey.set(evidenceKey(e), e);
  return [...byKey.values()];
}

export function documentIdsOf(evidence: Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.documentId))];
}

/** Stored properties stay; a later document may fill in the ones still unknown. */
export function mergeProperties(stored: RelationProps, incoming: RelationProps): RelationProps {
  return { ...incoming, ...stripUndefined(stored) };
}

export function mergeRelation(stored: RelationRecord, incoming: RelationRecord): RelationRecord {
  return {
    ...stored,
    properties: mergeProperties(stored.properties, incoming.properties),
    confidence: Math.max(stored.confidence, incoming.confidence),
    evidence: unionEvidence(stored.evidence, incoming.evidence),
    // A stated date stays; a later document may supply one still unknown.
    validFrom: stored.validFrom ?? incoming.validFrom ?? null,
    validTo: stored.validTo ?? incoming.validTo ?? null,
  };
}

const mergeKey = (m: Merge) => JSON.stringify([m.name, m.type, m.documentId, m.reason]);

/** Merge records of every list, once per (name, type, document, reason), in first-seen order. */
export function unionMerges(...lists: Merge[][]): Merge[] {
  const byKey = new Map<string, Merge>();
  for (const m of lists.flat()) if (!byKey.has(mergeKey(m))) byKey.set(mergeKey(m), m);
  return [...byKey.values()];
}

/** Mention spans are flattened [start, end) pairs: unite them as pairs, ordered by offset. */
export function unionSpans(...lists: number[][]): number[] {
  const pairs = new Map<string, [number, number]>();
  for (const spans of lists) {
    for (let i = 0; i + 1 < spans.length; i += 2) {
      const pair: [number, number] = [spans[i]!, spans[i + 1]!];
      pairs.set(`${pair[0]}:${pair[1]}`, pair);
    }
  }
  return [...pairs.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]).flat();
}

/** Collapses repeats inside one batch, so each id is written once (COPY rejects duplicate keys). */
export function normalizeBatch(batch: GraphBatch): GraphBatch {
  return {
    documents: [...new Map(batch.documents.map((d) => [d.id, d])).values()],
    entities: mergeBy(batch.entities, (e) => e.id, mergeEntity)
      .map((e) => ({ ...e, aliases: unionAliases(e.name, e.aliases), merges: unionMerges(e.merges) })),
    relations: mergeBy(batch.relations, (r) => r.id, mergeRelation)
      .map((r) => ({ ...r, evidence: unionEvidence(r.evidence, []) })),
    mentions: mergeBy(batch.mentions, (m) => `${m.entityId}\u0000${m.documentId}`, mergeMention)
      .map((m) => ({ ...m, spans: unionSpans(m.spans, []) })),
  };
}

/** A later statement's different name for the same entity becomes an alias, so search finds it. */
export function mergeEntity(first: EntityRecord, second: EntityRecord): EntityRecord {
  return {
    ...first,
    aliases: unionAliases(first.name, first.aliases, [second.name], second.aliases),
    merges: unionMerges(first.merges, second.merges),
  };
}

function mergeMention(first: MentionRecord, second: MentionRecord): MentionRecord {
  return { ...first, spans: unionSpans(first.spans, second.spans) };
}

function mergeBy<T>(items: T[], key: (item: T) => string, merge: (a: T, b: T) => T): T[] {
  const out = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const seen = out.get(k);
    out.set(k, seen === undefined ? item : merge(seen, item));
  }
  return [...out.values()];
}

function stripUndefined(props: RelationProps): RelationProps {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}
