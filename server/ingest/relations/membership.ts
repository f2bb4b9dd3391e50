// Members listed after the body rather than before it: "the X, which is based
// in Y and whose member states include A, B and C", "Members of the X include
// A and B", "The X's member agencies are A, B and C". Each state or body
// listed is a member of X. (Lists before the body, "A and B are members of X",
// are read in appositions.ts; colon rosters in rosters.ts.)
import { type Rule, type Candidate, type View, M, LIST_THE, candidate, matchAll, refs, guarded } from './context.js';

const MEMBERS = '(?:members|member (?:states|countries|nations|agencies|organi[sz]ations|bodies|services|institutions))';
const VERB = '(?:include|includes|included|are|were|comprise|comprises|comprised)';
/** The members: places or bodies, "the" allowed before each. */
const ITEMS = `(${LIST_THE('LO')})`;

function members(view: View, list: string | undefined, body: number, rule: string): Candidate[] {
  return refs(list).filter((i) => view.mentions[i]!.kind !== 'demonym' && view.mentions[i]!.entity !== view.mentions[body]!.entity)
    .map((i) => candidate(view, 'MEMBER_OF', i, body, rule, 0.7));
}

/** "…, whose member states include A, B and C": the body is the last one named before "whose". */
const whoseMembers: Rule = (view) => matchAll(view, new RegExp(`\\bwhose (?:current )?${MEMBERS} (?:also )?${VERB}:? ${ITEMS}`, 'gu'), (m) => {
  const body = refs(view.template.slice(0, m.index)).filter((i) => view.mentions[i]!.type === 'Organization').at(-1);
  return body === undefined ? null : members(view, m[1], body, 'whose-members');
});

/** "Members of the X include A and B", "The X's member states are A, B and C". */
const membersAre: Rule = (view) => matchAll(view, new RegExp(`(?:\\b${MEMBERS} of (?:the )?(${M('O')})|(${M('O')})(?: \\([^)<]*\\))?'s (?:current )?${MEMBERS})(?: \\([^)<]*\\))? (?:also )?${VERB}:? ${ITEMS}`, 'giu'),
  (m) => members(view, m[3], refs(m[1] ?? m[2])[0]!, 'members-are'));

export const MEMBERSHIP_RULES: Rule[] = [guarded(/\b[Mm]ember/, (view, doc) => [...whoseMembers(view, doc), ...membersAre(view, doc)])];
