// Suspects and the drugs of their case: "The driver, P, and his accomplice, Q,
// were arrested at the port" after a sentence stating "officers found 62
// kilograms of cannabis …"; "arrested a truck driver, P, after finding 4
// kilograms of X in his fuel tank"; "arrested a courier, P, with rhino horn in
// his luggage". The persons arrested deal in (traffic) the drugs seized in the
// same sentence or in the sentence just before; a drug only talked about
// ("the drugs were hidden …", "X use has doubled") is not a seizure.
import { type Rule, type View, type Candidate, M, LIST, refs } from './context.js';

const ARREST = '(?:arrested|detained|apprehended|captured|stopped|taken into custody)';
/** "was arrested", "have since been detained", "Among those arrested was". */
const PASSIVE = new RegExp(`\\b(?:was|were|(?:has|have|had)(?: [a-z]+)? been|being) ${ARREST}\\b`);
/** "the X arrested a Georgian truck driver, P", "police detained P and Q". */
const ACTIVE = new RegExp(`\\b(?:arrested|detained|apprehended) (?:(?:[^<.;,]|<D\\d+>){1,40}?, )?(${LIST('P')})`);
/** A seized amount of a drug: "48 kilograms of heroin", "4,000 ecstasy (MDMA) tablets", "1.2 tonnes of the group's cocaine". */
const AMOUNT = new RegExp(`\\b\\d[\\d.,]*(?:[^<;\\d]{0,30}?)\\(?(${M('S')})(?:\\)?(?:, | and | or |, and )(?:[^<;]{0,25}?)(${M('S')}))*`, 'g');
/** A drug carried by the person: "with rhino horn in his luggage", "carrying 2 kg of cocaine". */
const CARRIED = new RegExp(`\\b(?:with|carrying|possessing|holding|after finding|after discovering)\\b[^<;]{0,30}?(${M('S')})`, 'g');

/** The drugs of a sentence that come with a number (or, after the arrest, with the person). */
function seizedDrugs(view: View, from = 0): number[] {
  const t = view.template.slice(from);
  const out: number[] = [];
  for (const m of t.matchAll(AMOUNT)) out.push(...refs(m[0]));
  if (from > 0) for (const m of t.matchAll(CARRIED)) out.push(...refs(m[1]));
  return [...new Set(out)].filter((i) => view.mentions[i]!.type === 'Substance');
}

/** The named persons a sentence says were arrested, and where the arrest is stated. */
export function arrested(view: View): { persons: number[]; at: number } | null {
  const t = view.template;
  const passive = PASSIVE.exec(t);
  if (passive) {
    // "P1, 52, and a deckhand, P2, 31, were arrested": the persons of the clause before the verb.
    const clause = t.slice(0, passive.index).split(/; |, (?:who|which|when|while|after)\b/).at(-1)!;
    const persons = refs(clause).filter((i) => view.mentions[i]!.type === 'Person');
    // "Among those arrested was the broker P, who was detained …": the person after the verb.
    const among = /^(?:[^<]{0,30}\b)?Among (?:those|the [a-z]+) (?:arrested|detained)\b/.test(t) ? refs(t.slice(0, 120)).filter((i) => view.mentions[i]!.type === 'Person').slice(0, 1) : [];
    if (persons.length || among.length) return { persons: [...persons.slice(-4), ...among], at: passive.index };
  }
  const active = ACTIVE.exec(t);
  if (active) return { persons: refs(active[1]), at: active.index };
  return null;
}

const arresteesAndDrugs: Rule = (view) => {
  const who = arrested(view);
  if (!who || !who.persons.length) return [];
  const here = seizedDrugs(view, who.at);
  const prev = view.prev;
  // The seizure stated a sentence before: "Officers found 62 kg of cannabis … . The driver, P, was arrested."
  const before = here.length || !prev || !/\b(?:seiz|found|intercept|confiscat|uncover|discover|recover)/.test(prev.template) ? [] : seizedDrugs(prev);
  const out: Candidate[] = [];
  const persons = [...new Set(who.persons.map((p) => view.mentions[p]!.entity))];
  for (const p of persons) {
    for (const d of here) out.push({ type: 'INVOLVED_WITH', source: p, target: view.mentions[d]!.entity, rule: 'arrested-with', confidence: 0.55, properties: { action: 'traffics' }, evidence: [{ start: view.sentence.start, end: view.sentence.end }] });
    for (const d of before) out.push({ type: 'INVOLVED_WITH', source: p, target: prev!.mentions[d]!.entity, rule: 'arrested-after-seizure', confidence: 0.5, properties: { action: 'traffics' }, evidence: [{ start: prev!.sentence.start, end: view.sentence.end }] });
  }
  return out;
};

const CUE = new RegExp(`\\b(?:arrested|detained|apprehended|captured|stopped|custody)\\b`);
export const SUSPECT_RULES: Rule[] = [(view, doc) => (CUE.test(view.template) && view.template.includes('<P') ? arresteesAndDrugs(view, doc) : [])];
