// Taking part in a named operation, stated around it rather than with
// "took part in": "In Operation X, A's B and C's D ... dismantled",
// "It was carried out jointly with the Y", "in a controlled operation named X",
// "Name, ..., who oversaw the operation".
import { type Rule, type View, type Doc, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

/** A body, possibly owned: "Kazakhstan's Ministry of X", "the Y". */
const OWNED = `(?:the )?(?:${M('L')}'s )?${M('O')}`;
const OWNED_LIST = `${OWNED}(?:(?:, | and |, and )${OWNED})*`;
/** The bodies of an owned list, without their owners. */
const bodies = (view: View, fragment: string) => refs(fragment).filter((i) => view.mentions[i]!.type === 'Organization');

/** The event the sentence names, else one named at the start of the sentence before or two before ("It", "The operation"). */
function eventHere(view: View, subject: string): number | undefined {
  const named = refs(subject).find((i) => view.mentions[i]!.type === 'Event');
  if (named !== undefined) return view.mentions[named]!.entity;
  for (let v = view.prev, n = 0; v && n < 2; v = v.prev, n++) {
    const e = refs(v.template).filter((i) => v!.mentions[i]!.type === 'Event');
    if (e.length) return v.mentions[e[0]!]!.entity;
  }
  return undefined;
}

const toEvent = (view: View, source: number, event: number, rule: string, confidence: number, role?: string): Candidate =>
  ({ ...candidate(view, 'PARTICIPATED_IN', source, source, rule, confidence, role ? { role } : undefined), target: event });

/** "In Operation X (April–May 2024), A's B and C's D, supported by E, dismantled ...": the subjects took part, together. */
const inEvent: Rule = (view) => matchAll(view, new RegExp(`^In (?:the )?(${M('E')})(?: \\([^)]*\\))?, (${OWNED_LIST}),? (?:supported|assisted|backed|coordinated|led) by|^In (?:the )?(${M('E')})(?: \\([^)]*\\))?, (${OWNED_LIST}) (?:[a-z]+ )?[a-z]+ed\\b`, 'gu'), (m) => {
  const event = refs(m[1] ?? m[3])[0]!;
  const actors = bodies(view, m[2] ?? m[4]!);
  const out = actors.map((a) => candidate(view, 'PARTICIPATED_IN', a, event, 'in-event', 0.7));
  for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) out.push(candidate(view, 'COOPERATES_WITH', actors[i]!, actors[j]!, 'in-event', 0.6));
  return out;
});

/** "It was carried out jointly with the Y", "Operation X, carried out with Paraguay's Y, resulted in ...". */
const carriedOutWith: Rule = (view) => matchAll(view, new RegExp(`^(?:[^<]{0,20})?(${M('E')}|It|The operation)(?: \\([^)]*\\))?,? (?:which )?(?:was |were |is )?(?:carried out|conducted|run|implemented|mounted) (?:jointly |together )?(?:with|alongside|together with) (${OWNED_LIST})`, 'gu'), (m) => {
  const event = eventHere(view, m[1]!);
  if (event === undefined) return null;
  return bodies(view, m[2]!).map((o) => toEvent(view, o, event, 'carried-out-with', 0.65, 'partner'));
});

