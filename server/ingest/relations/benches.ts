// The prosecution side of a case, in shapes the legal rules do not read:
// - "P, a Ruritanian national wanted in Ruritania for fraud": the country that
//   wants a person charges them (CHARGED_BY), only for a country;
// - "has been charged by the public prosecutor of X" with X a town, not a
//   named office: the town's prosecution charges the person;
// - "The case is prosecuted by the X. State counsel P told the court …": the
//   counsel named right after the body that prosecutes holds a post in it;
// - "For the Republic of X: P, Minister of Y": a signatory line of an
//   agreement gives P a post of the country (or body) signed for.
import { COUNTRY_NAMES } from '../lookup.js';
import { type Rule, type View, type Doc, M, candidate, guarded, matchAll, refs } from './context.js';
import { passiveSubjects, emit } from './legal.js';

const isCountry = (view: View, doc: Doc, ref: number) => COUNTRY_NAMES.has(doc.entities[view.mentions[ref]!.entity]!.name);

/** "P, a Ruritanian businessman wanted in Ruritania for …", "P, who had been wanted in X since 2023". */
const wantedIn: Rule = (view, doc) => matchAll(view, new RegExp(`(${M('P')})(?:, \\d{1,3})?(?:,? (?:a|an|who (?:is|was|has been|had been)|is|was|has been|had been)(?: [a-zA-Z-]+| ${M('LD')}){0,4})? wanted (?:by the authorities )?in (${M('L')})(?= for| over| on| since| in connection|,|\\.|$)`, 'gu'),
  (m) => {
    const place = refs(m[2])[0]!;
    return isCountry(view, doc, place) ? candidate(view, 'CHARGED_BY', refs(m[1])[0]!, place, 'wanted-in', 0.65) : null;
  });

/** "has been charged by the public prosecutor of X" (X a town): the persons of the clause. */
const townProsecutor: Rule = (view) => matchAll(view, new RegExp(`\\b(?:was|were|has|have|had)(?: since| now| also)?(?: been)? charged by the (?:public |state |district )?prosecutor(?:'s office)? (?:of|in) (${M('L')})`, 'giu'),
  (m) => emit(view, 'CHARGED_BY', passiveSubjects(view, m.index), refs(m[1])[0]!, 'town-prosecutor'));

const CASE = /\b(?:case|prosecution|cases) (?:is|was|has been|had been|are|were|will be) (?:being )?(?:prosecuted|conducted|led|handled|brought) by (?:the )?(<O\d+>)/;
const COUNSEL = new RegExp(`^(?:(?:Principal|Senior|Chief|Assistant|Deputy|Lead) )*(?:[Ss]tate|[Cc]rown|[Pp]ublic|[Pp]rosecuting) (?:[Cc]ounsel|[Aa]ttorney|[Pp]rosecutor)(?:, | )(${M('P')})`);
/** "The prosecution was conducted by the X. Senior State Counsel P told the court …": P serves X. */
const counsel: Rule = (view) => {
  const m = COUNSEL.exec(view.template);
  const before = view.prev ? CASE.exec(view.prev.template) : null;
  if (!m || !before) return [];
  const body = view.prev!.mentions[refs(before[1])[0]!]!.entity;
  const c = candidate(view, 'HOLDS_POSITION', refs(m[1])[0]!, refs(m[1])[0]!, 'counsel-of-case', 0.6, { role: 'counsel' });
  return [{ ...c, target: body, evidence: [{ start: view.prev!.sentence.start, end: view.sentence.end }] }];
};

/** "For the Republic of X: P, Minister of Y" (a line of its own, under an agreement). */
const signedFor: Rule = (view) => matchAll(view, new RegExp(`^For (?:the )?(?:(?:Republic|Kingdom|Union|State|Federation|Principality|Government) of (?:the )?)?(${M('LO')}): (${M('P')}), (?:the )?(?:[A-Z][a-z]+ ){0,3}(?:Minister|Secretary|Ambassador|Commissioner|Director|Chief|President|Head)\\b`, 'gu'),
  (m) => candidate(view, 'HOLDS_POSITION', refs(m[2])[0]!, refs(m[1])[0]!, 'signed-for', 0.65));

export const BENCH_RULES: Rule[] = [
  guarded(/\bwanted\b/, wantedIn),
  guarded(/\bprosecutor\b/i, townProsecutor),
  guarded(/(?:[Cc]ounsel|[Aa]ttorney|[Pp]rosecutor) <P/, counsel),
  guarded(/^For /, signedFor),
];
