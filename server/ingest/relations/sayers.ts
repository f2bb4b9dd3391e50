// The body that reports a seizure its officers made without naming them:
// "Norland customs officers have found 40 kilograms of heroin in a truck …,
// the State Customs Committee said" - the officers are the body's own, so the
// body deals (INVOLVED_WITH) in the drugs found. Only when no body or person
// is named before the seizure verb: "The X boarded a ship and found …, the Y
// said" is X's seizure (read by the other rules), Y only reports it.
import { type Rule, M, candidate, guarded, refs } from './context.js';

const SEIZED = '(?:seized|found|intercepted|confiscated|discovered|recovered|impounded|detected)';
/** The seizure up to the reporting body at the end: "…, the X (XO) said on Tuesday". */
const REPORTED = new RegExp(`^([^]*?)\\b(?:have |has |had )?${SEIZED}\\b([^]*?), (?:the )?(${M('O')})(?: \\([^)]*\\))? (?:said|says|reported|announced)\\b`, 'u');
/** A number before the drug: an amount seized, not a drug only talked about. */
const AMOUNT = new RegExp(`\\d[\\d.,]*[^<;\\d]{0,30}?(${M('S')})`, 'gu');

const reportedSeizure: Rule = (view) => {
  const m = REPORTED.exec(view.template);
  if (!m || new RegExp(M('OP')).test(m[1]!)) return [];
  const body = refs(m[3])[0]!;
  const drugs = [...m[2]!.matchAll(AMOUNT)].flatMap((a) => refs(a[1]));
  return drugs.map((d) => candidate(view, 'INVOLVED_WITH', body, d, 'reported-seizure', 0.6));
};

export const SAYER_RULES: Rule[] = [guarded(/(?:said|says|reported|announced)\b/, reportedSeizure)];
