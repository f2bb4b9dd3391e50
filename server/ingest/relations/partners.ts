// Bodies named as partners in the way a case is worked, where the sentence
// gives the partner but not the word "cooperate": "X had shared the suspects'
// details with Y's Z and with W" (what is shared is any record, not only
// "intelligence", and the subject need not open the sentence), "X's liaison
// officer in Y worked with Z" (the owner of the staff is the partner), and a
// fronted partner "With the X, the Y traced the finances of …". Each makes the
// two bodies COOPERATES_WITH; an owner before a partner ("Morocco's X") is left
// out, as in liaison.ts.
import { type Rule, type View, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

/** A body, perhaps owned ("Spain's X", "the Police's X"), perhaps placed ("X in Windhoek"): the owner and place are left out. */
const BODY = `(?:the )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?(${M('O')})(?: \\([^)<]*\\))?`;
/** A partner: a body as above, or a country's authorities. */
const PARTNER = `(?:the )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?(?:${M('OL')}|<D\\d+>(?= (?:authorities|police|government|counterparts)\\b))(?: \\([^)<]*\\))?`;
/** What one body hands another: a case's records, not only its "intelligence". */
const RECORD = '(?:information|intelligence|data|details|evidence|findings|records|leads|files|results|photographs|numbers)';

function pairs(view: View, actor: number | undefined, partners: number[], rule: string): Candidate[] {
  if (actor === undefined) return [];
  return partners.filter((p) => view.mentions[p]!.entity !== view.mentions[actor]!.entity)
    .map((p) => candidate(view, 'COOPERATES_WITH', actor, p, rule, 0.6));
}
/** The partners of a matched list, each without its owner ("Morocco's <O3>" is <O3>). */
const partnersOf = (list: string | undefined) => refs(list?.replace(/<[A-Z]\d+>'s /g, '').replace(/ in <L\d+>/g, ''));

/** "X (in Y) had shared the importer's phone data with the Z and with W's V". */
const sharedWith: Rule = (view) => matchAll(view, new RegExp(`${BODY}(?: (?:in|at) ${M('L')})? (?:has |have |had |also |then |later |already |since |quickly )*(?:shared|exchanged|swapped) (?:the |an? |its |their |all |further )?(?:[\\p{L}-]+'s? )?(?:[a-z-]+ ){0,2}${RECORD}(?: (?:on|of|about) [^<,.]{1,40})? with (${PARTNER}(?:(?:,? and |, )(?:also )?(?:with )?${PARTNER})*)`, 'gu'),
  (m) => pairs(view, refs(m[1])[0], partnersOf(m[2]), 'shared-with'));

/** "X's liaison officer in Y worked with Z", "the X's investigators worked closely with the Z". */
const staffWith: Rule = (view) => matchAll(view, new RegExp(`(${M('O')})'s (?:[a-z-]+ ){0,2}(?:officers?|officials?|agents?|investigators?|detectives?|attach[ée]s?|teams?|analysts?)(?: (?:in|at) ${M('L')})? (?:has |have |had |also |then )*(?:worked|works|work|cooperated|cooperates|partnered|liaised) (?:closely |together |jointly )?with (${PARTNER}(?:(?:,? and |, )(?:with )?${PARTNER})*)`, 'gu'),
  (m) => pairs(view, refs(m[1])[0], partnersOf(m[2]), 'staff-with'));

/** "With the X, the Y traced the finances of …": a partner put first, then the body that acted. */
const frontedWith: Rule = (view) => matchAll(view, new RegExp(`^(?:Together )?[Ww]ith (${PARTNER}(?:(?:,? and |, )${PARTNER})*), ${BODY} (?:also |then |has |had |have )*(?:traced|investigated|tracked|identified|dismantled|arrested|detained|seized|intercepted|uncovered|located|raided|carried out|conducted|ran|launched|followed|mapped|disrupted)\\b`, 'gu'),
  (m) => pairs(view, refs(m[2])[0], partnersOf(m[1]), 'fronted-with'));

const CUE = /\b(?:shared|exchanged|swapped|[Ww]ith)\b/;
export const PARTNER_RULES: Rule[] = [guarded(CUE, (view, doc) => [...sharedWith(view, doc), ...staffWith(view, doc), ...frontedWith(view, doc)])];
