// A unit named after the possessive of a short form that detection did not
// take as a mention: "the VDA's Intelligence Unit" (an acronym of a body named
// earlier: "Valdorian Drug Agency, Ostria (VDA)"), "Gendarmes' Drug Department"
// (a plural name with a bare apostrophe), "the Fiscalia's Special Directorate"
// (the first word of "Fiscalia General …"). When the short form points to
// exactly one body of the document, the unit is PART_OF it. A unit is named by
// its head word ("… Unit", "… Department", "… Directorate", …).
import type { EntityRecord } from '../coref.js';
import { type Rule, type Candidate, type Doc } from './context.js';

const UNIT = /\b(?:Unit|Units|Department|Directorate|Division|Bureau|Office|Section|Centre|Center|Command|Programme|Program|Squad|Brigade|Team|Desk|Cell|Group|Secretariat|Branch|Laboratory|Service|Force|Police|Academy|Institute|Task Force)\b/;
const SMALL = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'against', 'de', 'la', 'del', 'des', 'du', 'di', 'da', 'el', 'los', 'las', 'et', 'to', 'at']);

/** "Drug Law Enforcement Agency, The Gambia" → "DLEA", "DLEAG" (the small words, and a country after a comma, left out or kept). */
function initials(name: string): string[] {
  const words = (n: string) => n.split(/[\s,–-]+/).filter((w) => w && !SMALL.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
  const all = words(name).map((w) => w[0]).join('');
  const head = words(name.split(',')[0]!).map((w) => w[0]).join('');
  const noThe = words(name).filter((w) => w !== 'The').map((w) => w[0]).join('');
  return [...new Set([all, head, noThe])];
}

/** The one body of the document a short form names: a name or alias, an acronym of one, or the first word of one. */
function ownerOf(doc: Doc, token: string, unit: number): number | undefined {
  const found = doc.find(token, 'Organization');
  if (found !== undefined) return found;
  const orgs = doc.entities.filter((e) => e.type === 'Organization' && e.index !== unit);
  const names = (e: EntityRecord) => [e.name, ...e.aliases];
  const acronym = /^\p{Lu}[\p{L}-]*\p{Lu}[\p{L}-]*$/u.test(token) && token.length <= 10;
  let hits = acronym ? orgs.filter((e) => names(e).some((n) => initials(n).includes(token))) : [];
  // "Valdorian Drug Agency, Ostria (VDA)": the body named right before the short form's parentheses.
  if (!hits.length && acronym) {
    const defined = new RegExp(`\\(${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`).exec(doc.text);
    if (defined) hits = orgs.filter((e) => e.mentions.some((x) => x.end <= defined.index && defined.index - x.end <= 20 && !/[.;]/.test(doc.text.slice(x.end, defined.index))));
  }
  if (!hits.length && token.length >= 5) hits = orgs.filter((e) => names(e).some((n) => n.split(/\s+/)[0] === token && n.length > token.length));
  return hits.length === 1 ? hits[0]!.index : undefined;
}

const owned: Rule = (view, doc) => {
  const out: Candidate[] = [];
  const s = view.sentence;
  for (const m of view.mentions) {
    if (m.type !== 'Organization' || !UNIT.test(doc.entities[m.entity]!.name)) continue;
    // Right before the unit: "DLEAG's ", "Carabineros' ", not itself part of a mention.
    const before = s.text.slice(0, m.start - s.start);
    const own = /(?:^|[\s(,;:"])(?:the )?(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)(?:['’]s|(?<=s)['’]) $/u.exec(before);
    if (!own) continue;
    // Not the tail of a mention ("Guardia di Finanza's X" is read where the owner is a mention).
    const at = s.start + own.index + own[0].indexOf(own[1]!);
    // (An acronym taken for a place, "Drug Agency, The Gambia (DA)" making "DA" the country's, still names the body.)
    const covering = view.mentions.find((o) => o !== m && o.start <= at && o.end > at);
    if (covering && !(covering.type === 'Location' && /^\p{Lu}[\p{L}-]*\p{Lu}[\p{L}-]*$/u.test(own[1]!))) continue;
    // "the X's Investigative Unit of the Y Command": the unit belongs to Y first.
    if (/^ of (?:the )?\p{Lu}/u.test(s.text.slice(m.end - s.start))) continue;
    const owner = ownerOf(doc, own[1]!.replace(/^The /, ''), m.entity);
    if (owner === undefined || owner === m.entity) continue;
    out.push({ type: 'PART_OF', source: m.entity, target: owner, rule: 'short-form-owner', confidence: 0.65, evidence: [{ start: s.start, end: s.end }] });
  }
  return out;
};

// Only where the owner is plain text or an acronym taken for a place ("<O1>'s <O2>" is read by structure.ts).
export const OWNER_RULES: Rule[] = [(view, doc) => (/(?:[^>]|<L\d+>)['’]s <O\d+>|s['’] <O\d+>/.test(view.template) ? owned(view, doc) : [])];
