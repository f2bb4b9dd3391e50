// Partners named in a speaker's own words: '"Our colleagues in the X shared
// everything with us," said P', '"A and B worked with us for months,"
// said P, head of Y', '"We are working closely with our colleagues of the X,"
// she said'. "We"/"us"/"our" is the body the speaker serves, which only the
// posts the rules found name, so this runs after them: the speaker (a person
// who "said" in the sentence, else in the one before or after) must serve
// exactly one body (an organization over a country), and that body works with
// each partner named (COOPERATES_WITH).
import type { Candidate, Doc, View } from './context.js';
import { M, refs } from './context.js';
import { COUNTRY_NAMES } from '../lookup.js';
import { oneBody, postsByPerson } from './served.js';

const ITEM = `(?:the )?(?:${M('LO')}'s )?${M('OL')}(?!'s)(?: \\([^)<]*\\))?`;
const LIST = `(${ITEM}(?:(?:, | and |, and )${ITEM})*)`;
const PARTNERS = [
  // "A and B worked with us", "the X has been working with us".
  new RegExp(`${LIST} (?:have |has |had |also |been |were |was |are |is )*(?:worked|work|works|working|cooperated|cooperating|trained|training) (?:closely |together |side by side )?with us\\b`, 'gu'),
  // "We are working closely with (our colleagues of) the X", "Our crews have trained with the X".
  new RegExp(`\\b(?:[Ww]e|[Oo]ur [a-z]+) (?:are |were |have |had |also |been |now |still )*(?:working|worked|work|cooperating|cooperated|trained|training|in contact|in touch|in daily contact)(?: closely| together| every day| daily)? with (?:our (?:colleagues|partners|counterparts|friends) (?:of|in|at|from) )?${LIST}`, 'gu'),
  // "Our colleagues in the X", "our partners at the X".
  new RegExp(`\\b[Oo]ur (?:colleagues|partners|counterparts|friends) (?:in|at|of|from) ${LIST}`, 'gu'),
];
const SAID = /\b(?:said|says|told|added|explained)\b/;

export function colleagues(doc: Doc, kept: Candidate[]): Candidate[] {
  const serves = postsByPerson(doc, kept);
  const out: Candidate[] = [];
  doc.views.forEach((view, i) => {
    if (!/\b(?:[Ww]e|us|[Oo]ur)\b/.test(view.template)) return;
    const partners = PARTNERS.flatMap((re) => [...view.template.matchAll(re)].flatMap((m) => refs(m[1]!.replace(/<[LO]\d+>'s /g, ''))));
    if (!partners.length) return;
    const speaker = speakerOf(view) ?? speakerOf(doc.views[i + 1]) ?? speakerOf(doc.views[i - 1]);
    if (speaker === undefined) return;
    const body = oneBody(doc, (serves.get(speaker.entity) ?? []).map((c) => c.target));
    if (body === undefined) return;
    for (const p of new Set(partners.map((r) => view.mentions[r]!.entity))) {
      // "our counterparts in Tarvik": a city is where the partners sit, not a partner; a country acts for its bodies.
      if (p === body || (doc.entities[p]!.type === 'Location' && !COUNTRY_NAMES.has(doc.entities[p]!.name))) continue;
      const ev = [{ start: view.sentence.start, end: view.sentence.end }];
      if (speaker.view !== view) ev.push({ start: speaker.view.sentence.start, end: speaker.view.sentence.end });
      out.push({ type: 'COOPERATES_WITH', source: body, target: p, rule: 'our-colleagues', confidence: 0.55, evidence: ev });
    }
  });
  return out;
}

/** The one person of a sentence that reports speech ("said P", "P said"). */
function speakerOf(view: View | undefined): { entity: number; view: View } | undefined {
  if (!view || !SAID.test(view.template)) return undefined;
  const persons = [...new Set(view.mentions.filter((m) => m.type === 'Person').map((m) => m.entity))];
  return persons.length === 1 ? { entity: persons[0]!, view } : undefined;
}
