// The extractor on one made-up text, for the tests of sentence constructions:
// every relation's evidence must be the text it points at, and relations are
// read by entity name. Working together and meeting read the same both ways.
import { expect } from 'vitest';
import { extractDocument } from '../../server/ingest/index.js';

export function extractText(text: string) {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const r of doc.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  return { doc, rels: doc.relations.map((r) => ({ s: name.get(r.source)!, type: r.type, t: name.get(r.target)!, props: r.properties })) };
}

/** Whether `text` gives the relation `s -type-> t` (either way for COOPERATES_WITH and MET_WITH). */
export function hasRelation(text: string, s: string, type: string, t: string): boolean {
  return extractText(text).rels.some((r) => r.type === type &&
    ((r.s === s && r.t === t) || (['COOPERATES_WITH', 'MET_WITH'].includes(type) && r.s === t && r.t === s)));
}

/** The entities as "Type:Name" and the relations as "Source TYPE Target", for tests that read them as lists. */
export function extractNamed(text: string): { entities: string[]; relations: string[] } {
  const { doc, rels } = extractText(text);
  return { entities: doc.entities.map((e) => `${e.type}:${e.name}`), relations: rels.map((r) => `${r.s} ${r.type} ${r.t}`) };
}
