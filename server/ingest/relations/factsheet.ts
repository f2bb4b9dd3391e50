// Fact-sheet lines: "Headquarters: Lyon", "Members: A, B and C",
// "Executive Director: X", "Founded: 1998, by A and B". The label is a known
// field word; the subject is the body the page is about: the last organization
// named before the run of field lines.
import { ROLE_WORDS } from '../gazetteer/lexicon.js';
import { type Rule, type View, type Doc, type Candidate, refs, span, dateIn } from './context.js';

const FIELD_LINE = /^\s*(?:[-•*–]\s*)?([A-Za-z][A-Za-z -]{1,40}?)\s*:\s*(.+)$/;
const PLACE_FIELD = /^(?:headquarters|hq|headquartered|seat|secretariat|based|based in|location|located|head office|main office|offices?)$/i;
const MEMBER_FIELD = /^(?:members?|member states|member countries|membership|member agencies|participating (?:states|countries|agencies))$/i;
const PARTNER_FIELD = /^(?:(?:main|other|key|principal|international|strategic|regional) )?(?:partners?|partner (?:agencies|organi[sz]ations|countries)|cooperat(?:es|ion) with)$/i;
/** Observer states cooperate with the body without being members. */
const OBSERVER_FIELD = /^(?:observers?|observer (?:states|countries))$/i;
/** Lines that name the body itself: "Full name: X", "Acronym: X". */
const NAME_FIELD = /^(?:(?:full |official )?name|acronym|abbreviation|fact sheet)$/i;
const FOUNDED_FIELD = /^(?:founded|established|created|set up|launched|founders?|founding members?)$/i;

const isField = (label: string) => PLACE_FIELD.test(label) || MEMBER_FIELD.test(label) || PARTNER_FIELD.test(label) || OBSERVER_FIELD.test(label) || FOUNDED_FIELD.test(label) || isRoleLabel(label);
const isRoleLabel = (label: string) => label.toLowerCase().split(/[\s-]+/).some((w) => ROLE_WORDS.has(w)) && label.split(/\s+/).length <= 4;
const fieldOf = (view: View) => {
  const m = FIELD_LINE.exec(view.sentence.text);
  return m && isField(m[1]!.trim()) ? m : null;
};

/** The organization a run of field lines describes: the last one named before the run. */
function subjectOf(view: View, doc: Doc): number | undefined {
  for (let i = doc.views.indexOf(view) - 1; i >= 0; i--) {
    const v = doc.views[i]!;
    // Any "Label: value" line belongs to the run ("Founding agreement: signed 2006"); one that names the body says which.
    const line = FIELD_LINE.exec(v.sentence.text);
    if (line && NAME_FIELD.test(line[1]!.trim())) {
      const named = v.mentions.filter((m) => m.type === 'Organization');
      if (named.length) return named.at(-1)!.entity;
    }
    if (fieldOf(v)) continue;
    // "Founding agreement: signed 2006" names no body and belongs to the run; "Profile: The X" names the subject.
    if (line && line[1]!.trim().split(/\s+/).length <= 3 && !v.mentions.some((m) => m.type === 'Organization')) continue;
    // "... elected the following members of the X:" and bullets below: the list rule reads those.
    if (/:\s*$/.test(v.sentence.text)) return undefined;
    // A section heading ("LEADERSHIP") between the body and its field lines.
    if (!v.mentions.length && /^[\p{Lu}\d &/,-]{3,40}$/u.test(v.sentence.text.trim())) continue;
    const orgs = v.mentions.filter((m) => m.type === 'Organization');
    return orgs.length ? orgs.at(-1)!.entity : undefined;
  }
  return undefined;
}

const factSheet: Rule = (view, doc) => {
  const field = fieldOf(view);
  if (!field) return [];
  // "Head of BNN: P": a body named in the label is the one the post is in.
  const colonAt = view.template.indexOf(':');
  const inLabel = refs(view.template.slice(0, Math.max(0, colonAt))).find((i) => view.mentions[i]!.type === 'Organization');
  const subject = inLabel !== undefined && isRoleLabel(field[1]!.trim()) ? view.mentions[inLabel]!.entity : subjectOf(view, doc);
  if (subject === undefined) return [];
  const label = field[1]!.trim();
  // Placeholders of the value part only (after the colon).
  const colon = view.template.indexOf(':');
  const value = colon >= 0 ? view.template.slice(colon + 1).replace(/\(.*?\)|, which .*$/g, '') : '';
  const ev = [span(view)];
  const out: Candidate[] = [];
  const make = (type: Candidate['type'], source: number, target: number, confidence: number, properties?: Record<string, string>): Candidate =>
    ({ type, source, target, rule: 'fact-sheet', confidence, properties, evidence: ev });
  for (const ref of refs(value)) {
    const m = view.mentions[ref]!;
    if (m.entity === subject) continue;
    // "Secretariat: Accra, Ghana": the first place is the seat; the rest only says where that is.
    if (PLACE_FIELD.test(label) && m.type === 'Location') { if (!out.some((c) => c.type === 'LOCATED_IN')) out.push(make('LOCATED_IN', subject, m.entity, 0.7)); }
    else if (MEMBER_FIELD.test(label) && (m.type === 'Location' || m.type === 'Organization')) out.push(make('MEMBER_OF', m.entity, subject, 0.7));
    else if ((PARTNER_FIELD.test(label) || OBSERVER_FIELD.test(label)) && (m.type === 'Organization' || m.type === 'Location')) out.push(make('COOPERATES_WITH', subject, m.entity, 0.6));
    else if (FOUNDED_FIELD.test(label) && m.type !== 'Substance') {
      const date = dateIn(value);
      out.push(make('FOUNDED', m.entity, subject, 0.65, date ? { date } : undefined));
    } else if (isRoleLabel(label) && m.type === 'Person') {
      out.push(make('HOLDS_POSITION', m.entity, subject, 0.7, { role: label.toLowerCase() }));
      // "Director: X (Kazakhstan)": the country in parentheses after the name is the person's.
      const country = new RegExp(`<P${ref}> \\((<L\\d+>)\\)`).exec(view.template)?.[1];
      if (country) out.push(make('NATIONALITY', m.entity, view.mentions[refs(country)[0]!]!.entity, 0.6));
    }
  }
  return out;
};

export const FACT_SHEET_RULES: Rule[] = [factSheet];
