// Two officials meet, and the next sentence says what "the two sides" agreed:
// "P, head of the X, met Q of the Y in Z. The two sides agreed to set up a
// joint team." The agreement is between the bodies the two officials serve,
// which only the posts found elsewhere in the document name, so this runs
// after the sentence rules and reads their HOLDS_POSITION / MEMBER_OF results.
// Only when the sentence before is a meeting of exactly two persons and each
// serves exactly one body (or one stated in that meeting sentence): "The two
// men were charged" (no sides of an agreement) and a meeting of three say
// nothing about which bodies agreed.
import type { Candidate, Doc, View } from './context.js';
import { oneBody, postsByPerson } from './served.js';

/** "The two sides agreed", "Both parties signed", "The two forces also plan", "The two discussed". */
const SIDES = /^(?:The two|Both)(?: (?:sides|parties|units|services|forces|agencies|chiefs|officials|heads|delegations|ministers|commanders|directors|bodies|institutions))? (?:have |had |then |also |later |since |have since )*(?:agreed|discussed|signed|plan|planned|decided|pledged|committed|reviewed|will)\b/;
/** Without a noun, "The two"/"Both" may be persons of a case ("Both were charged"): only a meeting before makes them sides. */
const MEETING = /\b(?:met|meets|received|hosted|held talks|holds talks|visited)\b/;

export function agreedSides(doc: Doc, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const serves = postsByPerson(doc, kept);
  doc.views.forEach((view, i) => {
    if (!SIDES.test(view.template)) return;
    const before: View | undefined = view.prev ?? doc.views[i - 1];
    if (!before || !MEETING.test(before.template)) return;
    const persons = [...new Set(before.mentions.filter((m) => m.type === 'Person').map((m) => m.entity))];
    if (persons.length !== 2) return;
    const bodies = persons.map((p) => bodyOf(doc, serves.get(p) ?? [], before));
    const [a, b] = bodies;
    if (a === undefined || b === undefined || a === b) return;
    out.push({
      type: 'COOPERATES_WITH', source: a, target: b, rule: 'two-sides-agreed', confidence: 0.6,
      evidence: [{ start: before.sentence.start, end: before.sentence.end }, { start: view.sentence.start, end: view.sentence.end }],
    });
  });
  return out;
}

/** The one body a person serves (served.ts), else the one named in the meeting sentence. */
function bodyOf(doc: Doc, posts: Candidate[], meeting: View): number | undefined {
  const one = oneBody(doc, posts.map((c) => c.target));
  if (one !== undefined) return one;
  const here = [...new Set(posts.filter((c) => c.evidence.some((e) => e.start <= meeting.sentence.start && e.end >= meeting.sentence.end)).map((c) => c.target))];
  return here.length === 1 ? here[0] : undefined;
}