/** "The AFP ... in a controlled operation named Operation X": the subject ran the operation. */
const namedOperation: Rule = (view) => matchAll(view, new RegExp(`^(?:[^<]{0,20})?(${M('O')})[^<]{0,120}?\\b(?:in|during|through) (?:a|an|the) (?:[a-z-]+ ){0,3}operation,? (?:named|dubbed|called|code-?named|known as) (${M('E')})`, 'gu'),
  (m) => candidate(view, 'PARTICIPATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'named-operation', 0.7));

/** "The investigation has been code-named Operation Chemline by the NCB": the body named and ran it. */
const codeNamedBy: Rule = (view) => matchAll(view, new RegExp(`\\b(?:code-?named|dubbed|named|called) (${M('E')}) by (?:the )?(${M('O')})`, 'gu'),
  (m) => candidate(view, 'PARTICIPATED_IN', refs(m[2])[0]!, refs(m[1])[0]!, 'code-named-by', 0.65, { role: 'lead' }));

/** "Name, INTERPOL's Director of X, who oversaw the operation": the person ran it. */
const oversaw: Rule = (view) => matchAll(view, new RegExp(`\\bwho (?:oversaw|oversees|supervised|supervises|coordinated|coordinates|directed|directs|commanded|led|leads) (?:the )?(${M('E')})`, 'gu'), (m) => {
  const person = refs(view.template.slice(0, m.index)).filter((i) => view.mentions[i]!.type === 'Person').at(-1);
  return person === undefined ? null : candidate(view, 'PARTICIPATED_IN', person, refs(m[1])[0]!, 'oversaw', 0.65, { role: 'coordinator' });
});

/**
 * The operation a sentence that names none is about: the one it calls "the operation" (or "it"), named
 * in this sentence or in one of the four before it, across paragraphs (a report names the operation once
 * and lists who took part below).
 */
/** Events a report names once and then tells who took part in: operations, and named meetings ("the 12th X Conference"). */
const CURRENT_EVENT = /^(?:operation|project|exercise|campaign)\b|\b(?:conference|summit|assembly|meeting|forum|course|workshop|seminar)$/i;

function currentOperation(view: View, doc: Doc): number | undefined {
  const at = doc.views.indexOf(view);
  for (let k = at; k >= 0 && k >= at - 4; k--) {
    const v = doc.views[k]!;
    const events = refs(v.template).filter((i) => v.mentions[i]!.type === 'Event' && CURRENT_EVENT.test(doc.entities[v.mentions[i]!.entity]!.name));
    if (events.length) return v.mentions[events.at(-1)!]!.entity;
  }
  return undefined;
}

/** Counted people of a body: "Thirty officers of the X". */
const PEOPLE = '(?:officers|officials|investigators|agents|experts|participants|delegates|members|analysts|prosecutors)';
const ACTORS = `(?:the )?(?:${M('L')}'s )?${M('OL')}(?: \\([^)<]*\\))?(?:(?:, | and |, and )(?:the )?(?:${M('L')}'s )?${M('OL')}(?: \\([^)<]*\\))?)*`;
const actorsIn = (view: View, fragment: string) => refs(fragment).filter((i, k, all) => {
  const m = view.mentions[i]!;
  // "Kazakhstan's X": the owner is not a second participant.
  return (m.type === 'Organization' || m.type === 'Location') && m.kind !== 'demonym' && !new RegExp(`<L${i}>'s <O\\d+>`).test(fragment) && all.indexOf(i) === k;
});

/**
 * Who took part, said without naming the operation: "A and B took part", "Police and customs from A, B
 * and C took part", "The operation also involved A and B", "The operation was coordinated by A".
 */
const implicitParticipants: Rule = (view, doc) => {
  if (refs(view.template).some((i) => view.mentions[i]!.type === 'Event' && !CURRENT_EVENT.test(doc.entities[view.mentions[i]!.entity]!.name))) return [];
  const event = currentOperation(view, doc);
  if (event === undefined) return [];
  const out: Candidate[] = [];
  const add = (fragment: string, rule: string, confidence: number, role?: string) => {
    for (const a of actorsIn(view, fragment)) if (view.mentions[a]!.entity !== event) out.push(toEvent(view, a, event, rule, confidence, role));
  };
  for (const m of view.template.matchAll(new RegExp(`(?:^|, |; |\\band )(?:[A-Z][a-z]+ (?:and [a-z]+ )?(?:officers |units |agencies )?from )?(${ACTORS})(?:,[^<,]{0,60},)? (?:also |have |has |had )*(?:took part|take part|participated|joined in|joined the (?:operation|sweep|raid))(?! in <E)`, 'gu'))) add(m[1]!, 'took-part', 0.65);
  for (const m of view.template.matchAll(new RegExp(`(?:<E\\d+>|\\b[Tt]he (?:operation|interdiction|sweep|raid|crackdown)|^It)(?:,[^,]{0,60},)? (?:also )?involved (${ACTORS})`, 'gu'))) add(m[1]!, 'involved', 0.65);
  // tune18: "Thirty officers of the A and eight officers of the B took part": the bodies the counted people come from.
  for (const m of view.template.matchAll(new RegExp(`(?:^|, |; )(?:[A-Z][a-z-]+|\\d+) (?:[a-z]+ )?${PEOPLE} (?:of|from) (${ACTORS})(?: and (?:[a-z-]+|\\d+) (?:[a-z]+ )?${PEOPLE} (?:of|from) (${ACTORS}))? (?:also )?(?:took part|participated|attended)\\b(?! in <E)`, 'gu'))) {
    add(m[1]!, 'counted-took-part', 0.6);
    if (m[2]) add(m[2], 'counted-took-part', 0.6);
  }
  // tune18: "The A and the B supported the operation": helpers of the operation named before take part in it.
  for (const m of view.template.matchAll(new RegExp(`(?:^(?:The )?|, |; |\\band )(${ACTORS})(?:,[^<,]{0,60},)? (?:also |have |has |had )*(?:supported|assisted|backed) (?:<E\\d+>|(?:the|this|that) (?:operation|sweep|course|training|workshop|exercise|action day|campaign)\\b)`, 'gu'))) add(m[1]!, 'supported-operation', 0.6);
  // "Eleven people were arrested in Marbella, Estepona and Algeciras during that operation": where it took place.
  if (/\b(?:during|in the course of) (?:that|the|this) operation\b/.test(view.template)) {
    for (const m of view.template.matchAll(new RegExp(`\\b(?:arrested|detained|seized|raided|searched|carried out|took place) (?:[^<.]{0,30} )?in (${M('L')}(?:(?:, | and |, and )${M('L')})*)`, 'gu'))) {
      for (const l of refs(m[1])) if (view.mentions[l]!.kind !== 'demonym') out.push({ ...candidate(view, 'LOCATED_IN', l, l, 'during-operation', 0.6), source: event, target: view.mentions[l]!.entity });
    }
  }
  for (const m of view.template.matchAll(new RegExp(`(?:<E\\d+>|\\b[Tt]he (?:operation|interdiction|sweep|raid|crackdown)|^It)(?:,[^,]{0,60},)?(?: \\([^)]*\\))? (?:was|were|is) (?:jointly )?(?:coordinated|led|directed|run|planned|carried out|conducted)(?: [^<]{0,40}?)? by (${ACTORS})`, 'gu'))) add(m[1]!, 'run-by', 0.65, 'lead');
  return out;
};

/**
 * "The Navy took part in Operation X in 2025 with the French Navy": the partners took part too; "The Guardia Civil
 * seized 2 tonnes in Vigo during Operation Y": the subject of the clause took part in the operation.
 */
const partnersAndDuring: Rule = (view) => [
  ...matchAll(view, new RegExp(`\\b(?:took|take|takes|taking) part in (?:the )?(${M('E')})(?: in (?:19|20)\\d\\d)?,? (?:together |alongside |along )?with (${OWNED_LIST})`, 'gu'),
    (m) => bodies(view, m[2]!).map((o) => candidate(view, 'PARTICIPATED_IN', o, refs(m[1])[0]!, 'took-part-with', 0.65))),
  ...matchAll(view, new RegExp(`^(?:[^<]{0,20})?(${OWNED})(?: \\([^)<]*\\))? (?:has |have |had |also )*(?:seized|arrested|detained|dismantled|raided|intercepted|found|searched|recovered)\\b(?:[^<;]|<[SLD]\\d+>){0,120}?\\b(?:during|in the course of|as part of) (?:the )?(${M('E')})`, 'gu'),
    (m) => (/^operation\b/i.test(view.mentions[refs(m[2])[0]!]!.name) ? bodies(view, m[1]!).map((o) => candidate(view, 'PARTICIPATED_IN', o, refs(m[2])[0]!, 'during-operation', 0.65)) : null)),
];

export const EVENT_RULES: Rule[] = [
  guarded(/\b(?:took|take|takes|taking) part in|\b(?:during|in the course of|as part of) (?:the )?<E/, partnersAndDuring),
  guarded(/\b(?:code-?named|dubbed|named|called) <E\d+> by\b/, codeNamedBy),
  guarded(/\b(?:took part|take part|participated|attended|joined in|joined the (?:operation|sweep|raid)|(?:supported|assisted|backed) (?:th(?:e|is|at)|<E\d+)|involved|coordinated|led|directed|run|planned|carried out|conducted|during (?:that|the|this) operation)\b/, implicitParticipants),
  guarded(/^In (?:the )?<E\d+>/, inEvent), guarded(/\b(?:carried out|conducted|run|implemented|mounted) (?:jointly |together )?(?:with|alongside)/, carriedOutWith),
  guarded(/\boperation,? (?:named|dubbed|called|code-?named|known as) <E/, namedOperation), guarded(/\bwho [a-z]+ (?:the )?<E\d+>/, oversaw),
];
