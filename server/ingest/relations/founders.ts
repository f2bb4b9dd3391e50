// Who set a body or programme up, where interaction.ts reads the plain "X was
// founded by Y": a short form or a relative clause between the name and the
// verb ("X (XO), whose headquarters are in A, was established by the Y in
// 2014"), and a unit set up "at", "within" or "under" its parent ("The X was
// set up at the Y in 2016", "a unit which was set up under the Z programme").
// The founder FOUNDED the body.
import { type Rule, M, LIST_THE, candidate, matchAll, refs, guarded } from './context.js';

const PATTERN = new RegExp(`(${M('OEX')})(?: \\([^)<]*\\))?(?:,? (?:whose|which|that|based|headquartered|located)\\b(?:[^<,;]|<L\\d+>){0,60},)? (?:which |that )?(?:was|were|has been|had been) (?:formally |jointly |originally |first )?(?:established|founded|created|set up|launched)(?: in (?:19|20)\\d\\d)? (?:by|at|within|under) (?:the )?(${LIST_THE('OL')})`, 'gu');

const founded: Rule = (view) => matchAll(view, PATTERN, (m) => {
  const body = refs(m[1])[0]!;
  return refs(m[2]).filter((f) => view.mentions[f]!.kind !== 'demonym' && view.mentions[f]!.entity !== view.mentions[body]!.entity)
    .map((f) => candidate(view, 'FOUNDED', f, body, 'set-up-at', 0.65));
});

export const FOUNDER_RULES: Rule[] = [guarded(/\b(?:established|founded|created|set up|launched)(?: in (?:19|20)\d\d)? (?:by|at|within|under)\b/, founded)];
