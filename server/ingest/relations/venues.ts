// Where an operation was carried out, said apart from its name: "The sweep,
// code-named Operation X, was carried out over a week in A and B and,
// simultaneously, in C", "It ran for a month in A, B and C" (the operation of
// the sentences before), "Searches were conducted in A and B". Every place of
// the list after "in" (and of a further "in" list joined by "and") is where
// the event took place (LOCATED_IN). A pronoun or a plain noun ("It", "The
// operation", "Raids") points to the event of the sentence or the four before
// (`eventNear`); a clause that names no event leaves it.
import { type Rule, type View, type Candidate, M, refs, candidate, guarded } from './context.js';
import { eventNear } from './takers.js';

const PLACES = `(?:the )?${M('L')}(?!'s)(?:(?:, | and |, and )(?:the )?${M('L')}(?!'s))*`;
/** The verb of taking place, its time words, then the first "in" list; a second "in" list may follow after "and". */
const WHERE = `(?:took place|ran|was held|was carried out|was conducted|were carried out|were conducted|were made|were held|took place simultaneously)(?: [^<.;]{0,40}?)? in (${PLACES})(?:(?: and)?,? (?:at the same time|simultaneously|also)?,? in (${PLACES}))?(?=[.,;]| on\\b| and\\b| from\\b| between\\b| during\\b|$)`;
/** "The sweep, code-named Operation X, was held …": the event named in the subject. */
const NAMED = new RegExp(`^(?:[^<]{0,40}?)(?:[Tt]he (?:action|operation|raids?|crackdown),? (?:code-?named |dubbed |called |named )?)?(<E\\d+>)(?:,[^<.;]{0,40}?,)?,? ${WHERE}`, 'u');
/** "It ran …", "The operation was held …", "Searches were conducted …": the event named before. */
const POINTED = new RegExp(`^(?:[^<]{0,30}?(?:, |: ))?(?:It|The (?:operation|action|crackdown|raids|searches|arrests)|Raids|Searches|Arrests|Simultaneous raids|Coordinated raids) ${WHERE}`, 'u');

function at(view: View, event: number, lists: Array<string | undefined>): Candidate[] {
  const places = lists.flatMap((l) => refs(l));
  return places.map((p) => ({ ...candidate(view, 'LOCATED_IN', p, p, 'event-venues', 0.65), source: event, target: view.mentions[p]!.entity }));
}

const venues: Rule = (view, doc) => {
  const named = NAMED.exec(view.template);
  if (named) return at(view, view.mentions[refs(named[1])[0]!]!.entity, [named[2], named[3]]);
  const pointed = POINTED.exec(view.template);
  if (!pointed) return [];
  const event = eventNear(view, doc);
  return event === undefined ? [] : at(view, event, [pointed[1], pointed[2]]);
};

export const VENUE_RULES: Rule[] = [guarded(/\b(?:took place|ran|was held|carried out|conducted|were made|were held)\b[^.;]* in </, venues)];
