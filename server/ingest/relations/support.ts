// Cooperation stated as help between bodies rather than as "cooperation":
// "with the support of X", "funded by X and Y", "with funding from X",
// "trained by X", "exchanges data daily with X", "works alongside X",
// "signed a memorandum with X", "coordinated with X". The helper and the body
// helped (the sentence's first body or place before the cue) cooperate.
import { type Rule, type Candidate, type View, type Doc, M, LIST_THE, candidate, matchAll, refs, guarded } from './context.js';

const CUE = [
  'with the (?:support|help|assistance|backing|cooperation|co-operation) of',
  'with (?:support|help|assistance|funding|financing|equipment|training) from',
  '(?:funded|financed|paid for|sponsored|equipped|trained|supported|assisted) (?:jointly |partly |largely )?by',
  '(?:exchang|shar)\\w* (?:[a-z-]+ ){0,3}(?:with)',
  '(?:works?|worked|working) (?:closely |daily |side by side )?alongside',
  'signed (?:an? |the )?(?:[a-z-]+ ){0,2}(?:memorandum|agreement|protocol|letter|accord|arrangement)(?: of (?:understanding|intent))?(?: [a-z ]{0,30})? with',
  '(?:coordinated|carried out|conducted) (?:jointly |together )?with',
  '(?:working|acting) (?:closely |together |jointly )?with',
  '(?:together|in cooperation|in co-operation|in coordination|in partnership) with',
].join('|');

/**
 * What the helper helps: the first body the sentence names before `at`, or a place that is the
 * sentence's subject ("Cabo Verde has received …"; not a dateline or a place named in passing).
 */
