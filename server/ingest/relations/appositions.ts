// Constructions around a named body or person that state structure in a
// clause: a title before the name ("the head of the X, Name"), reporting
// lines ("A and B, both of which report to C"), and shared memberships
// ("A and B ... X, of which both are members").
import { ROLE_WORDS } from '../gazetteer/lexicon.js';
import { type Rule, type Candidate, M, LIST_THE, candidate, matchAll, refs, guarded } from './context.js';
import { post } from './post.js';

/** Courtesy titles between a post and the name: "the Deputy Prime Minister of X, Hon. Y". */
export const HONORIFIC = '(?:Hon|Ms|Mr|Mrs|Dr|Prof|Rt\\. Hon)\\.? ';
/** Ranks written before the name: "the Executive Director of X, Commissioner General Y". */
const RANK_WORDS = 'General|Commissioner|Colonel|Brigadier|Major|Lieutenant|Admiral|Inspector|Superintendent|Police|Senior|Chief|Deputy|Assistant|Captain|Commander|Judge|Ambassador';

/** One to three ranks, a retired rank marked so: "Brigadier General (Rtd)", "Police Colonel". */
const RANKS = `(?:(?:${RANK_WORDS})(?: \\((?:Rtd|Retd|rtd|retd|ret)\\.?\\))? ){1,3}`;

const MODIFIERS = ['deputy', 'acting', 'former', 'senior', 'first', 'second', 'state', 'general', 'vice', 'interim', 'permanent', 'high'];
/** Words that make a title only next to a post word: "Permanent Secretary", "High Commissioner". */
const TITLE_ONLY = new Set(["d'affaires", 'chargé', 'permanent', 'high']);
/** Title words only, at least one of them a post rather than a modifier: "head", "Deputy Director General". */
const isTitle = (words: string) => {
  const ws = words.toLowerCase().split(/[\s-]+/).filter(Boolean);
  return ws.length > 0 && ws.every((w) => ROLE_WORDS.has(w) || TITLE_ONLY.has(w)) && ws.some((w) => !MODIFIERS.includes(w));
};

/**
 * "the head of the <O>, <P>", "and the Ambassador of <L> to <L>, <P>", "the Director General of Security of <L>
 * and head of the <O>, <P>": each body or place right after a title in the clause is where the person holds it.
 */
const roleBeforeName: Rule = (view, doc) => matchAll(view, new RegExp(`, (?:${HONORIFIC}|${RANKS}|([a-z]+(?: [a-z]+)?) )?(${M('P')})(?=[;,.]| and\\b| said\\b| of (?:the )?<|$)`, 'gu'), (m) => {
  // "The head of the Directorate, prosecutor P,": a lower-case post before the name is a title too.
  if (m[1] && !m[1].split(' ').every((w) => ROLE_WORDS.has(w))) return null;
  const clause = view.template.slice(0, m.index).split(/;|:|, and |, | by | including /).at(-1)!;
  // An address line may open with the style: "Her Excellency the High Commissioner of X, Ms P,".
  const lead = /^\s*(?:and |as well as )?(?:(?:His|Her|Their) Excellenc(?:y|ies),? )?(?:[Tt]he |[Ii]ts |[Hh]is |[Hh]er |[Tt]heir )?/.exec(clause)![0];
  const body = clause.slice(lead.length);
  // A verb may open the clause: "…, commended the Director-General of X, P".
  const first = /^(?:[a-z]+ed (?:the |its )?)?([\p{L}'-]+(?: [\p{L}'-]+){0,2}?) (?:of|at|for|to|in) /u.exec(body);
  if (!first || !isTitle(first[1]!) || clause.length > 140) return null;
  const person = refs(m[2])[0]!;
  const out: Candidate[] = [];
  let from = 0;
  for (const p of body.matchAll(/<([OL])(\d+)>/g)) {
    const between = body.slice(from, p.index);
    from = p.index + p[0].length;
    // Only a place or body right after "<title words> of|at|for|in": "to <L>" in "Ambassador of X to Y" is the posting.
    const t = /(?:^|\band )(?:the )?([\p{L}'-]+(?: [\p{L}'-]+){0,5}?) (?:of|at|for|in) (?:the )?(?:(?:United |Federal |Islamic |People's )?Republic of )?$/u.exec(between);
    // "the director of the Agency's Operations Directorate, P": the post is in the unit the owner's name leads to.
    if (between === "'s " && out.length && p[1] === 'O') {
      const role = out[0]!.properties?.role ?? 'official';
      out.push(...post(view, doc, person, Number(p[2]), role, 'role-before-name', 0.7));
      continue;
    }
    if (!t || !t[1]!.split(' ').some((w) => isTitle(w))) continue;
    out.push(...post(view, doc, person, Number(p[2]), t[1]!, 'role-before-name', 0.7));
  }
  return out;
});

