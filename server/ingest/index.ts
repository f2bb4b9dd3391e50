// Extraction: a document's text → entities of the six types and relations of
// the core vocabulary, each relation with the sentence that states it.
// Pure and synchronous: read → sentences → mentions → entities → relations.
import type { EntityType } from '../ontology/index.js';
import type { ExtractedDocument, ExtractedEntity, ExtractedRelation } from './format.js';
import { splitSentences } from './sentences.js';
import { findBoilerplate } from './boilerplate.js';
import { headline } from './title.js';
import { detectMentions } from './detect.js';
import { signatureNames } from './signature.js';
import { EntityTable, nameKey, type EntityRecord, type Resolved } from './coref.js';
import { addAnaphora } from './anaphora.js';
import { addRecurringNames } from './recur.js';
import { retypeByContext } from './retype.js';
import { nameMissionsBySeat } from './seats.js';
import { buildTemplate, type Doc, type View } from './relations/context.js';
import { extractRelations } from './relations/index.js';
import { uniqueSlugs } from './slug.js';

export interface ExtractInput { id: string; text: string; title?: string; published?: string | null }

export function extractDocument(input: ExtractInput): ExtractedDocument {
  const { text } = input;
  // Page chrome (ads, menus, promos, credits) is masked, never cut out, so offsets stay true to the text.
  const mask = findBoilerplate(text);
  const sentences = splitSentences(text, mask);
  const lowerWords = new Set(sentences.flatMap((s) => s.text.match(/(?<![\p{L}])\p{Ll}[\p{L}'-]*/gu) ?? []));
  const detected = sentences.flatMap((s) => detectMentions(s, { lowerWords }).map((m) => ({ ...m, sentence: s.index })));
  // A name signing off above its post replaces what its title-cased line was read as.
  const signed = signatureNames(sentences, text, lowerWords);
  const raw = [...detected.filter((m) => !signed.some((p) => p.start < m.end && m.start < p.end)), ...signed].sort((a, b) => a.start - b.start);
  const table = new EntityTable();
  const resolved = table.resolve(raw);
  const perSentence: Resolved[][] = sentences.map(() => []);
  for (const m of resolved) perSentence[m.sentence]!.push(m);
  addRecurringNames(sentences, perSentence, table, lowerWords);
  const withAnaphora = addAnaphora(sentences, perSentence, table);
  retypeByContext(sentences, withAnaphora, table);
  nameMissionsBySeat(sentences, withAnaphora, table);
  const views: View[] = sentences.map((s, k) => ({ sentence: s, mentions: withAnaphora[k]!, template: buildTemplate(s, withAnaphora[k]!) }));
  views.forEach((v, k) => {
    const next = views[k + 1];
    v.following = next;
    if (next) next.preceding = v;
    if (next && next.sentence.paragraph === v.sentence.paragraph) { v.next = next; next.prev = v; }
  });
  const doc: Doc = { text, views, entities: table.entities, find: finder(table.entities) };
  const candidates = extractRelations(doc);
  const used = new Set(candidates.flatMap((c) => [c.source, c.target]));
  const kept = table.entities.filter((e) => !e.weak || used.has(e.index));
  const ids = uniqueSlugs(kept.map((e) => e.name));
  const idOf = new Map(kept.map((e, k) => [e.index, ids[k]!]));
  const relations: ExtractedRelation[] = candidates.filter((c) => idOf.has(c.source) && idOf.has(c.target)).map((c) => ({
    source: idOf.get(c.source)!, target: idOf.get(c.target)!, type: c.type,
    ...(c.properties && Object.keys(c.properties).length ? { properties: c.properties } : {}),
    confidence: Math.round(c.confidence * 100) / 100,
    evidence: c.evidence.map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) })),
  }));
  return {
    id: input.id,
    title: input.title ?? headline(text, mask) ?? input.id,
    published: input.published ?? null,
    entities: kept.map((e) => toEntity(e, idOf.get(e.index)!)),
    relations,
  };
}

function toEntity(e: EntityRecord, id: string): ExtractedEntity {
  const aliases = [...e.aliases].filter((a) => a !== e.name);
  const mentions = [...new Map(e.mentions.map((m) => [`${m.start}:${m.end}`, m])).values()].sort((a, b) => a.start - b.start);
  return { id, type: e.type, name: e.name, ...(aliases.length ? { aliases } : {}), mentions };
}

function finder(entities: EntityRecord[]): Doc['find'] {
  const index = new Map<string, number>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      const k = nameKey(n);
      if (!index.has(`${e.type}|${k}`)) index.set(`${e.type}|${k}`, e.index);
      if (!index.has(k)) index.set(k, e.index);
    }
  }
  return (name: string, type?: EntityType) => index.get(type ? `${type}|${nameKey(name)}` : nameKey(name));
}
