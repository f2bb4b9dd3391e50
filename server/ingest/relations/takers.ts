// Who took part, led or raided: participant lists announced with a
// colon ("The following countries took part: A, B and C"), events led by
// several bodies (who then also work together), and drug laboratories raided
// or found somewhere (the raiding body seizes the drug; the place produces it).
import { type Rule, type View, type Doc, type Candidate, M, LIST_THE, candidate, matchAll, refs, guarded } from './context.js';

/** A body, possibly owned: "Poland's Central Bureau", "the Y". */
const OWNED = `(?:the )?(?:${M('L')}'s )?${M('O')}(?: \\([^)<]*\\))?`;
const OWNED_LIST = `${OWNED}(?:(?:, | and |, and )${OWNED})*`;
const orgs = (view: View, fragment: string) => refs(fragment).filter((i) => view.mentions[i]!.type === 'Organization');

/** The event this sentence names, else the last one named in the few sentences before it (a list follows its event). */
export function eventNear(view: View, doc: Doc): number | undefined {
  const here = refs(view.template).find((i) => view.mentions[i]!.type === 'Event');
  if (here !== undefined) return view.mentions[here]!.entity;
  const k = doc.views.indexOf(view);
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const v = doc.views[j]!;
    const found = refs(v.template).filter((i) => v.mentions[i]!.type === 'Event');
    if (found.length) return v.mentions[found.at(-1)!]!.entity;
  }
  return undefined;
}

const to = (view: View, source: number, event: number, rule: string, confidence: number, role?: string): Candidate =>
  ({ ...candidate(view, 'PARTICIPATED_IN', source, source, rule, confidence, role ? { role } : undefined), target: event });

/** "The following countries took part: A, B and C, together with D", "Participating agencies were A and B". */
const participantList: Rule = (view, doc) => matchAll(view, new RegExp(`\\b(?:[Tt]he following|[Pp]articipating) (?:countries|states|agencies|forces|services|bodies|organi[sz]ations|partners|nations)(?: [a-z]+){0,2}? (?:took part|participated|joined|were|included|are)(?: in (?:the )?(?:operation|meeting|action|exercise))?:? (${LIST_THE('LO')}(?:,? (?:together with|as well as|along with|plus) ${LIST_THE('LO')})?)`, 'gu'), (m) => {
  const event = eventNear(view, doc);
  if (event === undefined) return null;
  return refs(m[1]).map((a) => to(view, a, event, 'participant-list', 0.7));
});

/**
 * People of a training or meeting described by where they came from: "Instructors came from A, B and C",
 * "Participants came from police services of EU states and of partners, including A and B", "Dialogue partners
 * attending included A and B". Each body or country named takes part in the event of the sentence or just before.
 */
const PEOPLE = '(?:[Ii]nstructors|[Tt]rainers|[Ll]ecturers|[Pp]articipants|[Dd]elegates|[Dd]elegations|[Tt]rainees|[Ss]peakers|[Ee]xperts|[Oo]bservers|(?:[A-Z][a-z]+ )?[Pp]artners)';
const TAKER = `(?:the )?(?:${M('L')}'s )?${M('LO')}(?: \\([^)<]*\\))?`;
const cameFrom: Rule = (view, doc) => matchAll(view, new RegExp(`^(?:[A-Z][a-z-]+ )?${PEOPLE}(?: attending| present)? (?:came from|were drawn from|included|represented)(?: [^.;]{0,100}?(?:,? including|, such as))? (${TAKER}(?:(?:, | and |, and )${TAKER})*)`, 'gu'), (m) => {
  const event = eventNear(view, doc);
  return event === undefined ? null : takersIn(view, m[1]!, event, 'came-from', 0.65);
});

/** Each body or country of a list takes part in `event`; "China's Ministry of X": the ministry does, its owner is only named. */
function takersIn(view: View, list: string, event: number, why: string, confidence: number) {
  return refs(list).filter((a) => !list.includes(`<L${a}>'s`)).map((a) => to(view, a, event, why, confidence));
}

