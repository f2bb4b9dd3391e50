// Membership rosters, units named as a body's organ, and nationality stated
// before the name: "the twelve Member States of the X: A, the Kingdom of B
// and C", "the Y, the X's special response unit", "the Y ... is the X's
// highest decision-making body", "a citizen of Ruritania, P, was ...".
import { type Rule, type Candidate, type View, type Doc, M, bulletHeading, candidate, matchAll, refs, guarded } from './context.js';
import { eventNear } from './takers.js';

/** A country in a roster: "the A", "the Kingdom of B", "the Republic of C". */
const STATE = `(?:the )?(?:(?:Kingdom|Sultanate|State|Republic|Federal Republic|Democratic Republic|Principality|Emirate|Commonwealth|Union) of (?:the )?)?${M('L')}`;
const ROSTER = `${STATE}(?:(?:, | and |, and )${STATE})*`;

/**
 * "The X brings together the police services of the sixteen <O> Member States: A, B, ... and C",
 * "Delegations from the member states of the <O> took part: the A, the Kingdom of B": each is a member of
 * the body the states belong to; the body that "brings together" them has them as members too, and those
 * that "took part" joined the meeting the text is about.
 */
const memberStates: Rule = (view, doc) => matchAll(view,
  new RegExp(`(?:(${M('O')}) )?[Mm]ember [Ss]tates(?: of (?:the )?(${M('O')}))?(?: (took part|participated|attended|are|were|include|included))?:? (${ROSTER})(?=[.;]|$)`, 'gu'),
  (m) => {
    const states = refs(m[4]).filter((i) => view.mentions[i]!.type === 'Location' && view.mentions[i]!.kind !== 'demonym');
    if (states.length < 2 || (!m[0].includes(':') && !m[3])) return null;
    const owner = refs(m[1] ?? m[2])[0];
    const out: Candidate[] = [];
    if (owner !== undefined) out.push(...states.map((s) => candidate(view, 'MEMBER_OF', s, owner, 'member-states', 0.7)));
    const gatherer = new RegExp(`^(?:[^<]{0,20})(${M('O')}),? (?:which )?(?:brings|brought|bring) together\\b`).exec(view.template);
    if (gatherer && refs(gatherer[1])[0] !== owner) out.push(...states.map((s) => candidate(view, 'MEMBER_OF', s, refs(gatherer[1])[0]!, 'member-states', 0.65)));
    const event = m[3] && /took|partic|attend/.test(m[3]) ? eventNear(view, doc) : undefined;
    if (event !== undefined) out.push(...states.map((s) => ({ ...candidate(view, 'PARTICIPATED_IN', s, s, 'member-states', 0.65), target: event })));
    return out;
  });

/** Nouns for an organ of a body: "the X's special intervention unit", "its highest decision-making body". */
const ORGAN = '(?:unit|arm|body|organ|wing|branch|division|department|directorate|office|command|bureau|secretariat|service|agency|team|squad|section|centre|center)';

/**
 * "K-Unit, the Police Board's special intervention unit", "the Y, Z's anti-smuggling arm,", "The Y, made up of
 * ..., is the X's highest decision-making body": Y is part of X.
 */
const organOf: Rule = (view) => [
  ...matchAll(view, new RegExp(`(${M('O')})(?: \\([^)<]*\\))?, (?:the |its )?(${M('O')})'s (?:[a-z-]+ ){0,4}${ORGAN}\\b(?! of)`, 'gu'),
    (m) => candidate(view, 'PART_OF', refs(m[1])[0]!, refs(m[2])[0]!, 'organ-of', 0.7)),
  ...matchAll(view, new RegExp(`(${M('O')})(?:, [^<]{1,80},)? (?:is|was|serves as|acts as|remains) (?:the |its )?(${M('O')})'s (?:[a-z-]+ ){0,4}${ORGAN}\\b(?! of)`, 'gu'),
    (m) => candidate(view, 'PART_OF', refs(m[1])[0]!, refs(m[2])[0]!, 'organ-of', 0.7)),
];

/** "among them a citizen of Ruritania, P, 46," and "A national of Ruritania, P was ...": nationality before the name. */
const citizenBefore: Rule = (view) => matchAll(view,
  new RegExp(`\\b[Aa] (?:citizen|national) of (?:the )?(${M('L')}), (${M('P')})(?=,|\\s)`, 'gu'),
  (m) => candidate(view, 'NATIONALITY', refs(m[2])[0]!, refs(m[1])[0]!, 'citizen-before', 0.75));

