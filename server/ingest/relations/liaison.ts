// Bodies that pass a case between them: "selected for inspection by the A
// after an alert from B", "detained by A after B shared her number", "arrested
// by A at the request of B", "X passed the information to Y", "X has asked Y
// to help trace …", "X is in contact with Y". Whoever hands over a tip, an
// alert or a request works with the body that acts on it (COOPERATES_WITH).
import { type Rule, type View, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

/** A body, perhaps owned ("Spain's X", "the Police's X", "the GdF's X"): the owner is left out. */
const BODY = `(?:the )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?(${M('O')})(?: \\([^)<]*\\))?`;
/** A partner: a body as above, or a country's authorities ("the Swedish authorities" is Sweden). */
const PARTNER = `(?:the )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?(${M('OL')}|<D\\d+>(?= (?:authorities|police|government|counterparts)\\b))`;
const TIP = '(?:alert|tip|tip-off|warning|information|intelligence|request|notification|lead)s?';

function pair(view: View, a: string | undefined, b: string | undefined, rule: string): Candidate | null {
  const [x] = refs(a);
  const [y] = refs(b);
  if (x === undefined || y === undefined || view.mentions[x]!.entity === view.mentions[y]!.entity) return null;
  return candidate(view, 'COOPERATES_WITH', x, y, rule, 0.6);
}

/** "selected by the A after an alert from B", "detained … by the A after the B shared …", "by A at the request of B". */
const actedAfter: Rule = (view) => matchAll(view, new RegExp(`\\bby ${BODY}(?:[^<.;]|<L\\d+>){0,40}? (?:after|following|on|upon) (?:an? |the )?(?:[a-z-]+ )?${TIP} (?:[a-z]+ )?(?:from|by) ${PARTNER}|\\bby ${BODY}(?:[^<.;]|<L\\d+>){0,40}? after ${BODY} (?:had )?(?:shared|passed|provided|sent|flagged|alerted|tipped off|reported)\\b|\\bby ${BODY}(?:[^<.;]|<L\\d+>){0,30}? at the request of ${PARTNER}`, 'gu'),
  (m) => pair(view, m[1] ?? m[3] ?? m[5], m[2] ?? m[4] ?? m[6], 'acted-after'));

/** "The X Coast Guard had tracked the boat … after an alert from the Y": the body opening the sentence acted on Y's tip. */
const SUBJECT_ACTS = '(?:had |has |have |then |later |also )*(?:tracked|intercepted|boarded|seized|stopped|arrested|detained|searched|inspected|selected|raided|found|identified|located|traced|dismantled)';
const actingSubject: Rule = (view) => matchAll(view, new RegExp(`^(?:[A-Z][^<,]{0,30}, )?(?:The )?${BODY} ${SUBJECT_ACTS}\\b[^.;]{0,140}? (?:after|following|upon) (?:an? |the )?(?:[a-z-]+ )?${TIP} (?:[a-z]+ )?(?:from|by) ${PARTNER}`, 'gu'),
  (m) => pair(view, m[1], m[2], 'subject-acted-after'));

/** "The X, an interagency body of Y, also passed the information to Z", "X forwarded the alert to the Swedish authorities". */
const passedTo: Rule = (view) => matchAll(view, new RegExp(`${BODY}(?:, [^<,]{1,60}(?:<O\\d+>)?,)? (?:has |have |had |also |then |later |quickly |immediately )*(?:passed|forwarded|sent|relayed|transmitted|handed) (?:on )?(?:the |an? |its |this |all |further )?(?:[a-z-]+ )?(?:information|intelligence|alert|tip|tip-off|data|details|evidence|findings|leads?)(?: on [^<,.]{1,40})? (?:on )?to ${PARTNER}`, 'gu'),
  (m) => pair(view, m[1], m[2], 'passed-to'));

/** "X has asked Y's Z in W to help trace …", "The X has also asked the Y to freeze their assets". */
const askedTo: Rule = (view) => matchAll(view, new RegExp(`${BODY} (?:has |have |had )?(?:also |formally |now )?(?:asked|requested|invited) ${BODY}(?: (?:in|at) ${M('L')})? to\\b`, 'gu'),
  (m) => pair(view, m[1], m[2], 'asked-to'));

/** "X is in contact with the Y", "X remains in close touch with Y". */
const inContact: Rule = (view) => matchAll(view, new RegExp(`${BODY} (?:is|are|was|were|has been|have been|remains?|remained|stays?|stayed) (?:also |now |already )?in (?:close |constant |regular |daily |direct |permanent |ongoing )?(?:contact|touch|communication) with ${PARTNER}`, 'gu'),
  (m) => pair(view, m[1], m[2], 'in-contact'));

const CUE = /\b(?:after|following|request|passed|forwarded|sent|relayed|transmitted|handed|asked|requested|invited|contact|touch|communication)\b/;
export const LIAISON_RULES: Rule[] = [guarded(CUE, (view, doc) => [...actedAfter(view, doc), ...actingSubject(view, doc), ...passedTo(view, doc), ...askedTo(view, doc), ...inContact(view, doc)])];
