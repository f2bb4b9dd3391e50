// A body that hands its catch over to another works with it: "The crew were
// detained by the X and handed over to the Y", "The suspects, the boat and the
// seized goods were handed over to officers of the Y" after "the X intercepted
// a boat" a sentence or two before. Runs after the rules (it reads which body
// is a unit of which): the giver is the agent "by X" of the same clause, else
// the body that seized or arrested in this sentence or the two before (the
// captor of captors.ts), else the one body the rules found arresting the persons
// handed over in the same sentence. Courts, prosecutors and prisons neither give nor take here
// (a remand is custody, not cooperation), nor does a body its own unit.
import type { Candidate, Doc, View } from './context.js';
import { refs } from './context.js';
import { seizer } from './captors.js';

/** The passive handover and its receiver (group 2; group 1 an owner before it: "the X's Y" is Y). */
const HANDOVER = /\b(?:was|were|been|being|and)(?: then| later| subsequently| immediately| promptly)? (?:handed|turned)(?: over)?(?: (?:on|at|in) (?:the )?(?:<L\d+>|[^<.;]{1,25}?)(?: [a-z]+){0,3})? to (?:officers (?:of|from) |the custody of )?(?:the )?(?:(<O\d+>)'s |<D\d+> )?(<O\d+>)/;
/** The agent of the clause before the handover: "detained by (officers of) the X and handed over". */
const AGENT = /\bby (?:officers (?:of|from) |members of )?(?:the )?(?:<[LD]\d+>(?:'s)? )?(<O\d+>)(?: \([^)]*\))?(?: (?:of|from) (?:the )?<[OL]\d+>)?(?: (?:in|at|on) [^<;]{0,30}?(?:<L\d+>)?)?(?: [a-z]+){0,4} $/;
const CUSTODIAN = /\b(?:court|tribunal|magistrate|judge|prison|jail|penitentiary|correctional|prosecut)/i;

export function handovers(doc: Doc, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const parts = new Set(kept.filter((c) => c.type === 'PART_OF').map((c) => `${c.source}|${c.target}`));
  const related = (a: number, b: number) => a === b || parts.has(`${a}|${b}`) || parts.has(`${b}|${a}`);
  const custodian = (e: number) => doc.entities[e]!.type !== 'Organization' || CUSTODIAN.test(doc.entities[e]!.name);
  for (const view of doc.views) {
    const m = HANDOVER.exec(view.template);
    if (!m) continue;
    const receiver = view.mentions[refs(m[2])[0]!]!.entity;
    if (custodian(receiver)) continue;
    const givers = giversOf(view, m.index, doc, kept, receiver);
    for (const [giver, from] of givers) {
      if (custodian(giver) || related(giver, receiver)) continue;
      const start = Math.min(from.sentence.start, view.sentence.start);
      const end = Math.max(from.sentence.end, view.sentence.end);
      out.push({ type: 'COOPERATES_WITH', source: giver, target: receiver, rule: 'handed-over-by', confidence: 0.6, evidence: from === view || from === view.prev ? [{ start, end }] : [{ start: view.sentence.start, end: view.sentence.end }, { start: from.sentence.start, end: from.sentence.end }] });
    }
  }
  return out;
}

function giversOf(view: View, at: number, doc: Doc, kept: Candidate[], receiver: number): Array<[number, View]> {
  const clause = view.template.slice(0, at).split(/; /).at(-1)!;
  const agent = AGENT.exec(clause);
  if (agent) return [[view.mentions[refs(agent[1])[0]!]!.entity, view]];
  const here = seizer(view, at);
  if (here !== undefined) return [[view.mentions[here]!.entity, view]];
  const k = view.sentence.index;
  for (let back = 1; back <= 2 && doc.views[k - back]; back++) {
    const earlier = doc.views[k - back]!;
    const body = seizer(earlier, earlier.template.length);
    if (body !== undefined) return [[earlier.mentions[body]!.entity, earlier]];
  }
  // "P was arrested in A by B officers … and handed over to the Y": a body the rules found arresting the
  // persons handed over, told in this same sentence (not elsewhere: an extradited man was held abroad by another).
  const inHere = (c: Candidate) => c.evidence.some((e) => e.start <= view.sentence.start && e.end >= view.sentence.end);
  const handed = new Set(kept.filter((c) => c.type === 'ARRESTED_BY' && c.target === receiver && inHere(c)).map((c) => c.source));
  const captors = new Set(kept.filter((c) => c.type === 'ARRESTED_BY' && handed.has(c.source) && c.target !== receiver && inHere(c)
    && doc.entities[c.target]!.type === 'Organization').map((c) => c.target));
  return captors.size === 1 ? [[[...captors][0]!, view]] : [];
}
