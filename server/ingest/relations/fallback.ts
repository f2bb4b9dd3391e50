// The generic fallback, run after every other rule: sentence templates tuned
// on one set of documents barely move documents nobody read, but an actor or a
// place a few words from a drug, with a trade or transport verb between them,
// is almost always involved with that drug. For pairs no rule related anywhere
// in the document, this proposes INVOLVED_WITH at a low confidence (analysts
// can filter it out). It pairs only neighbours (the nearest mention of each
// type within a short gap), never all pairs, and reads only cue words and
// entity types, never names.
//
// Measured and left out (each added more false relations than true ones on
// the held-out sets, dev and seeds): a role word between a person and a body
// (HOLDS_POSITION), "A and B" with a cooperation word (COOPERATES_WITH: mostly
// lists of countries), took part/led near an event (PARTICIPATED_IN),
// arrest/charge verbs with "by/in" (ARRESTED_BY, CHARGED_BY; the existing
// rules already take the good cases), "in"/"based in" (LOCATED_IN) and
// "<place>, <place>" (PART_OF: mostly lists).
import type { EntityType } from '../../ontology/index.js';
import type { Candidate, Doc, View } from './context.js';
import { span } from './context.js';

export const FALLBACK_CONFIDENCE = 0.55;
/** Longest stretch of template text between two partners: a clause, not a paragraph. */
const MAX_GAP = 60;

/** What an actor does to a drug: seizes, traffics, makes, regulates it. */
const TRADE = /\b(?:seiz(?:e|ed|es|ing|ure|ures)|traffick(?:ing|ed|ers?)?|smuggl(?:e|ed|ing|ers?)|produc(?:e|ed|es|ing|tion)|manufactur(?:e|ed|es|ing)|shipp?(?:ed|ing|ment|ments)|import(?:ed|ing|s)?|export(?:ed|ing|s)?|confiscat(?:e|ed|ing)|intercept(?:ed|ing)?|dismantl(?:e|ed|ing)|regulat(?:e|ed|es|ing)|control(?:led)?|schedul(?:e|ed|ing)|ban(?:ned|s)?|sold|sell(?:ing|s)?|distribut(?:e|ed|ing|ion)|found|discovered|recovered)\b/;
/** A drug moving or being made: the places it comes from or passes through are involved with it. */
const MOVE = /\b(?:shipp?ed|smuggled|moved|moving|coming|came|loaded|made|produced|grown|grows|cultivated|imported|trafficked|transported|routed|flow(?:s|ing|ed)?|arriv(?:e|ed|ing)|sent|carried|exported|originat(?:e|ed|ing))\b/;

type Guess = { source: 'a' | 'b' };

/**
 * Whether mention `a` and the later mention `b` (of types `ta`, `tb`) are
 * plausibly tied by INVOLVED_WITH, from the template text between them
 * (`gap`), and which of them is the actor. Undefined: no cue.
 */
export function guess(ta: EntityType, tb: EntityType, gap: string): Guess | undefined {
  const g = gap.toLowerCase();
  const actor = (t: EntityType) => t === 'Person' || t === 'Organization';
  // "<O> seized 2 tonnes of <S>", "<P> was accused of smuggling <S>".
  if (actor(ta) && tb === 'Substance' && TRADE.test(g)) return { source: 'a' };
  // "<S> seized by the <O>".
  if (ta === 'Substance' && actor(tb) && TRADE.test(g) && /\bby (?:the )?$/.test(g)) return { source: 'b' };
  // Origin and transit: "<S> smuggled overland from <L>", "<S> shipped through the port of <L>".
  if (ta === 'Substance' && tb === 'Location' && MOVE.test(g) && /\b(?:from|through|via|into|in|near|across|to) (?:the )?(?:port of |hills above |coast of )?$/.test(g)) return { source: 'b' };
  // "<L> heroin", "<L>'s methamphetamine": a drug named by its source.
  if (ta === 'Location' && tb === 'Substance' && /^(?:'s)? $/.test(g)) return { source: 'a' };
  return undefined;
}

/** The placeholders of a template with where they sit ("'s" kept in the gap that follows). */
function slots(template: string): Array<{ ref: number; start: number; end: number }> {
  return [...template.matchAll(/<[A-Z](\d+)>/g)].map((m) => ({ ref: Number(m[1]), start: m.index!, end: m.index! + m[0].length }));
}

/**
 * Fallback candidates of one sentence for entity pairs not in `related`
 * (keys "a|b", both orders). Each mention pairs only with the first later
 * mention of each type (the nearest plausible partner), within MAX_GAP.
 */
export function fallbackRule(view: View, _doc: Doc, related: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const s = slots(view.template);
  for (let i = 0; i < s.length; i++) {
    const a = view.mentions[s[i]!.ref]!;
    // Demonyms ("Chinese") and pronouns are too loose an anchor for a guess.
    if (a.kind === 'demonym' || a.kind === 'anaphor') continue;
    const seen = new Set<EntityType>();
    for (let j = i + 1; j < s.length; j++) {
      const b = view.mentions[s[j]!.ref]!;
      const gap = view.template.slice(s[i]!.end, s[j]!.start);
      if (gap.length > MAX_GAP) break;
      const nearest = !seen.has(b.type);
      seen.add(b.type);
      if (!nearest || b.kind === 'demonym' || b.kind === 'anaphor' || a.entity === b.entity) continue;
      if (related.has(`${a.entity}|${b.entity}`)) continue;
      const g = guess(a.type, b.type, gap);
      if (!g) continue;
      const [source, target] = g.source === 'a' ? [a.entity, b.entity] : [b.entity, a.entity];
      out.push({ type: 'INVOLVED_WITH', source, target, rule: 'fallback', confidence: FALLBACK_CONFIDENCE, evidence: [span(view)] });
    }
  }
  return out;
}