/**
 * "The UNODC Regional Representative for Central Asia, Ms. P", "the X Director, P": a title after the body's name
 * (and perhaps the place the post covers), then the name.
 */
const bodyTitleName: Rule = (view, doc) => matchAll(view, new RegExp(`(${M('O')}) ((?:[A-Z][a-z-]+ ?){1,4})(?: (?:for|in) (?:the )?${M('L')})?, (?:${HONORIFIC}|${RANKS})?(${M('P')})(?=[;,.]| and\\b| said\\b|$)`, 'gu'),
  (m) => (isTitle(m[2]!.trim()) ? post(view, doc, refs(m[3])[0]!, refs(m[1])[0]!, m[2]!.trim(), 'body-title-name', 0.7) : []));

/** "A and B, both of which report to C", "C, to which the A reports", "A reports directly to C": units of C. */
const reportsTo: Rule = (view) => [
  ...matchAll(view, new RegExp(`(${LIST_THE('O')}),? (?:(?:both |all |each )?(?:of )?(?:which|that) )?(?:reports?|reported|answers?|answered) (?:directly )?to (?:the )?(${M('O')})`, 'gu'),
    (m) => refs(m[1]).map((p) => candidate(view, 'PART_OF', p, refs(m[2])[0]!, 'reports-to', 0.75))),
  ...matchAll(view, new RegExp(`(${M('O')}),? to (?:which|whom) (?:the )?(${LIST_THE('O')}) (?:reports?|reported|answers?)\\b`, 'gu'),
    (m) => refs(m[2]).map((p) => candidate(view, 'PART_OF', p, refs(m[1])[0]!, 'reports-to', 0.75))),
];

/** "A and B also cooperate within X and the Y, of which both are members": each subject is a member of each body. */
const ofWhichMembers: Rule = (view) => matchAll(view,
  new RegExp(`^(?:[^<]{0,30})?(${LIST_THE('LOD')})[^<]{0,60}?(${LIST_THE('O')}),? (?:of which|in which) (?:both|all|they|each)(?: of them)? (?:are|were|is|remain) (?:full )?members`, 'gu'),
  (m) => refs(m[1]).filter((a) => view.mentions[a]!.kind !== 'demonym').flatMap((a) => refs(m[2]).map((o) => candidate(view, 'MEMBER_OF', a, o, 'of-which-members', 0.75))));

/**
 * "Thailand and Myanmar are members of the X, together with A and B", "Y is a member of the X and the Z",
 * "the X, of which Kuwait is a member": every state or body named is a member of every body named.
 */
const membersOf: Rule = (view) => [
  // "Cyprus and Greece are both member states of the EU and of Europol", "… and France (for Réunion) are the X's members".
  ...matchAll(view, new RegExp(`^(?:[^<]{0,30})?(${LIST_THE('LO')})(?: \\((?:[^)<]|<L\\d+>)*\\))? (?:are|is|were|was|have been|has been|became|remain|remains) (?:both |all |also |now |still )*(?:an? |the )?(?:founding |full |permanent |active )?(?:members?(?: (?:states?|countries|country|nations?))? of (?:the )?(${M('O')}(?:(?:, | and |, and )(?:of )?(?:the )?${M('O')})*)|(${M('O')})'s (?:founding |full )?members\\b)(?: \\([^)<]*\\))?(?:,? (?:together|along) with (?:the )?(${LIST_THE('LO')}))?`, 'gu'),
    (m) => [...refs(m[1]), ...refs(m[4])].filter((a) => view.mentions[a]!.kind !== 'demonym')
      .flatMap((a) => refs(m[2] ?? m[3]).map((o) => candidate(view, 'MEMBER_OF', a, o, 'members-of', 0.7)))),
  ...matchAll(view, new RegExp(`(${M('O')})(?: \\([^)<]*\\))?,? (?:of which|in which) (?:the )?(${LIST_THE('LO')}) (?:is|are|was|were|has been|have been|became) (?:also |both |all |now )*(?:an? )?(?:founding |full |permanent )?members?\\b`, 'gu'),
    (m) => refs(m[2]).filter((a) => view.mentions[a]!.kind !== 'demonym').map((a) => candidate(view, 'MEMBER_OF', a, refs(m[1])[0]!, 'of-which-member', 0.7))),
];

export const APPOSITION_RULES: Rule[] = [
  guarded(/\bmembers?\b/, membersOf),
  guarded(/, (?:[A-Za-z()]+\.?\)? )*<P\d+>/, roleBeforeName), guarded(/<O\d+> [A-Z][^<]{2,60}(?:<L\d+>)?, (?:[A-Za-z]+\.? )*<P\d+>/, bodyTitleName), guarded(/\b(?:report|answer)/, reportsTo), guarded(/\bmembers\b/, ofWhichMembers),
];
