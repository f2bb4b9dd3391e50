// Who took part in a meeting or an operation when the text lists them around
// it rather than with "took part in": observers ("A and B attended as
// observers"), delegations ("The X delegation included officials of A and B",
// "was headed by P", "Leading the X side was P"), hosts of a named meeting
// ("A and B held the fifth round of their Dialogue"), bodies that carried an
// operation out (and work together doing it, with any body that supported
// them), and the members of a body ("which brings together A, B and C",
// "the X, co-chaired by A and B", "Set up by A, B and C, it ...").
import { type Rule, type View, type Candidate, M, LIST, LIST_THE, candidate, matchAll, refs, guarded } from './context.js';
import { eventNear } from './takers.js';

/**
 * A list item with an optional owner or adjective: "the Albanian State Police", "Italy's Guardia di Finanza"
 * (the owner's name is not always a mention where it owns something).
 */
const ITEM = (letters: string) => `(?:the )?(?:${M('LO')}'s |\\p{Lu}\\p{Ll}+(?:'s)? (?=<O))?${M(letters)}`;
const ITEMS = (letters: string) => `${ITEM(letters)}(?:(?:, | and |, and | & )${ITEM(letters)})*`;
/** The items of a list, without their owners ("Italy's" in "Italy's Guardia di Finanza" describes the item). */
const items = (view: View, fragment: string, types: string[]) => {
  const owners = new Set(refs([...fragment.matchAll(/<[A-Z]\d+>'s/g)].map((x) => x[0]).join(' ')));
  return refs(fragment).filter((i) => !owners.has(i) && types.includes(view.mentions[i]!.type));
};

const toEvent = (view: View, source: number, event: number, rule: string, confidence: number): Candidate =>
  ({ ...candidate(view, 'PARTICIPATED_IN', source, source, rule, confidence), target: event });

const pairs = (view: View, ids: number[], rule: string, confidence: number): Candidate[] => {
  const out: Candidate[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push(candidate(view, 'COOPERATES_WITH', ids[i]!, ids[j]!, rule, confidence));
  return out;
};

/** "The A, the B and the C attended as observers.": the meeting is the one named just before. */
const observers: Rule = (view, doc) => matchAll(view,
  new RegExp(`^(?:[^<]{0,25}?)(${ITEMS('OL')}) (?:also )?(?:attended|took part|participated)(?: (?:as observers?|as guests?|in person|virtually|online))?(?=[,.;]|$)`, 'gu'),
  (m) => {
    const event = eventNear(view, doc);
    return event === undefined ? null : items(view, m[1]!, ['Organization', 'Location']).map((a) => toEvent(view, a, event, 'observers', 0.65));
  });

/** "The Mexican delegation included officials of the A, the B and C", "X was represented by the A and the B". */
const delegation: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\b(?:delegation|side|team)s? (?:also )?(?:included|includes|comprised|consisted of|was made up of) (?:senior )?(?:officials|representatives|officers|members|experts|staff)? ?(?:of|from)? ?(${ITEMS('O')})|\\b(?:was|were) represented by (${ITEMS('O')})`, 'gu'),
  (m) => {
    const event = eventNear(view, doc);
    return event === undefined ? null : items(view, m[1] ?? m[2]!, ['Organization']).map((a) => toEvent(view, a, event, 'delegation', 0.65));
  });

/** "The Canadian delegation was headed by P", "Leading the Mexican side was P": the head of a delegation attends. */
const delegationHead: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\b(?:delegation|side|team) (?:was|is) (?:headed|led) by (?:[\\p{L}.]+ ){0,3}?(${M('P')})|^(?:Leading|Heading) the (?:<D\\d+> |\\p{Lu}\\p{Ll}+ )?(?:delegation|side|team) (?:was|is) (?:[\\p{L}.]+ ){0,3}?(${M('P')})`, 'gu'),
  (m) => {
    const event = eventNear(view, doc);
    return event === undefined ? null : toEvent(view, refs(m[1] ?? m[2])[0]!, event, 'delegation-head', 0.65);
  });

/** "Canada and Mexico held the fifth round of their bilateral Dialogue": the hosts take part and work together. */
const heldEvent: Rule = (view) => matchAll(view,
  new RegExp(`(${LIST_THE('LO')}) (?:jointly |also )?(?:held|hold|holds|co-hosted|co-host|convened|co-chaired) (?:the |their |a |an )?(?:[^<.]{0,50}? )?(${M('E')})`, 'gu'),
  (m) => {
    const hosts = refs(m[1]);
    const event = refs(m[2])[0]!;
    return [...hosts.map((h) => candidate(view, 'PARTICIPATED_IN', h, event, 'held-event', 0.7)), ...pairs(view, hosts, 'held-event', 0.65)];
  });

/** The event a sentence is about: one it names, else "The operation" or "It" for the last one named before. */
function eventAbout(view: View, doc: Doc): number | undefined {
  const here = refs(view.template).find((i) => view.mentions[i]!.type === 'Event');
  if (here !== undefined) return view.mentions[here]!.entity;
  if (!/^(?:[^<]{0,20}\b)?(?:[Tt]he (?:operation|raids?|investigation|crackdown|sweep|exercise|patrol)|It)\b/.test(view.template)) return undefined;
  return eventNear(view, doc);
}
type Doc = Parameters<Rule>[1];

/** "The operation was carried out by the A and the B, with the support of C's D": all took part; A and B worked together, and with D. */
const carriedOutBy: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\b(?:carried out|conducted|executed|mounted|implemented|undertaken|coordinated|co-ordinated|led|directed|run|investigated|launched) (?:jointly )?(?:in (?:[A-Z][a-z]+ )?(?:(?:19|20)\\d\\d )?)?(?:from (?:the )?${M('L')} )?by (${ITEMS('OL')})(?: (?:of|under) (?:the )?${M('O')})?(?:,? (?:together|jointly|in cooperation|in co-operation|in coordination) with (${ITEMS('O')}))?(?:,? (?:with the (?:[a-z]+ )?(?:support|assistance|help|backing) of|supported by|assisted by) (${ITEMS('O')}))?`, 'gu'),
  (m) => {
    // Countries run things too ("run by Thailand and Myanmar with the support of X"), but only beside a helper or another body.
    const leads = items(view, m[1]!, m[3] ? ['Organization', 'Location'] : ['Organization']);
    // A co-agent after "together with" takes part like one listed after "by" ("conducted by the A of the B, together
    // with the C"; B only says whose unit A is) and works with the leads, but co-agents listed together are not paired
    // with each other: the sentence says each worked with the lead.
    const partners = m[2] ? items(view, m[2], ['Organization']) : [];
    const agents = [...leads, ...partners];
    const helpers = m[3] ? items(view, m[3], ['Organization']) : [];
    const out = pairs(view, leads, 'carried-out-by', 0.65);
    for (const p of partners) for (const a of leads) out.push(...pairs(view, [a, p], 'carried-out-with', 0.6));
    for (const h of helpers) for (const a of agents) out.push(...pairs(view, [a, h], 'carried-out-support', 0.55));
    const event = eventAbout(view, doc);
    if (event !== undefined) {
      out.push(...agents.map((a) => toEvent(view, a, event, 'carried-out-by', 0.7)));
      out.push(...helpers.map((h) => toEvent(view, h, event, 'carried-out-support', 0.6)));
    }
    return out;
  });

/** "the X, which brings together the A, B and C", "the X, co-chaired by A and B": members of X. */
const membersOf: Rule = (view) => matchAll(view,
  new RegExp(`(${M('O')}),? (?:which |that )?(?:brings|will bring|brought|bringing|bring) together (?:(?:officers|staff|analysts|investigators|agents|personnel|representatives|experts) (?:of|from) )?(${ITEMS('OL')})|(${M('O')}),? (?:which (?:is|was) )?(?:co-chaired|chaired|comprising|composed of|made up of) (?:by )?(${ITEMS('OL')})`, 'gu'),
  (m) => {
    const body = refs(m[1] ?? m[3])[0]!;
    return items(view, m[2] ?? m[4]!, ['Organization', 'Location']).map((a) => candidate(view, 'MEMBER_OF', a, body, 'brings-together', 0.7));
  });

/** "Set up in 2007 by A, B and C, it pools intelligence": the founders of the body the sentence before named. */
const setUpBy: Rule = (view) => {
  const m = new RegExp(`^(?:Set up|Founded|Established|Created|Launched)(?: in [^<,]{1,30})? by (${ITEMS('OLD')}),? (?:it|the (?:centre|center|body|agency|organi[sz]ation|network|group|unit|taskforce|task force|initiative))\\b`, 'u').exec(view.template);
  const prev = view.prev;
  if (!m || !prev) return [];
  const body = refs(prev.template).filter((i) => prev.mentions[i]!.type === 'Organization').at(-1);
  if (body === undefined) return [];
  const target = prev.mentions[body]!.entity;
  return refs(m[1]).filter((f) => view.mentions[f]!.kind !== 'demonym').map((f) => ({ ...candidate(view, 'FOUNDED', f, f, 'set-up-by', 0.7), target }));
};

/** "the 26th Annual Conference of the X": X holds its own meeting. */
const meetingOfBody: Rule = (view) => matchAll(view, new RegExp(`(${M('E')}) of (?:the )?(${M('O')})(?!'s)`, 'gu'),
  (m) => candidate(view, 'PARTICIPATED_IN', refs(m[2])[0]!, refs(m[1])[0]!, 'meeting-of', 0.65));

/** "The 26th Conference of the X was held in Y, Z": the meeting took place there. */
const meetingHeld: Rule = (view) => matchAll(view,
  new RegExp(`(${M('E')}) of (?:the )?${M('O')} (?:was|were|is|will be) (?:held|hosted|convened|staged|organi[sz]ed) in (?:the )?(${M('L')})`, 'gu'),
  (m) => candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'meeting-held', 0.7));

/** "A, B and C were elected to the steering committee of the X": seats on X's organs are membership of X. */
const electedTo: Rule = (view) => matchAll(view,
  new RegExp(`(${LIST('LO')}) (?:was|were|have been|has been) (?:elected|admitted|appointed) (?:as members? )?to (?:the )?(?:[a-z -]{0,30}(?:committee|board|council|bureau) of (?:the )?)?(${M('O')})`, 'gu'),
  (m) => refs(m[1]).map((a) => candidate(view, 'MEMBER_OF', a, refs(m[2])[0]!, 'elected-to', 0.65)));

export const GATHERING_RULES: Rule[] = [
  guarded(/\b(?:elected|admitted|appointed) (?:as members? )?to\b/, electedTo),
  guarded(/<E\d+> of (?:the )?<O/, meetingOfBody), guarded(/<E\d+> of (?:the )?<O\d+> [a-z ]+ in /, meetingHeld),
  guarded(/\b(?:attended|took part|participated)(?: (?:as|in|virtually|online)[a-z ]*)?[,.;]?$/, observers),
  guarded(/\b(?:included|includes|comprised|consisted|made up|represented by)\b/, delegation),
  guarded(/\b(?:headed|led) by\b|^(?:Leading|Heading) the\b/, delegationHead),
  guarded(/\b(?:held|hold|holds|co-host|convened|co-chaired)\b.*<E\d+>/, heldEvent),
  guarded(/\b(?:carried out|conducted|executed|mounted|implemented|undertaken|coordinated|co-ordinated|led|directed|run|investigated|launched) (?:jointly )?(?:in (?:[A-Z][a-z]+ )?(?:(?:19|20)\d\d )?)?(?:from (?:the )?<L\d+> )?by\b/, carriedOutBy),
  guarded(/\b(?:together|chaired|comprising|composed of|made up of)\b/, membersOf),
  guarded(/^(?:Set up|Founded|Established|Created|Launched)\b/, setUpBy),
];
