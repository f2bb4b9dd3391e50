// People who stand for a body, where positions.ts reads other shapes: a post
// named with its region after the body ("the X Regional Representative for
// Central Asia, Ms P", "X's Regional Director for South Asia P") and a body
// "represented by" a person ("The X was represented by analyst P"). The person
// HOLDS_POSITION in the body; the region is where the post reaches, not the
// employer.
import { type Rule, type View, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

/** The head word of a post that can stand for a body abroad. */
const POST = '(?:Representative|Director(?:-General)?|Head|Chief|Coordinator|Co-ordinator|Adviser|Advisor|Commissioner|Attach[ée]|Officer|Envoy|Counsellor|Manager|Delegate)';
const HONORIFIC = '(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.? )?';

function holds(view: View, person: string | undefined, body: string | undefined, rule: string): Candidate | null {
  const [p] = refs(person);
  const [b] = refs(body);
  return p === undefined || b === undefined ? null : candidate(view, 'HOLDS_POSITION', p, b, rule, 0.7);
}

/** "the X Regional Representative for Central Asia, Ms P", "X's Regional Director for South Asia P". */
const regionalPost: Rule = (view) => matchAll(view, new RegExp(`(${M('O')})(?:'s)? (?:[A-Z][a-z-]+ ){0,3}${POST} (?:for|to) (?:the )?${M('L')}(?: and (?:the )?${M('L')})?,? ${HONORIFIC}(${M('P')})`, 'gu'),
  (m) => holds(view, m[2], m[1], 'regional-post'));

/** "The X was represented by analyst P", "X was represented by its Deputy Director, P". */
const representedBy: Rule = (view) => matchAll(view, new RegExp(`(${M('O')})(?: \\([^)<]*\\))? (?:was|were|is|are|will be) (?:also )?represented by (?:its |their |the )?(?:[A-Za-z-]+ ){0,4}?,? ?${HONORIFIC}(${M('P')})`, 'gu'),
  (m) => holds(view, m[2], m[1], 'represented-by'));

export const ENVOY_RULES: Rule[] = [guarded(/\brepresented by\b|\b(?:for|to) (?:the )?<L/, (view, doc) => (view.template.includes('<P') ? [...regionalPost(view, doc), ...representedBy(view, doc)] : []))];