/**
 * tune18: the same told inside a sentence about the course: "The course was delivered by the X, with trainers from
 * the A, B and the C", "… , with instructors from A and B": each body or country named takes part in the event of
 * the sentence or just before (the deliverer is read by the operators rules).
 */
const withTrainers: Rule = (view, doc) => matchAll(view, new RegExp(`\\b(?:with|including|and) (?:the )?(?:help of )?(?:[a-z]+ )?(?:instructors|trainers|lecturers|speakers|experts|mentors) (?:from|of) (${TAKER}(?:(?:, | and |, and )${TAKER})*)`, 'gu'), (m) => {
  const event = eventNear(view, doc);
  return event === undefined ? null : takersIn(view, m[1]!, event, 'with-trainers', 0.6);
});

/** "Operation X was led by the A and Poland's B": both ran it, and worked together doing so. */
const eventLedBy: Rule = (view) => matchAll(view, new RegExp(`(${M('E')}) (?:was|is|has been) (?:jointly )?(?:led|coordinated|co-ordinated|run|directed) by (${OWNED_LIST})`, 'gu'), (m) => {
  const leaders = orgs(view, m[2]!);
  const event = refs(m[1])[0]!;
  const out = leaders.map((o) => candidate(view, 'PARTICIPATED_IN', o, event, 'event-led-by', 0.7, { role: 'coordinator' }));
  for (let i = 0; i < leaders.length; i++) for (let j = i + 1; j < leaders.length; j++) out.push(candidate(view, 'COOPERATES_WITH', leaders[i]!, leaders[j]!, 'event-led-by', 0.6));
  return out;
});

const LAB = '(?:labs?|laborator(?:y|ies)|factor(?:y|ies)|production sites?|kitchens?)';
/** "officers of the X raided a mephedrone lab outside Y": X seizes the drug, Y is where it is made. */
const labRaid: Rule = (view) => matchAll(view, new RegExp(`(?:(${M('O')})(?:'s)? (?:[a-z]+ ){0,2}?(?:raided|dismantled|shut down|discovered|uncovered|found|seized)|\\b(?:raided|dismantled|discovered|uncovered)) (?:an? |the |\\d+ |two |three |several )?(?:[a-z]+ )?(${M('S')}) ${LAB}(?: (?:outside|near|in) (?:the )?(${M('L')}))?`, 'gu'), (m) => {
  const drug = refs(m[2])[0]!;
  const out: Candidate[] = [];
  const actor = m[1] ? refs(m[1])[0] : officersOf(view, m.index);
  if (actor !== undefined) out.push(candidate(view, 'INVOLVED_WITH', actor, drug, 'lab-raid', 0.65, { action: 'seizes' }));
  if (m[3]) out.push(candidate(view, 'INVOLVED_WITH', refs(m[3])[0]!, drug, 'lab-place', 0.6, { action: 'produces' }));
  return out;
});

/** "officers of the X raided": the body whose officers act, right before the verb. */
function officersOf(view: View, at: number): number | undefined {
  const before = view.template.slice(Math.max(0, at - 60), at);
  const m = new RegExp(`\\b(?:officers|agents|investigators|officials|police|units?) (?:of|from) (?:the )?(${M('O')}) $`, 'u').exec(before);
  return m ? refs(m[1])[0] : undefined;
}

export const TAKERS_RULES: Rule[] = [
  guarded(/\b(?:[Tt]he following|[Pp]articipating) [a-z]+/, participantList),
  guarded(/^(?:[A-Z][a-z-]+ )?(?:[Ii]nstructors|[Tt]rainers|[Ll]ecturers|[Pp]articipants|[Dd]elegat|[Tt]rainees|[Ss]peakers|[Ee]xperts|[Oo]bservers|(?:[A-Z][a-z]+ )?[Pp]artners)/, cameFrom),
  guarded(/\b(?:instructors|trainers|lecturers|speakers|experts|mentors) (?:from|of) /, withTrainers),
  guarded(/<E\d+> (?:was|is|has been) (?:jointly )?(?:led|coordinated|co-ordinated|run|directed) by/, eventLedBy),
  guarded(/<S\d+> (?:labs?|laborator|factor|production site|kitchen)/, labRaid),
];
