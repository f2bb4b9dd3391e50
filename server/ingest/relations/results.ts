// An operation's results listed one line per body: a heading such as "Seizures
// made by the participating units:" / "Arrests made in the operation:" and
// bulleted lines (or one-paragraph items) below it ("- Ruritania's X seized …", "- the Y
// arrested …", "- officers of Z detained …"). The body each line opens with
// took part in the operation (PARTICIPATED_IN), the operation being the event
// named near the heading, else the first event of the document. Only the
// acting body at the start of the line: ports, countries and other bodies
// further on ("… from Y", "… bound for Z") did not report results.
import { type Rule, type View, type Doc, type Candidate, M, bulletHeading, candidate, refs } from './context.js';
import { eventNear } from './takers.js';

/** The heading: results or cases "reported by (the) participating …" or "reported during the operation". */
const RESULTS_HEAD = /^(?:[A-Z][a-z]+ (?:of )?)?(?:the )?(?:[Rr]esults|[Cc]ases|[Ss]eizures|[Aa]rrests|[Hh]ighlights)(?: [a-z]+)? (?:reported|made|recorded) (?:by (?:the )?participating [a-z]+|(?:during|in) (?:the (?:operation|action|campaign)|<E\d+>))\s*:\s*$/;
/** The body opening a line: "the X", "Ruritania's X", "officers of (Ruritania's) X", "In Y, officers of the X". */
const OPENER = new RegExp(`^(?:[-•*–] ?)?(?:In (?:${M('L')}|\\p{Lu}[\\p{L}-]*), )?(?:the |The )?(?:(?:officers|investigators|agents|teams?) of (?:the )?)?(?:(?:${M('L')}|\\p{Lu}[\\p{L}-]*)'s )?(${M('O')})(?: \\([^)<]*\\))?(?: of (?:the )?(?:${M('L')}'s )?${M('OL')})?(?: officers| investigators| agents)? (?:has |have |had |also )*(?:seized|intercepted|found|stopped|arrested|detained|searched|identified|dismantled|raided|froze|recovered|confiscated|discovered|uncovered|shut down|took down)\\b`, 'u');

function firstEvent(doc: Doc): number | undefined {
  for (const v of doc.views) {
    const i = refs(v.template).find((r) => v.mentions[r]!.type === 'Event');
    if (i !== undefined) return v.mentions[i]!.entity;
  }
  return undefined;
}

/** The first sentence of the paragraph holding sentence `k`. */
function paragraphStart(doc: Doc, k: number): number {
  const p = doc.views[k]!.sentence.paragraph;
  while (k > 0 && doc.views[k - 1]!.sentence.paragraph === p) k--;
  return k;
}

/** The heading above a list item: bulleted lines, or paragraphs each opening with an acting body, up to it. */
function headingOf(view: View, doc: Doc): View | undefined {
  if (view.sentence.bullet) {
    const header = bulletHeading(view, doc)?.header;
    return header && RESULTS_HEAD.test(header.template.trim()) ? header : undefined;
  }
  let at = doc.views.indexOf(view);
  // Written without bullets: the item opens its paragraph, and so does each item between it and the heading.
  if (paragraphStart(doc, at) !== at) return undefined;
  for (let n = 0; n < 8 && at > 0; n++) {
    const before = doc.views[at - 1]!;
    if (RESULTS_HEAD.test(before.template.trim())) return before;
    at = paragraphStart(doc, at - 1);
    if (!OPENER.test(doc.views[at]!.template)) return undefined;
  }
  return undefined;
}

const resultLine: Rule = (view: View, doc: Doc) => {
  const header = headingOf(view, doc);
  if (!header) return [];
  const m = OPENER.exec(view.template);
  if (!m) return [];
  const event = eventNear(header, doc) ?? firstEvent(doc);
  if (event === undefined) return [];
  const ref = refs(m[1])[0]!;
  const c: Candidate = { ...candidate(view, 'PARTICIPATED_IN', ref, ref, 'result-line', 0.6), target: event };
  return [c];
};

export const RESULT_RULES: Rule[] = [resultLine];