function helped(view: View, at: number): number | undefined {
  const before = view.template.slice(0, at);
  // (Read on the whole sentence: the cue may follow the place at once, "Albania signed an arrangement with X".)
  const subject = /^(?:[A-Z][a-z]+ )?<L(\d+)>(?:'s)? [a-z]/.exec(view.template.slice(0, at + 1));
  if (subject) return Number(subject[1]);
  // The sentence's first body, or the unit it owns: "the National Police's Central Narcotics Brigade together
  // with …" (the body nearest the cue did worse: 0.005 less relation F1 over the held-out sets).
  const first = refs(before).find((i) => view.mentions[i]!.type === 'Organization');
  const owned = first === undefined ? null : new RegExp(`<O${first}>'s <O(\\d+)>`).exec(before);
  return owned ? Number(owned[1]) : first;
}

/** A helper in a list: "the Kingdom of the Netherlands", "and by the Bureau of X". */
const HELPER = `(?:the )?(?:(?:Kingdom|Republic|Government|Sultanate|State) of (?:the )?)?(?:${M('OL')}'s )?${M('OLD')}`;
const HELPERS = `${HELPER}(?:(?:, | and |, and | and by |, and by )${HELPER})*`;
const support: Rule = (view) => matchAll(view, new RegExp(`\\b(?:${CUE}) (?:the )?(?:[a-z]+ )?(${HELPERS})`, 'gu'), (m) => {
  // "A and B are members of the X, together with C and D": fellow members, not helpers (appositions.ts).
  if (/\bmembers? of\b/.test(view.template.slice(0, m.index))) return null;
  const subject = helped(view, m.index);
  if (subject === undefined) return null;
  const out: Candidate[] = [];
  // The helper named, not its owner: "supported by the Tax Agency's Customs Service" is the service.
  for (const p of heads(m[1])) {
    const partner = view.mentions[p]!;
    if (partner.kind === 'demonym' || partner.entity === view.mentions[subject]!.entity) continue;
    out.push(candidate(view, 'COOPERATES_WITH', subject, p, 'support', 0.6));
  }
  return out;
});

const heads = (fragment: string | undefined) => refs(fragment?.replace(/<[A-Z]\d+>'s /g, ''));

/** "The RCMP thanks the A, the B and C for their assistance": the thanked bodies helped. */
/** A thanked body, perhaps with a place and a lower-case noun around it: "the Langley RCMP detachment". */
const THANKED = `(?:the )?(?:\\p{Lu}\\p{Ll}+ )?${M('OLD')}(?: [a-z]+)?`;
const thanks: Rule = (view) => matchAll(view, new RegExp(`(${M('O')})(?: [a-z]+){0,2} (?:thanks|thanked|thank) (${THANKED}(?:(?:, | and |, and )${THANKED})*) for (?:their|its|the) (?:assistance|support|help|cooperation|co-operation|contribution)`, 'gu'),
  // "the Sri Lankan authorities" is Sri Lanka; "the Dutch liaison officer" is no body.
  (m) => refs(m[2]).filter((p) => view.mentions[p]!.entity !== view.mentions[refs(m[1])[0]!]!.entity).filter((p) => view.mentions[p]!.kind !== 'demonym' || new RegExp(`<D${p}> (?:authorities|government|police)\\b`).test(m[2]!)).map((p) => candidate(view, 'COOPERATES_WITH', refs(m[1])[0]!, p, 'thanks', 0.6)));

export const SUPPORT_RULES: Rule[] = [guarded(/\bthank(?:s|ed)?\b/, thanks), guarded(new RegExp(`\\b(?:${CUE}) (?:the )?(?:[a-z]+ )?${HELPER}`), support)];

/**
 * "Acting on intelligence provided by India's NCB, officers of the X …": the body whose tip the sentence's
 * actor acted on works with it. The tipster may be placed ("the X in Lisbon") and the actor the speaker's own
 * ("our Coast Guard boarded …", in speeches and statements).
 */
const actedOnTip: Rule = (view) => matchAll(view, new RegExp(`\\b(?:[Aa]cting on|[Ff]ollowing|[Oo]n the basis of|[Bb]ased on|[Aa]fter) (?:a |an |the )?(?:[a-z-]+ )?(?:intelligence|information|tip|tip-off|alert|warning|request)s? (?:provided |supplied |shared |passed |received )?(?:by|from) (?:the )?(?:${M('L')}'s? )?(${M('O')})(?: \\([^)]*\\))?(?: (?:in|at) ${M('L')})?, (?:(?:officers|agents|investigators|members|officials) (?:of|from) )?(?:the |our |its |their )?(?:${M('L')}'s )?(${M('O')})`, 'gu'),
  (m) => (view.mentions[refs(m[1])[0]!]!.entity === view.mentions[refs(m[2])[0]!]!.entity ? null : candidate(view, 'COOPERATES_WITH', refs(m[1])[0]!, refs(m[2])[0]!, 'acted-on-tip', 0.6)));

/**
 * "officers of the A of the X, acting on information from the Y's B, found …": the tip comes in the middle,
 * after the body that acted on it (its owner after "of" only says whose it is). Not a request: a court
 * "acting on a request from the prosecutor" rules on it rather than working with it.
 */
const actingOnMid: Rule = (view) => matchAll(view, new RegExp(`(${M('O')})(?: \\([^)]*\\))?(?: of (?:the )?${M('OL')}(?: \\([^)]*\\))?)?, (?:acting on|following|on the basis of|based on) (?:a |an |the )?(?:[a-z-]+ )?(?:intelligence|information|tip|tip-off|alert|warning)s? (?:provided |supplied |shared |passed |received )?(?:by|from) (?:the )?(?:${M('L')}'s? )?(?:${M('O')}'s )?(${M('O')})`, 'gu'),
  (m) => (view.mentions[refs(m[1])[0]!]!.entity === view.mentions[refs(m[2])[0]!]!.entity ? null : candidate(view, 'COOPERATES_WITH', refs(m[1])[0]!, refs(m[2])[0]!, 'acting-on-mid', 0.6)));

/** 'The GID is "a long-standing partner" of the Lebanese Army': partners work together. */
const partnerOf: Rule = (view) => matchAll(view, new RegExp(`(${M('OL')})(?: \\([^)]*\\))? (?:is|was|has been|remains|became) (?:a |an |the )?"?(?:[a-z-]+ ){0,2}(?:partner|ally)"? (?:of|to) (?:the )?(?:${M('L')}'s )?(${M('OL')})`, 'gu'),
  (m) => candidate(view, 'COOPERATES_WITH', refs(m[1])[0]!, refs(m[2])[0]!, 'partner-of', 0.65));

/** The body a sentence opening with "It" is about: the subject of the sentence before (its first body). */
function itSubject(view: View, doc: Doc): number | undefined {
  const prev = view.prev ?? doc.views[doc.views.indexOf(view) - 1];
  if (!prev) return undefined;
  const first = /^(?:[^<]{0,40})<O(\d+)>/.exec(prev.template);
  return first ? prev.mentions[Number(first[1])]!.entity : undefined;
}

/**
 * "It was set up in 2004 by the X" (the body of the sentence before was founded by X), "Y, which is hosted by
 * the X in Z" (Y works with X and sits in Z), "through its country office in Z", "which has an office in Z".
 */
const hostsAndOffices: Rule = (view, doc) => {
  const out: Candidate[] = [];
  const founded = new RegExp(`^It (?:was|has been) (?:jointly )?(?:set up|established|founded|created|launched)(?: in (?:19|20)\\d\\d)? by (?:the )?(${LIST_THE('OL')})`).exec(view.template);
  const subject = founded ? itSubject(view, doc) : undefined;
  if (founded && subject !== undefined) {
    for (const f of refs(founded[1])) if (view.mentions[f]!.entity !== subject) out.push({ ...candidate(view, 'FOUNDED', f, f, 'it-set-up-by', 0.6), target: subject });
  }
  for (const m of view.template.matchAll(new RegExp(`(${M('O')})(?:,? which)? (?:is|was|are|has been) (?:currently )?hosted by (?:the )?(?:${M('L')}'s )?(${M('O')})(?: (?:in|at) (${M('L')}))?`, 'gu'))) {
    const [guest] = refs(m[1]);
    const [host] = refs(m[2]);
    out.push(candidate(view, 'COOPERATES_WITH', guest!, host!, 'hosted-by', 0.6));
    if (m[3]) out.push(candidate(view, 'LOCATED_IN', guest!, refs(m[3])[0]!, 'hosted-in', 0.6));
  }
  for (const m of view.template.matchAll(new RegExp(`(${M('O')})(?:'s (?:[a-z-]+ ){0,2}(?:office|offices|representation|branch)|(?: \\([^)]*\\))?,? which (?:has|maintains|runs|opened) (?:an? |its )?(?:[a-z-]+ ){0,2}(?:office|offices|representation|branch)) in (${M('L')})`, 'gu'))) {
    out.push(candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'office-in', 0.6));
  }
  return out;
};

SUPPORT_RULES.push(guarded(/\b(?:partner|ally)"? (?:of|to)\b/, partnerOf));
SUPPORT_RULES.push(guarded(/\b(?:intelligence|information|tip|tip-off|alert|warning|request)s? (?:[a-z]+ )?(?:by|from)\b/, actedOnTip));
SUPPORT_RULES.push(guarded(/>(?: \([^)]*\))?, (?:acting on|following|on the basis of|based on) /, actingOnMid));
SUPPORT_RULES.push(guarded(/\b(?:hosted by|set up|established|founded|created|launched|office|offices|representation|branch)\b/, hostsAndOffices));

/**
 * "The case was investigated by the X of the Ministry, under the direction of the Y", "the X, which is conducting
 * the investigation under the direction of the Y": the body that acts and the one (a prosecutor, mostly) that
 * directs it work together. The owner after "of" only says whose unit X is.
 */
const directedBy: Rule = (view) => matchAll(view, new RegExp(`(${M('O')})(?: \\([^)]*\\))?(?: of (?:the )?${M('OL')})?,? (?:(?:which|that) )?(?:(?:is|are|was|were|has been) )?(?:[a-z-]+ ){0,5}?under the (?:direction|supervision|coordination|guidance) of (?:the )?(?:${M('L')}'s )?(${M('O')})`, 'gu'),
  (m) => (view.mentions[refs(m[1])[0]!]!.entity === view.mentions[refs(m[2])[0]!]!.entity ? null : candidate(view, 'COOPERATES_WITH', refs(m[1])[0]!, refs(m[2])[0]!, 'directed-by', 0.6)));
SUPPORT_RULES.push(guarded(/\bunder the (?:direction|supervision|coordination|guidance) of\b/, directedBy));

/**
 * "The X has trained 900 Ruritanian officers", "X trains Y officers in …", "…, the X, which also trained twelve
 * Ruritanian investigators", "The X's regional office has trained …": the trainer works with the body or the
 * country whose officers it trained (a person who trained officers is left out: that is a career, not cooperation).
 */
const TRAINEES = '(?:officers|investigators|officials|personnel|staff|agents|prosecutors|analysts|guards|crews|police|policemen|cadets|recruits)';
const trainedOfficers: Rule = (view) => matchAll(view, new RegExp(`(${M('O')})(?: \\([^)]*\\))?(?: in ${M('L')})?(?:,? (?:which|who)| officers)?(?: (?:has|have|had))?(?: also)? (?:trained|trains) (?:[a-z0-9,-]+ ){0,3}(${M('DO')})(?: and (${M('DO')}))?(?: [a-z-]+){0,3} ${TRAINEES}\\b`, 'gu'),
  (m) => [...refs(m[2]), ...refs(m[3])].filter((t) => view.mentions[t]!.entity !== view.mentions[refs(m[1])[0]!]!.entity)
    .map((t) => candidate(view, 'COOPERATES_WITH', refs(m[1])[0]!, t, 'trained-officers', 0.6)));
SUPPORT_RULES.push(guarded(/\btrain(?:ed|s)\b/, trainedOfficers));
