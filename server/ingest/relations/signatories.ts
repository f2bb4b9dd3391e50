// People who sign a text together met to do it: "The Minister of X, P, and
// Ruritania's Minister of Y, Q, signed a protocol on …" and "The memorandum
// was signed … by Commissioner P and the Agency's Director, Q, in the presence
// of R". Each pair of signatories is MET_WITH (a witness "in the presence of"
// or "witnessed by" is left out; interaction.ts makes the signing bodies work
// together).
import { type Rule, type View, type Candidate, candidate, refs, guarded } from './context.js';

function met(view: View, persons: number[], rule: string): Candidate[] {
  const ids = [...new Map(persons.map((p) => [view.mentions[p]!.entity, p])).values()];
  const out: Candidate[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push(candidate(view, 'MET_WITH', ids[i]!, ids[j]!, rule, 0.6));
  return out;
}

/** Persons named in a stretch, not a portfolio taken for a name ("the Minister of <Citizen Protection>"). */
const persons = (view: View, text: string) => refs(text).filter((i) => view.mentions[i]!.type === 'Person'
  && !new RegExp(`\\b(?:Minister|Ministry|Secretary|Department|Office) (?:of|for) (?:the )?<P${i}>`).test(text));

/** "A, …, and B, …, signed …": the persons of the subject, joined by "and", before the verb. */
const signedActive: Rule = (view) => {
  const m = /^((?:[^<;:]|<[PLOD]\d+>(?:'s)?){0,260}?),? (?:(?:jointly|formally|also|today|yesterday|have|had|then|on [A-Z][a-z]+day) )*signed\b/.exec(view.template);
  if (!m) return [];
  const subject = m[1]!;
  // One clause: no other verb of speech or meeting, no relative clause, and the names joined by "and".
  if (!/\band\b/.test(subject) || /\b(?:said|says|met|told|announced|who|which|that|when|after|before|where|while)\b/.test(subject)) return [];
  const who = persons(view, subject);
  return who.length >= 2 && who.length <= 4 ? met(view, who, 'co-signed') : [];
};

/** "The memorandum was signed … by P and the X's Director, Q, in the presence of R". */
const signedBy: Rule = (view) => {
  const m = /\b(?:was|were|has been|had been|is|will be) (?:jointly |formally )?signed\b[^<;]{0,60}?(?:<[LO]\d+>(?:'s)?[^<;]{0,30}?){0,2}\bby ((?:[^;.]|<[PLOD]\d+>(?:'s)?)+?)(?:,? (?:in the presence of|witnessed by|before|who|which|after|on behalf)\b|[.;]|$)/.exec(view.template);
  if (!m || !/\band\b/.test(m[1]!)) return [];
  const who = persons(view, m[1]!);
  return who.length >= 2 && who.length <= 4 ? met(view, who, 'signed-by-persons') : [];
};

export const SIGNATORY_RULES: Rule[] = [guarded(/<P\d+>.*\bsigned\b|\bsigned\b.*\bby\b.*<P\d+>.*<P\d+>/, (view, doc) => [...signedActive(view, doc), ...signedBy(view, doc)])];
