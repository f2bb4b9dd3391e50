// The body that prosecutes a case named apart from the defendants: "The case
// was prosecuted by the X", "The prosecution was conducted by the Y", "The case
// is led by the Z". It charges (CHARGED_BY) every person the other rules found
// charged or tried in the document (before a court, by a prosecutor), and when
// none is, every person arrested by a body; runs after the sentence rules,
// since it reads what they found. Several prosecuted cases in one document, or
// more than six defendants, say too little about who is whose.
import type { Candidate, Doc } from './context.js';
import { refs } from './context.js';

const CASE = /^(?:[^<]{0,30}?\b)?(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z]+ )?(?:case|prosecution|cases) (?:is|was|has been|had been|are|were|will be) (?:being )?(?:prosecuted|conducted|led|handled|brought) by (?:the )?(<O\d+>)/;

export function prosecutedBy(doc: Doc, kept: Candidate[]): Candidate[] {
  const found: Array<{ body: number; start: number; end: number }> = [];
  for (const view of doc.views) {
    const m = CASE.exec(view.template);
    if (!m) continue;
    const body = view.mentions[refs(m[1])[0]!]!.entity;
    found.push({ body, start: view.sentence.start, end: view.sentence.end });
  }
  if (new Set(found.map((f) => f.body)).size !== 1) return [];
  const { body, start, end } = found[0]!;
  const person = (c: Candidate) => doc.entities[c.source]!.type === 'Person' && c.target !== body;
  let defendants = [...new Set(kept.filter((c) => c.type === 'CHARGED_BY' && person(c)).map((c) => c.source))];
  if (!defendants.length) defendants = [...new Set(kept.filter((c) => c.type === 'ARRESTED_BY' && person(c) && doc.entities[c.target]!.type === 'Organization').map((c) => c.source))];
  if (!defendants.length || defendants.length > 6) return [];
  const done = new Set(kept.filter((c) => c.type === 'CHARGED_BY' && c.target === body).map((c) => c.source));
  return defendants.filter((p) => !done.has(p)).map((p) => ({ type: 'CHARGED_BY' as const, source: p, target: body, rule: 'case-prosecuted-by', confidence: 0.55, evidence: [{ start, end }] }));
}
