// Bodies that run an operation or a course, said with the body as subject or
// agent, where events.ts and gatherings.ts read other shapes: "A and B officers
// carried out Operation X" (active, the bodies listed, their staff after the
// list), "The eight-week X was delivered by the Y" (a course or programme given
// by a body), and "Forty officers of the Y graduated from the X" (the body
// whose staff attended). Each body PARTICIPATED_IN the event; the bodies listed
// together in the active form also work together.
import { type Rule, type View, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

/** A body or country, perhaps owned ("Spain's X"): the owner is left out. */
const ITEM = `(?:the )?(?:${M('L')}'s )?${M('OL')}(?: \\([^)<]*\\))?`;
const ITEMS = `${ITEM}(?:(?:, | and |, and )${ITEM})*`;
const STAFF = '(?:officers|agents|investigators|teams|units|forces|personnel|officials)';

function took(view: View, list: string, event: string | undefined, rule: string, together: boolean): Candidate[] {
  const e = refs(event)[0];
  if (e === undefined) return [];
  const bodies = refs(list.replace(/<L\d+>'s /g, ''));
  const out = bodies.map((b) => candidate(view, 'PARTICIPATED_IN', b, e, rule, 0.6));
  if (together) for (let i = 1; i < bodies.length; i++) out.push(candidate(view, 'COOPERATES_WITH', bodies[0]!, bodies[i]!, rule, 0.6));
  return out;
}

/** "From 8 to 26 May, A and B officers carried out Operation X", "officers of A and B launched the X" ("In May 2025 the A … conducted X": a date without a comma). */
const ranIt: Rule = (view) => matchAll(view, new RegExp(`(?:^(?:[A-Z][^<]{0,40}?, |(?:In|On|During|Between|From|Last|This|Earlier) [^<,]{1,30}? )?|, (?:when|after|as) )(?:[A-Z][a-z]+ )?(?:(?:${STAFF}|Officers|Investigators|Agents|Teams) (?:of|from) )?(${ITEMS})(?: ${STAFF})? (?:have |has |had |jointly |also |together |then )*(?:carried out|conducted|launched|mounted|ran|staged|executed)(?: jointly| together)? (?:the |an? )?(?:[a-z-]+ )?(${M('E')})`, 'gu'),
  (m) => took(view, m[1]!, m[2], 'ran-operation', true));

/** "The eight-week X was delivered by the Y", "The X is organised by Y and Z". */
const givenBy: Rule = (view) => matchAll(view, new RegExp(`(${M('E')})(?: \\([^)<]*\\))? (?:was|is|were|are|has been|will be) (?:jointly )?(?:delivered|organi[sz]ed|hosted|taught|given|sponsored|funded|facilitated) (?:jointly )?by (${ITEMS})`, 'gu'),
  (m) => took(view, m[2]!, m[1], 'given-by', false));

/** "Forty-two officers of the Y graduated today from the first X". */
const graduated: Rule = (view) => matchAll(view, new RegExp(`\\b(?:${STAFF}|students|participants|members|cadets|recruits) (?:of|from) (${ITEMS}) (?:have |has |had )?(?:graduated|completed|finished|attended)(?: [a-z]+){0,2}? (?:from |in )?(?:the |an? )?(?:[a-z-]+ )?(${M('E')})`, 'gu'),
  (m) => took(view, m[1]!, m[2], 'graduated-from', false));

const CUE = /\b(?:carried out|conducted|launched|mounted|ran|staged|executed|delivered|organi[sz]ed|hosted|taught|given|sponsored|funded|facilitated|graduated|completed|finished|attended)\b/;
export const OPERATOR_RULES: Rule[] = [guarded(CUE, (view, doc) => (view.template.includes('<E') ? [...ranIt(view, doc), ...givenBy(view, doc), ...graduated(view, doc)] : []))];
