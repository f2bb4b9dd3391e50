// Posts, schooling and partnerships stated in ways the position rules do not
// read: the predecessor after an election ("elected X as Chair of Y,
// succeeding Z"), "Its executive director, P" (the body named before),
// "P took command of Y", schooling at several places ("studied at A and at
// B", "attended A College"), and bodies that share intelligence with others.
import { ROLE_WORDS } from '../gazetteer/lexicon.js';
import { ROLE_TEXT, isRole, post } from './post.js';
import { HONORIFIC } from './appositions.js';
import { type Rule, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

/** "elected X as Chair of the Y for 2025–2026, succeeding Mr. Z": Z held the post before. */
const succeeding: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\b(?:elected|appointed|named|chose|designated|nominated)\\b(?:[^.]|\\b(?:Ms|Mr|Mrs|Dr|Hon)\\.){0,160}? as (?:the |its )?(?:new )?(${ROLE_TEXT}) (?:of|at|for) (?:the |its )?(${M('OL')})[^<]{0,40}?, (?:succeeding|replacing|who succeeds|who replaces) (?:${HONORIFIC})?(${M('P')})`, 'gu'),
  (m) => (isRole(m[1]!) ? post(view, doc, refs(m[3])[0]!, refs(m[2])[0]!, m[1]!, 'succeeding', 0.65, { status: 'former' }) : null));

/** "Its executive director, P, is ...": the post is in the body the sentence before is about. */
const itsRole: Rule = (view, doc) => {
  // Ranks may stand between the post and the name: "Its head, Chief Superintendent P,".
  const m = new RegExp(`^(?:[^<]{0,20}\\b)?(?:Its|Their) ((?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+),? (?:${HONORIFIC})?(?:\\p{Lu}[\\p{Ll}.-]+ ){0,3}(${M('P')})`, 'u').exec(view.template);
  const prev = view.prev ?? doc.views[doc.views.indexOf(view) - 1];
  if (!m || !prev || !ROLE_WORDS.has(m[1]!.split(' ').at(-1)!.toLowerCase())) return [];
  const bodies = refs(prev.template).filter((i) => prev.mentions[i]!.type === 'Organization');
  // The body the sentence before is about: its subject, else the only body it names.
  const subject = new RegExp(`^(?:[^<]{0,20})<O(\\d+)>`).exec(prev.template);
  const body = subject ? Number(subject[1]) : new Set(bodies.map((b) => prev.mentions[b]!.entity)).size === 1 ? bodies[0] : undefined;
  if (body === undefined) return [];
  return post(view, doc, refs(m[2])[0]!, refs(m[2])[0]!, m[1]!, 'its-role', 0.6).map((c) => ({ ...c, target: prev.mentions[body]!.entity }));
};

/** "Major General P took command of Pakistan's Anti-Narcotics Force in 2025", "P took charge of the Y". */
const tookCommand: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('P')})[^<.]{0,30}? (?:took|takes|assumed|assumes|has taken|had taken) (command|charge|control|the helm|over the leadership|leadership) of (?:the |its )?(?:(${M('OL')})'s )?(${M('O')})`, 'gu'),
  (m) => {
    const role = m[2] === 'command' ? 'commander' : 'head';
    const out = post(view, doc, refs(m[1])[0]!, refs(m[4])[0]!, role, 'took-command', 0.7);
    const owner = refs(m[3])[0];
    if (owner !== undefined && view.mentions[owner]!.type === 'Organization') out.push(...post(view, doc, refs(m[1])[0]!, owner, role, 'took-command', 0.55));
    return out;
  });

const SCHOOL = /\b(?:universit|college|school|academy|institute|polytechnic|lyc[eé]e|gymnasium)/i;
/** "studied at the A in X and at the B", "attended A College before reading law at the B University". */
const schooling: Rule = (view, doc) => {
  const out: Candidate[] = [];
  const m = new RegExp(`(${M('P')})(?:[^<.]|<[LD]\\d+>){0,60}?\\b(studied|trained|was educated|graduated|attended|read [a-z]+|reading [a-z]+)\\b`, 'u').exec(view.template);
  if (!m) return out;
  const person = refs(m[1])[0]!;
  const rest = view.template.slice(m.index + m[0].length);
  // Schools named through the clause: "at the A in Kakul and at the B in Y", "A before reading economics at the B".
  const clause = rest.split(/, and (?!(?:later |then )?(?:at|from)\b)|;|\. /)[0]!;
  const lead = m[2] === 'attended' ? '^ |' : '';
  const from = m[2] === 'graduated' ? '|from' : '';
  for (const s of clause.matchAll(new RegExp(`(?:${lead}\\b(?:at${from}|attended) )(?:the )?(${M('O')})`, 'gu'))) {
    const school = refs(s[1])[0]!;
    const name = doc.entities[view.mentions[school]!.entity]!.name;
    // "attended" and "trained" also go with meetings and courses: only a named school counts.
    if (/attended|trained/.test(m[2]!) && !SCHOOL.test(name)) continue;
    out.push(candidate(view, 'EDUCATED_AT', person, school, 'schooling', 0.7));
  }
  return out;
};

/** "The taskforce will share intelligence with the A in the US and with the B": partners in an exchange. */
const shareWith: Rule = (view) => matchAll(view,
  new RegExp(`^(?:[^<]{0,30}?)(${M('OL')})(?: [a-z]+){0,2} (?:will |would |also |now |to |has |have |regularly |routinely )*(?:share[sd]?|sharing|exchange[sd]?|exchanging|pool(?:s|ed)?) (?:[a-z]+ )?(?:intelligence|information|data|leads|tips)(?: [a-z]+){0,4}? with (?:the )?(?:${M('OL')}'s )?(${M('OL')})((?:(?: in (?:the )?${M('L')})?,? and (?:also )?with (?:the )?${M('OL')})*)`, 'gu'),
  (m) => {
    const [actor] = refs(m[1]);
    // "… with A through a liaison officer at B, and with C": a later "and with" of the same clause is a partner too.
    const later = /^[^;]*?, and (?:also )?with (?:the )?(?:<L\d+>'s )?(<[OL]\d+>)/.exec(view.template.slice(m.index + m[0].length));
    const partners = [...refs(m[2]), ...refs(m[3]).filter((i) => !new RegExp(`in (?:the )?<L${i}>`).test(m[3]!)), ...(m[3] ? [] : refs(later?.[1]))];
    return partners.map((p) => candidate(view, 'COOPERATES_WITH', actor!, p, 'share-with', 0.65));
  });

export const ROLE_RULES: Rule[] = [
  guarded(/\b(?:succeeding|replacing|who succeeds|who replaces)\b/, succeeding),
  guarded(/^(?:[^<]{0,20}\b)?(?:Its|Their) /, itsRole),
  guarded(/\b(?:took|takes|assumed|assumes|taken) (?:command|charge|control|the helm|over the leadership|leadership) of\b/, tookCommand),
  guarded(/\b(?:studied|trained|educated|graduated|attended|read|reading)\b/, schooling),
  guarded(/\b(?:share[sd]?|sharing|exchange[sd]?|exchanging|pool(?:s|ed)?)\b.*\bwith\b/, shareWith),
];
