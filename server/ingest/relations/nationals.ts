// Nationality said next to the name, in shapes positions.ts does not read: a
// demonym before an occupation in apposition ("P, a Valdorian freight agent,"),
// a country name used as the adjective ("P, a Ruritania national,"), the
// copula ("The pilot, P, is a Valdorian national") and a described person
// named afterwards ("A Valdorian detainee, P,", "a 30-year-old Valdorian man
// identified as P"). The person has the NATIONALITY of the country.
import { COUNTRY_NAMES } from '../lookup.js';
import { type Rule, type View, type Doc, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

/** Nouns after a demonym that name a body or a thing, not a person: "P, a Valdorian company,". */
const NOT_A_PERSON = /^(?:company|companies|firm|court|agency|ministry|newspaper|daily|group|bank|vessel|ship|boat|tanker|trawler|police|authorities|government|embassy|consulate|port|city|town|province|brand|website|outlet|unit|force|navy|army|official statement|registered|flagged)$/;
const AGE = '(?: \\(\\d{1,3}\\))?,(?: \\d{1,3},)?';
const YEARS = '(?:\\d{1,3}-year-old )?';

/** A demonym, or a place that is a country: "Ruritania national". */
function country(view: View, doc: Doc, ref: number, allowPlace: boolean): boolean {
  const m = view.mentions[ref]!;
  if (m.kind === 'demonym') return true;
  return allowPlace && m.type === 'Location' && COUNTRY_NAMES.has(doc.entities[m.entity]!.name);
}

function nationality(view: View, person: string | undefined, place: string | undefined, rule: string, confidence: number): Candidate | null {
  const [p] = refs(person);
  const [c] = refs(place);
  return p === undefined || c === undefined ? null : candidate(view, 'NATIONALITY', p, c, rule, confidence);
}

/** "P, a Valdorian freight agent," "P, an Ostrian national living in X": the words after the demonym describe P. */
const appositionNational: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('P')})${AGE} an? ${YEARS}(${M('DL')}) ((?:[a-z][a-z-]* ){0,1}[a-z][a-z-]*)(?=[,.;]| who\\b| and\\b| living\\b| based\\b| resident\\b| residing\\b|$)`, 'gu'),
  (m) => {
    const words = m[3]!;
    const isPlace = view.mentions[refs(m[2])[0]!]!.kind !== 'demonym';
    // A country name as the adjective only before "national"/"citizen": "P, a Lisbon lawyer" says where P works.
    if (isPlace ? !/^(?:national|citizen)$/.test(words) : words.split(' ').some((w) => NOT_A_PERSON.test(w))) return null;
    if (!country(view, doc, refs(m[2])[0]!, true)) return null;
    return nationality(view, m[1], m[2], 'apposition-demonym', 0.75);
  });

/** "The pilot, P, is a Valdorian national", "P was an Ostrian citizen". */
const copulaNational: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('P')})(?:${AGE})? (?:is|was) (?:also )?an? (${M('DL')}) (?:national|citizen)\\b`, 'gu'),
  (m) => (country(view, doc, refs(m[2])[0]!, true) ? nationality(view, m[1], m[2], 'copula-national', 0.8) : null));

/** "A Valdorian detainee, P,", "a 30-year-old Valdorian man identified as P", "an Ostrian lorry driver named P". */
const describedThenNamed: Rule = (view, doc) => matchAll(view,
  new RegExp(`(?:^|[\\s(,;:–"])[Aa]n? ${YEARS}(${M('D')}) ((?:[a-z][a-z-]* ){0,1}[a-z][a-z-]*)(?:, | (?:identified as|named|called) )(${M('P')})(?=[,.;]| who\\b| and\\b| was\\b| is\\b| has\\b|$)`, 'gu'),
  (m) => {
    if (m[2]!.split(' ').some((w) => NOT_A_PERSON.test(w))) return null;
    return country(view, doc, refs(m[1])[0]!, false) ? nationality(view, m[3], m[1], 'described-national', 0.75) : null;
  });

export const NATIONAL_RULES: Rule[] = [
  guarded(/<P\d+>(?: \(\d{1,3}\))?,(?: \d{1,3},)? an? (?:\d{1,3}-year-old )?<[DL]\d+> [a-z]/, appositionNational),
  guarded(/<P\d+>.{0,8}(?:is|was) (?:also )?an? <[DL]\d+> (?:national|citizen)\b/, copulaNational),
  guarded(/\b[Aa]n? (?:\d{1,3}-year-old )?<D\d+> [a-z][^<]{0,30}<P\d+>/, describedThenNamed),
];
