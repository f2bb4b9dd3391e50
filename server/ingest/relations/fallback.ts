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
/** Longest stretch of template text between two partners: a clause, not a paragraph (measured: 60 and 150 did worse). */
const MAX_GAP = 100;

/** What an actor does to a drug: seizes, traffics, makes, regulates it. */
const TRADE = /\b(?:seiz(?:e|ed|es|ing|ure|ures)|traffick(?:ing|ed|ers?)?|smuggl(?:e|ed|ing|ers?)|produc(?:e|ed|es|ing|tion)|manufactur(?:e|ed|es|ing)|shipp?(?:ed|ing|ment|ments)|import(?:ed|ing|s)?|export(?:ed|ing|s)?|confiscat(?:e|ed|ing)|intercept(?:ed|ing)?|dismantl(?:e|ed|ing)|regulat(?:e|ed|es|ing)|control(?:led)?|schedul(?:e|ed|ing)|ban(?:ned|s)?|sold|sell(?:ing|s)?|distribut(?:e|ed|ing|ion)|found|discovered|recovered|detect(?:ed|s)?)\b/;
/** A drug moving or being made: the places it comes from or passes through are involved with it. */
const MOVE = /\b(?:shipp?ed|smuggled|moved|moving|coming|came|loaded|made|produced|grown|grows|cultivated|imported|trafficked|transported|routed|flow(?:s|ing|ed)?|arriv(?:e|ed|ing)|sent|carried|carries|carry(?:ing)?|exported|diverted|originat(?:e|ed|ing))\b/;

type Guess = { source: 'a' | 'b' };

/** A verb of saying or finding between a person and a drug: the person tells of the deed, not does it. */
const SPEECH = /\b(?:said|says|say|told|tells|stated|states|added|noted|explained|announced|reported|recalled|warned|found that|ruled that|according to)\b/;

/**
 * Whether mention `a` and the later mention `b` (of types `ta`, `tb`) are
 * plausibly tied by INVOLVED_WITH, from the template text between them
 * (`gap`), and which of them is the actor. Undefined: no cue.
 */
export function guess(ta: EntityType, tb: EntityType, gap: string, before = ''): Guess | undefined {
  const g = gap.toLowerCase();
  const actor = (t: EntityType) => t === 'Person' || t === 'Organization';
  // "<O> seized 2 tonnes of <S>", "<P> was accused of smuggling <S>".
  // "P said officers had seized <S>", "Judge P ruled that the men had imported <S>": a speaker reports what others did.
  if (actor(ta) && tb === 'Substance' && TRADE.test(g) && !(ta === 'Person' && SPEECH.test(g))) return { source: 'a' };
  // "<S> seized by the <O>".
  // "… was made by customs officers of the <O>": the people who acted, of the body.
  const byActor = /\bby (?:the )?(?:(?:[a-z-]+ ){0,2}(?:officers?|agents?|officials?|units?|teams?|investigators?|personnel|staff|members?|divers|crews?) of (?:the )?)?$/.test(g);
  // The seizure may be named before the drug: "The largest seizure, 1.1 tonnes of <S>, was made by <O>".
  const traded = TRADE.test(g) || (TRADE.test(before.toLowerCase()) && /\b(?:made|carried out|conducted|effected|performed)\b/.test(g) && !/[.;:]/.test(g));
  if (ta === 'Substance' && actor(tb) && traded && byActor) return { source: 'b' };
  // Origin and transit: "<S> smuggled overland from <L>", "<S> shipped through the port of <L>".
  // The verb may come first: "has carried Afghan <S> from <L>".
  const moved = MOVE.test(g) || (MOVE.test(before.toLowerCase()) && !/[.;:]/.test(g) && g.length <= 12);
  if (ta === 'Substance' && tb === 'Location' && moved && /\b(?:from|through|via|into|in|near|across|to|at) (?:the )?(?:port of |hills above |coast of )?$/.test(g)) return { source: 'b' };
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
      const g = guess(a.type, b.type, gap, view.template.slice(Math.max(0, s[i]!.start - 40), s[i]!.start));
      if (!g) continue;
      // The actor of a seizure is the unit that made it, not the body owning that unit nor the one that tipped it off.
      if (g.source === 'a' && b.type === 'Substance' && notActor(view.template.slice(Math.max(0, s[i]!.start - 60), s[i]!.start))) continue;
      const add = (x: number) => {
        if (x === a.entity || related.has(`${a.entity}|${x}`)) return;
        const [source, target] = g.source === 'a' ? [a.entity, x] : [x, a.entity];
        out.push({ type: 'INVOLVED_WITH', source, target, rule: 'fallback', confidence: FALLBACK_CONFIDENCE, evidence: [span(view)] });
      };
      add(b.entity);
      // "seized 870 kg of heroin and 1.6 tonnes of hashish", "through Bulgaria, Serbia and North Macedonia":
      // what stands in a list with the partner is in the same relation to the other end (even where a rule took the partner).
      for (let k = j + 1, prev = s[j]!; k < s.length; k++) {
        const c = view.mentions[s[k]!.ref]!;
        if (c.type !== b.type || !LIST_GAP.test(view.template.slice(prev.end, s[k]!.start))) break;
        prev = s[k]!;
        if (c.kind !== 'demonym' && c.kind !== 'anaphor') add(c.entity);
      }
    }
  }
  return out;
}

/**
 * Whether a body named right after `before` is only the owner of a unit named just before it ("the Drug Squad (DS)
 * of the Norland Police", "the Customs Directorate of Norland's Ministry of Trade", "…, part of the Interior
 * Ministry") or a tipster ("acting on information from the X", "after an alert from the X").
 */
export function notActor(before: string): boolean {
  return /<[OP]\d+>(?: \(<O\d+>\))? of (?:the )?(?:<L\d+>'s )?$|\bpart of (?:the )?(?:<L\d+>'s )?$/.test(before)
    || /\b(?:information|intelligence|tip-?offs?|alerts?|warnings?|requests?|leads?)(?: (?:provided|received|shared|passed on|supplied))? (?:from|by) (?:the )?(?:<L\d+>'s )?$/.test(before)
    // "According to Dr. P, <S> now travels by sea": the source of a statement.
    || /\b[Aa]ccording to (?:[A-Z][a-z]{0,3}\.? )?$/.test(before);
}

/** Between two items of one list: a comma or "and"/"or", a route word, or another quantity ("and 2 tonnes of"). */
const LIST_GAP = /^(?:,|,? (?:and|or)|,? (?:and )?(?:on |then )?(?:through|via|across)(?: the)?|,? and (?:on |then )?(?:to|into)(?: the)?|,? and (?:about |some |nearly |more than )?[\d.,]+ ?(?:kg|kilograms?|kilos?|tonnes?|tons?|grams?|g|pounds?|lbs?|litres?|liters?|pills?|tablets?) (?:of )?)\s*$/;
