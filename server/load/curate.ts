// Applies curation rules to one document's extraction. Rules match entities by
// normalized name or alias (and type when given); every rule that touches the
// document is counted, so rules that match nothing anywhere can be reported.
import type { ExtractedDocument, ExtractedEntity } from '../ingest/format.js';
import type { Merge } from '../store/port.js';
import type { AddRelation, Curation } from './curation.js';
import { normalizeName } from './names.js';
import { slug } from './ids.js';

export interface Curated {
  document: ExtractedDocument;
  /** Merges made by rename rules, by local entity id. */
  merges: Map<string, Merge[]>;
  /** Rule keys ("entities.3", "relations.add.0") that applied here. */
  applied: string[];
  /** Rules that named this document but could not apply, with why. */
  problems: string[];
}

function names(e: ExtractedEntity): string[] {
  return [e.name, ...(e.aliases ?? [])].map(normalizeName);
}

function matches(e: ExtractedEntity, ref: { name: string; type?: string }): boolean {
  return (!ref.type || ref.type === e.type) && names(e).includes(normalizeName(ref.name));
}

export function curate(doc: ExtractedDocument, text: string, curation: Curation): Curated {
  const out: Curated = { document: structuredClone(doc), merges: new Map(), applied: [], problems: [] };
  curation.entities.forEach((rule, i) => {
    if (rule.documents && !rule.documents.includes(doc.id)) return;
    const hits = out.document.entities.filter((e) => matches(e, rule.match));
    if (hits.length === 0) return;
    out.applied.push(`entities.${i}`);
    for (const e of hits) {
      if (rule.remove) {
        out.document.entities = out.document.entities.filter((x) => x !== e);
        out.document.relations = out.document.relations.filter((r) => r.source !== e.id && r.target !== e.id);
        continue;
      }
      if (rule.type) e.type = rule.type;
      if (rule.rename && rule.rename !== e.name) {
        const merge: Merge = { name: e.name, type: e.type, documentId: doc.id, reason: rule.reason };
        out.merges.set(e.id, [...(out.merges.get(e.id) ?? []), merge]);
        e.aliases = [...new Set([...(e.aliases ?? []), e.name])];
        e.name = rule.rename;
      }
      if (rule.aliases) e.aliases = [...new Set([...(e.aliases ?? []), ...rule.aliases])];
    }
  });
  curation.relations.remove.forEach((rule, i) => {
    if (rule.documents && !rule.documents.includes(doc.id)) return;
    const before = out.document.relations.length;
    const byId = new Map(out.document.entities.map((e) => [e.id, e]));
    out.document.relations = out.document.relations.filter((r) => !(
      r.type === rule.type && byId.get(r.source) && byId.get(r.target)
      && matches(byId.get(r.source)!, { name: rule.source }) && matches(byId.get(r.target)!, { name: rule.target })));
    if (out.document.relations.length < before) out.applied.push(`relations.remove.${i}`);
  });
  curation.relations.add.forEach((rule, i) => {
    if (rule.document !== doc.id) return;
    const problem = addRelation(out.document, text, rule);
    if (problem) out.problems.push(`relations.add.${i}: ${problem}`);
    else out.applied.push(`relations.add.${i}`);
  });
  return out;
}

function addRelation(doc: ExtractedDocument, text: string, rule: AddRelation): string | null {
  const start = text.indexOf(rule.evidence);
  if (start < 0) return `its evidence is not in document ${doc.id} word for word`;
  const source = findOrAdd(doc, text, rule.source);
  const target = findOrAdd(doc, text, rule.target);
  doc.relations.push({
    source: source.id, target: target.id, type: rule.type, properties: rule.properties ?? {}, confidence: 1,
    method: 'curation', evidence: [{ start, end: start + rule.evidence.length, text: rule.evidence }],
  });
  return null;
}

function findOrAdd(doc: ExtractedDocument, text: string, ref: { name: string; type: ExtractedEntity['type'] }): ExtractedEntity {
  const found = doc.entities.find((e) => matches(e, ref));
  if (found) return found;
  const mentions = [];
  for (let at = text.indexOf(ref.name); at >= 0; at = text.indexOf(ref.name, at + ref.name.length)) {
    mentions.push({ start: at, end: at + ref.name.length });
  }
  let id = `curated-${slug(ref.name)}`;
  while (doc.entities.some((e) => e.id === id)) id += '-x';
  const entity: ExtractedEntity = { id, type: ref.type, name: ref.name, aliases: [], mentions };
  doc.entities.push(entity);
  return entity;
}
