// Bodies that organised, coordinated or carried out an event, said in the
// passive with several agents, where operators.ts reads one plain list: "X was
// coordinated by A together with B and the C-based D", "X, which was carried
// out in 2025 by A with B", "X, a joint effort launched in May by A, B and C",
// and a course or operation named in a sentence before ("The course was
// organised by A together with B"). Each body PARTICIPATED_IN the event (an
// owner before a unit, "the Y's Z", is left out: the unit is the one named).
import { type Rule, type View, type Doc, type Candidate, M, candidate, refs, guarded } from './context.js';

// "the Gendarmerie GRX": a short form may follow the name (when it is a mention of its own, it names the body).
const ITEM = `(?:the )?(?:${M('L')}-based )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?${M('O')}(?: \\p{Lu}{2,6}\\b| ${M('O')})?(?: \\([^)<]*\\))?`;
const JOIN = '(?:, | and |, and | together with | jointly with | with | as well as | in cooperation with | in partnership with | under the direction of |, together with |, with )';
const ITEMS = `${ITEM}(?:${JOIN}${ITEM})*`;
const KIND = '(?:course|workshop|training|seminar|conference|meeting|operation|exercise|summit|forum|programme|session|campaign|investigation|action day)';
const VERB = '(?:organi[sz]ed|co-organi[sz]ed|coordinated|co-ordinated|carried out|conducted|launched|led|run|planned|co-hosted|hosted)';
const WHEN = '(?: (?:in|on|between|during|from|last|this|since|over) [^<,]{1,40}?)?';
const PATTERN = new RegExp(`(?:(${M('E')})(?: \\([^)<]*\\))?(?:,? (?:which|that)|, an? (?:[a-z-]+ ){0,3}(?:effort|operation|initiative|campaign|exercise|programme|action|investigation))?|^(?:[^<]{0,40}?, )?(?:The|This|That|Each) (?:[a-z-]+ ){0,2}${KIND}) (?:(?:was|were|is|are|has been|had been|have been|will be) )?(?:jointly )?${VERB}(?: jointly| together)?${WHEN} by (${ITEMS})`, 'gu');

/** The event a common noun points back at: the last one named in this sentence before it, else in the five before. */
function eventBefore(view: View, doc: Doc, at: number): { view: View; ref: number } | undefined {
  const here = refs(view.template.slice(0, at)).filter((i) => view.mentions[i]!.type === 'Event');
  if (here.length) return { view, ref: here.at(-1)! };
  const k = doc.views.indexOf(view);
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const v = doc.views[j]!;
    const events = refs(v.template).filter((i) => v.mentions[i]!.type === 'Event');
    // Two different events named in one sentence: which one is meant is not said.
    if (new Set(events.map((i) => v.mentions[i]!.entity)).size > 1) return undefined;
    if (events.length) return { view: v, ref: events[0]! };
  }
  return undefined;
}

const organised: Rule = (view, doc) => {
  const out: Candidate[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(view.template); m; m = PATTERN.exec(view.template)) {
    const named = refs(m[1])[0];
    const event = named !== undefined ? { view, ref: named } : eventBefore(view, doc, m.index);
    if (!event) continue;
    const target = event.view.mentions[event.ref]!.entity;
    const bodies = refs(m[2]!.replace(/<[LO]\d+>'s /g, '').replace(/<L\d+>-based /g, '').replace(/<O\d+> (?=<O\d+>)/g, '')).filter((b) => view.mentions[b]!.type === 'Organization');
    const evidence = event.view === view ? undefined : [{ start: event.view.sentence.start, end: view.sentence.end }];
    for (const b of bodies) out.push({ ...candidate(view, 'PARTICIPATED_IN', b, b, 'organised-by', 0.6, undefined, evidence), target });
  }
  return out;
};

export const ORGANISER_RULES: Rule[] = [guarded(new RegExp(`\\b${VERB}\\b[^<]{0,50} by (?:the )?[^<]{0,30}<O`), organised)];