/** "Two of the men are Icelandic citizens, A, 34, and B, 29": each person listed after the nationality. */
const citizensListed: Rule = (view) => matchAll(view,
  new RegExp(`\\b(?:are|were)(?: both| all)? (${M('D')}) (?:citizens|nationals), ((?:${M('P')}(?:, \\d{1,3})?(?:,? and |, )?)+)`, 'gu'),
  (m) => refs(m[2]).map((p) => candidate(view, 'NATIONALITY', p, refs(m[1])[0]!, 'citizens-listed', 0.75)));

/**
 * "The member agencies are:" and the bulleted lines below it: every body or state on a line is a member of the
 * body the list is of (named in the heading line, else the last body named before it). Runs on each line,
 * since the heading itself names nothing.
 */
const MEMBER_HEAD = /\b[Mm]ember (?:agencies|states|countries|organi[sz]ations|bodies|services|institutions)(?: of (?:the )?(<O\d+>))? (?:are|include)\s*:\s*$|^Members?\s*:\s*$/;
/** "The participants came from the following agencies:", "Delegations took part from:". */
const PARTICIPANT_HEAD = /\b(?:[Pp]articipants|[Dd]elegates|[Dd]elegations|[Aa]ttendees|[Tt]rainees) (?:came|come|were|are|included|include|from|represented)\b[^<:]{0,50}:\s*$|\bthe following (?:agencies|countries|bodies|organi[sz]ations|services)(?: took part| participated| attended| were represented)?\s*:\s*$|^[Pp]articipating (?:agencies|countries|states|bodies)\s*:\s*$/;

const memberBullets: Rule = (view, doc) => {
  const heading = bulletHeading(view, doc);
  if (!heading) return [];
  const { header, at } = heading;
  if (PARTICIPANT_HEAD.test(header.template)) return participantLine(view, doc, header);
  const head = MEMBER_HEAD.exec(header.template);
  if (!head) return [];
  let owner = head[1] ? header.mentions[refs(head[1])[0]!]!.entity : undefined;
  for (let k = at - 1; owner === undefined && k >= 0 && k >= at - 4; k--) {
    const v = doc.views[k]!;
    const orgs = refs(v.template).filter((i) => v.mentions[i]!.type === 'Organization');
    if (orgs.length) owner = v.mentions[orgs[0]!]!.entity;
  }
  if (owner === undefined) return [];
  const out: Candidate[] = [];
  for (const i of refs(view.template)) {
    const m = view.mentions[i]!;
    if ((m.type === 'Organization' || m.type === 'Location') && m.kind !== 'demonym' && m.entity !== owner) {
      out.push({ ...candidate(view, 'MEMBER_OF', i, i, 'member-bullets', 0.65), target: owner });
    }
  }
  return out;
};

/** A line of a participant list: every body and state on it took part in the event the page is about. */
function participantLine(view: View, doc: Doc, header: View): Candidate[] {
  const first = doc.views.map((v) => refs(v.template).find((i) => v.mentions[i]!.type === 'Event')).findIndex((i) => i !== undefined);
  const event = eventNear(header, doc) ?? (first >= 0 ? doc.views[first]!.mentions[refs(doc.views[first]!.template).find((i) => doc.views[first]!.mentions[i]!.type === 'Event')!]!.entity : undefined);
  if (event === undefined) return [];
  return refs(view.template).filter((i) => {
    const m = view.mentions[i]!;
    return (m.type === 'Organization' || m.type === 'Location') && m.kind !== 'demonym';
  }).map((i) => ({ ...candidate(view, 'PARTICIPATED_IN', i, i, 'participant-list', 0.65), target: event }));
}

export const ROSTER_RULES: Rule[] = [
  guarded(/[Mm]ember [Ss]tates/, memberStates),
  guarded(new RegExp(`<O\\d+>'s (?:[a-z-]+ ){0,4}${ORGAN}\\b`), organOf),
  guarded(/\b[Aa] (?:citizen|national) of /, citizenBefore), guarded(/<D\d+> (?:citizens|nationals), <P/, citizensListed),
  memberBullets,
];
