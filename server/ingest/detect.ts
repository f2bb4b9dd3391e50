// Named-entity mentions in one sentence: gazetteer phrases, capitalized
// chunks typed by their head word, person names told by titles, name shapes
// and context, substances, and a few descriptive names ("the narcotics
// control bureau of ...", "Chinese foreign ministry").
import type { EntityType } from '../ontology/index.js';
import type { Sentence } from './sentences.js';
import { type Token, tokenize, isCap, singular } from './tokens.js';
import { type Chunk, type Unit, findChunks } from './chunks.js';
import { lookup, MAX_PHRASE_WORDS, SUBSTANCE_PATTERNS, SUBSTANCE_CANONICAL } from './lexicon.js';
import { ORG_HEADS, ORG_LEADING_HEADS } from './gazetteer/organizations.js';
import { EVENT_HEADS, EVENT_LEADING, OTHER_HEADS, ROLE_WORDS, NAME_TITLES, SAY_VERBS, MONTHS, WEEKDAYS } from './gazetteer/lexicon.js';
import { COMMON_WORDS } from './gazetteer/common.js';
import { GIVEN_NAMES, CHINESE_SURNAMES, isPinyin } from './gazetteer/names.js';
import { descriptiveMentions } from './descriptive.js';

export type MentionKind = 'name' | 'lexicon' | 'demonym' | 'acronym' | 'short' | 'anaphor';

export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  /** The name this mention contributes; for lexicon hits the canonical name. */
  name: string;
  kind: MentionKind;
  /** Higher wins when mentions overlap. */
  priority: number;
  acronym?: string;
  /** Found only in a title-case heading: kept only if the body names it too. */
  weak?: boolean;
  /** Had a title before it ("President Biden"): a lone surname is still a person. */
  titled?: boolean;
  /** An anaphor standing for a possessive ("its"): the template reads it as "<O1>'s". */
  possessive?: boolean;
  /** The text as written, when the name is a canonical form ("Korea" for South Korea). */
  surface?: string;
}

const SKIP_UNITS = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));

export interface DetectContext { lowerWords: ReadonlySet<string> }

export function detectMentions(s: Sentence, ctx: DetectContext): RawMention[] {
  const tokens = tokenize(s.text, s.start);
  const found: RawMention[] = [...substances(s), ...descriptiveMentions(s)];
  for (const chunk of findChunks(tokens)) found.push(...analyzeChunk(chunk, tokens, s, ctx));
  if (s.titleCase) for (const m of found) if (m.kind === 'name') m.weak = true;
  return resolveOverlaps(found);
}

function substances(s: Sentence): RawMention[] {
  const out: RawMention[] = [];
  for (const pattern of SUBSTANCE_PATTERNS) {
    for (const m of s.text.matchAll(pattern)) {
      const raw = m[0];
      const base = SUBSTANCE_CANONICAL.get(raw.toLowerCase()) ?? SUBSTANCE_CANONICAL.get(raw.toLowerCase().replace(/s$/, '')) ?? raw;
      out.push({ start: s.start + m.index, end: s.start + m.index + raw.length, type: 'Substance', name: base, kind: 'lexicon', priority: 4 });
    }
  }
  return out;
}

function resolveOverlaps(found: RawMention[]): RawMention[] {
  const sorted = [...found].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: RawMention[] = [];
  for (const m of sorted) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

type Piece = { units: Unit[]; entry?: ReturnType<typeof lookup> };

function analyzeChunk(chunk: Chunk, tokens: Token[], s: Sentence, ctx: DetectContext): RawMention[] {
  let units = chunk.units.filter((u) => !SKIP_UNITS.has(u.lower));
  if (units.length !== chunk.units.length) return splitAround(chunk, tokens, s, ctx);
  units = dropLeading(units, chunk.from === 0 || tokens[chunk.from - 1]?.text === '“' || tokens[chunk.from - 1]?.text === '"');
  units = trimConnectors(units);
  if (!units.length) return [];
  const named = namedBody(units, chunk);
  if (named) return named;
  return segment(units, chunk, tokens, s, ctx);
}

/** A chunk containing a month or weekday is cut around it ("Tuesday", "January"). */
function splitAround(chunk: Chunk, tokens: Token[], s: Sentence, ctx: DetectContext): RawMention[] {
  const out: RawMention[] = [];
  let run: Unit[] = [];
  const flush = (last: boolean) => {
    const units = trimConnectors(run);
    if (units.length) out.push(...analyzeChunk({ ...chunk, units, acronym: last ? chunk.acronym : undefined, possessive: last && chunk.possessive }, tokens, s, ctx));
    run = [];
  };
  for (const u of chunk.units) {
    if (SKIP_UNITS.has(u.lower)) flush(false);
    else run.push(u);
  }
  flush(true);
  return out;
}

function dropLeading(units: Unit[], sentenceStart: boolean): Unit[] {
  let i = 0;
  if (lookup(phrase(units.slice(0, 2)))) return units;
  while (i < units.length - 1 && (units[i]!.lower === 'the' || (sentenceStart && i === 0 && COMMON_WORDS.has(units[i]!.lower) && !lookup(phrase(units.slice(0, 2)))))) i++;
  if (i === units.length - 1 && units[i]!.lower === 'the') return [];
  if (units.length === 1 && sentenceStart && COMMON_WORDS.has(units[0]!.lower) && !lookup(units[0]!.text)) return [];
  return units.slice(i);
}

function trimConnectors(units: Unit[]): Unit[] {
  let a = 0;
  let b = units.length;
  while (a < b && !isCap(units[a]!.text) && !/^\d/.test(units[a]!.text)) a++;
  while (b > a && !isCap(units[b - 1]!.text) && !/^\d/.test(units[b - 1]!.text)) b--;
  return units.slice(a, b);
}

const phrase = (units: Unit[]) => units.map((u) => u.text).join(' ').replace(/ (['’]s)\b/g, '$1');
const headOf = (u: Unit) => singular(u.lower.replace(/^.*-/, ''));
const isOrgHead = (u: Unit) => ORG_HEADS.has(u.lower) || ORG_HEADS.has(headOf(u));
const isEventHead = (u: Unit) => EVENT_HEADS.has(u.lower) || EVENT_HEADS.has(headOf(u));
const isOtherHead = (u: Unit) => OTHER_HEADS.has(u.lower) || OTHER_HEADS.has(headOf(u));

/** Organizations, events and "other" names, typed by their last head word. */
function namedBody(units: Unit[], chunk: Chunk): RawMention[] | null {
  const first = units[0]!;
  // Leading role words are a title, not part of the body: "Director General of the X Department".
  let from = 0;
  while (from < units.length - 2 && ROLE_WORDS.has(units[from]!.lower) && !isOrgHead(units[from]!)) from++;
  if (from > 0 && units[from]?.lower === 'of') from++;
  if (from > 0 && units[from]?.lower === 'the') from++;
  const body = units.slice(from);
  if (!body.length) return null;
  let type: EntityType | null = null;
  let headAt = -1;
  if (EVENT_LEADING.has(body[0]!.lower) && body.length > 1) { type = 'Event'; headAt = 0; }
  for (let i = body.length - 1; i >= 0 && !type; i--) {
    const u = body[i]!;
    if (!isCap(u.text) || u.lower === 'general') continue;
    const nextUnit = body[i + 1];
    if (nextUnit && !/^(?:of|for|on|in|against|and|[IVX]+|\d+)$/.test(nextUnit.text) && !EVENT_LEADING.has(body[0]!.lower)) continue;
    if (isOtherHead(u)) { type = 'Other'; headAt = i; }
    else if (isEventHead(u) && !(isOrgHead(u) && !/^\d/.test(first.text))) { type = 'Event'; headAt = i; }
    else if (isOrgHead(u) && !lookup(u.text)) { type = 'Organization'; headAt = i; }
  }
  if (!type) return null;
  if (body.length === 1 && !lookup(body[0]!.text)) return null; // "Post", "Council" alone name nothing
  const cut = body.findIndex((u, i) => i > headAt && (u.lower === 'in' || u.lower === 'at'));
  if (cut > 0) {
    // "the 2008 Games in China": the place after the name is a mention of its own.
    const place = body.slice(cut + 1);
    return [...(namedBody(body.slice(0, cut), { ...chunk, acronym: undefined }) ?? []), ...(place.length ? segmentPlain(place) : [])];
  }
  const and = body.findIndex((u, i) => i > 0 && u.lower === 'and' && (i < headAt || standsAlone(body.slice(i + 1))));
  if (and > 0) {
    const left = body.slice(0, and);
    const leftKnown = lookup(phrase(left));
    if (and > headAt && !leftKnown) {
      // "Ministry of Security of Peru and INTERPOL": two names, the first carrying the head.
      const rightUnits = body.slice(and + 1);
      const right = rightUnits[0]?.lower === 'the' ? rightUnits.slice(1) : rightUnits;
      const rightKnown = lookup(phrase(right));
      const rightMentions: RawMention[] = rightKnown
        ? [{ start: right[0]!.start, end: right.at(-1)!.end, type: rightKnown.type, name: rightKnown.canonical, kind: rightKnown.demonym ? 'demonym' : 'lexicon', priority: 1, surface: phrase(right) }]
        : namedBody(right, chunk) ?? [];
      return [...(namedBody(left, { ...chunk, acronym: undefined }) ?? []), ...rightMentions];
    }
    const coordinated = rightUnits0(body, and) && left.length >= 2 && left.every((u) => isCap(u.text) && !COMMON_WORDS.has(u.lower));
    if (leftKnown || isOrgHead(left.at(-1)!) || coordinated) {
      const rightUnits = body.slice(and + 1);
      const right = namedBody(rightUnits[0]?.lower === 'the' ? rightUnits.slice(1) : rightUnits, chunk) ?? [];
      const leftMention: RawMention = leftKnown
        ? { start: left[0]!.start, end: left.at(-1)!.end, type: leftKnown.type, name: leftKnown.canonical, kind: leftKnown.demonym ? 'demonym' : 'lexicon', priority: 1, surface: phrase(left) }
        : { start: left[0]!.start, end: left.at(-1)!.end, type: 'Organization', name: phrase(left), kind: 'name', priority: 2 };
      return [leftMention, ...right];
    }
  }
  const parts = splitNested(body);
  return parts.map((p, k) => {
    const name = phrase(p.units);
    const known = lookup(name);
    const last = k === parts.length - 1;
    return {
      start: p.units[0]!.start, end: last && chunk.acronym ? Math.max(p.units.at(-1)!.end, chunk.acronym.end) : p.units.at(-1)!.end,
      type: known?.type ?? p.type ?? type!, name: known?.canonical ?? name, kind: known ? 'lexicon' : 'name', priority: 2,
      acronym: last ? chunk.acronym?.text : undefined,
    } satisfies RawMention;
  }).filter((m) => headAt >= 0 && m.name.length > 1);
}

/** "International Cooperation Bureau of the Ministry of Public Security" is two bodies, not one. */
function splitNested(body: Unit[]): Array<{ units: Unit[]; type?: EntityType }> {
  for (let i = 1; i < body.length - 1; i++) {
    if (body[i]!.lower !== 'of' && body[i]!.lower !== 'for') continue;
    const left = body.slice(0, i);
    let r = i + 1;
    if (body[r]?.lower === 'the') r++;
    const right = body.slice(r);
    if (right.length === 1 && /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(right[0]!.text) && !lookup(right[0]!.text) && isOrgHead(left.at(-1)!)) {
      return [{ units: left, type: 'Organization' }, { units: right, type: 'Organization' }];
    }
    const leftHead = left.some((u) => isOrgHead(u) && !ORG_LEADING_HEADS.has(left[0]!.lower));
    const rightOrg = right.some(isOrgHead) && (ORG_LEADING_HEADS.has(right[0]!.lower) || isOrgHead(right.at(-1)!) || !!lookup(phrase(right)));
    if (leftHead && rightOrg && lookup(phrase(right))?.type !== 'Location') {
      return [{ units: left, type: 'Organization' }, ...splitNested(right)];
    }
  }
  return [{ units: body }];
}

/** No head word: gazetteer phrases, titles, and person names. */
function segment(units: Unit[], chunk: Chunk, tokens: Token[], s: Sentence, ctx: DetectContext): RawMention[] {
  const pieces: Piece[] = [];
  let rest: Unit[] = [];
  for (let i = 0; i < units.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, units.length - i); n >= 1 && !matched; n--) {
      const entry = lookup(phrase(units.slice(i, i + n)));
      if (entry) {
        if (rest.length) pieces.push({ units: rest });
        rest = [];
        pieces.push({ units: units.slice(i, i + n), entry });
        matched = n;
      }
    }
    if (!matched) {
      const split = splitCompound(units[i]!);
      if (split) { if (rest.length) pieces.push({ units: rest }); rest = []; pieces.push(...split); }
      else rest.push(units[i]!);
      i++;
    } else i += matched;
  }
  if (rest.length) pieces.push({ units: rest });
  const split: Piece[] = pieces.flatMap((p) => {
    if (p.entry) return [p];
    const runs: Piece[] = [];
    let run: Unit[] = [];
    for (const u of p.units) {
      if (['and', 'in', 'of', 'for', 'on', 'to', 'the', '&', 'against'].includes(u.lower) && !ROLE_WORDS.has(run.at(-1)?.lower ?? '') ) { if (run.length) runs.push({ units: run }); run = []; }
      else run.push(u);
    }
    if (run.length) runs.push({ units: run });
    return runs.length ? runs : [p];
  });
  pieces.splice(0, pieces.length, ...split);
  const out: RawMention[] = [];
  pieces.forEach((p, k) => {
    const last = k === pieces.length - 1;
    if (p.entry) {
      const demonym = p.entry.demonym;
      if (last && /^\s*dollars?\b/.test(s.text.slice(p.units.at(-1)!.end - s.start))) return;
      out.push({ start: p.units[0]!.start, end: p.units.at(-1)!.end, type: p.entry.type, name: p.entry.canonical, kind: demonym ? 'demonym' : 'lexicon', priority: 1, acronym: last ? chunk.acronym?.text : undefined, surface: phrase(p.units) });
      return;
    }
    const person = personIn(p.units, k > 0 && !!pieces[k - 1]!.entry, last ? chunk : undefined, tokens, s, ctx)
      ?? (siblingPerson(pieces, k, tokens, s, ctx) ? listedPerson(p.units) : null);
    if (person) out.push(person);
    else if (last && p.units.length > 1 && describedAsBody(s, p.units.at(-1)!.end) && p.units.every((u) => isCap(u.text) && !COMMON_WORDS.has(u.lower))) {
      out.push({ start: p.units[0]!.start, end: p.units.at(-1)!.end, type: 'Organization', name: phrase(p.units), kind: 'name', priority: 1, acronym: chunk.acronym?.text });
    }
    else if (last && chunk.acronym && p.units.length > 1) {
      out.push({ start: p.units[0]!.start, end: chunk.acronym.end, type: 'Organization', name: phrase(p.units), kind: 'name', priority: 1, acronym: chunk.acronym.text });
    }
  });
  return out;
}

/** "... of Peru and INTERPOL": what follows "and" is a name of its own. */
function standsAlone(units: Unit[]): boolean {
  const rest = units[0]?.lower === 'the' ? units.slice(1) : units;
  return rest.length > 0 && (!!lookup(phrase(rest)) || (isOrgHead(rest.at(-1)!) && rest.length > 1) || ORG_LEADING_HEADS.has(rest[0]!.lower));
}

/** "X and the Y Police": the word after "and" starts a second name. */
const rightUnits0 = (body: Unit[], and: number) => body[and + 1]?.lower === 'the';

/** Gazetteer names in a run of units, for the tail cut off a name ("... in Beijing"). */
function segmentPlain(units: Unit[]): RawMention[] {
  const start = units[0]?.lower === 'the' ? 1 : 0;
  const text = phrase(units.slice(start));
  const entry = lookup(text);
  if (!entry) return [];
  return [{ start: units[start]!.start, end: units.at(-1)!.end, type: entry.type, name: entry.canonical, kind: entry.demonym ? 'demonym' : 'lexicon', priority: 1, surface: text }];
}

/** "A, B and C" where A or C is a person: a name-shaped B is one too. */
function siblingPerson(pieces: Piece[], k: number, tokens: Token[], s: Sentence, ctx: DetectContext): boolean {
  return pieces.some((p, j) => j !== k && !p.entry && personIn(p.units, false, undefined, tokens, s, ctx)?.kind === 'name');
}

function listedPerson(units: Unit[]): RawMention | null {
  if (units.length < 2 || units.length > 3 || !units.every((u) => /^\p{Lu}\p{Ll}+$/u.test(u.text) && !COMMON_WORDS.has(u.lower) && !isOrgHead(u))) return null;
  return { start: units[0]!.start, end: units.at(-1)!.end, type: 'Person', name: phrase(units), kind: 'name', priority: 1 };
}

/** "Safeguard Defenders, a Madrid-based human rights group": the apposition says what the name is. */
function describedAsBody(s: Sentence, end: number): boolean {
  return /^,\s+(?:a|an|the)\s+[^,.;]{0,50}?\b(?:group|organi[sz]ation|think[- ]tank|ngo|charity|company|firm|agency|newspaper|outlet|broadcaster|watchdog|network|gang|cartel|syndicate|party|union|militia|foundation|body|institution|association|coalition|alliance)\b/i
    .test(s.text.slice(end - s.start, end - s.start + 90));
}

/** "US-China" and "U.S.-Mexico" name two places. */
function splitCompound(u: Unit): Piece[] | null {
  if (!u.text.includes('-')) return null;
  const parts = u.text.split('-');
  const entries = parts.map((p) => lookup(p));
  if (!entries.every((e) => e && e.type === 'Location')) return null;
  let at = u.start;
  return parts.map((p, k) => {
    const unit = { text: p, start: at, end: at + p.length, lower: p.toLowerCase() };
    at += p.length + 1;
    return { units: [unit], entry: entries[k] };
  });
}

function personIn(units: Unit[], afterPlace: boolean, chunk: Chunk | undefined, tokens: Token[], s: Sentence, ctx: DetectContext): RawMention | null {
  // The name follows the last title word: "Interior Minister X", "Minister of Public Security X".
  const isTitle = (u: Unit) => ROLE_WORDS.has(u.lower.replace(/\.$/, '')) || u.lower.split('-').every((w) => ROLE_WORDS.has(w));
  let lastTitle = -1;
  units.forEach((u, k) => { if (isTitle(u)) lastTitle = k; });
  let i = lastTitle + 1;
  const titled = lastTitle >= 0;
  while (i < units.length && (['of', 'for', 'to', 'the', 'and'].includes(units[i]!.lower) || (titled && COMMON_WORDS.has(units[i]!.lower)))) i++;
  const name = units.slice(i);
  if (!name.length || name.length > 4) return null;
  const nameLike = (u: Unit) => /^\p{Lu}\.$/u.test(u.text) || (isCap(u.text) && /^\p{L}[\p{L}'’-]*$/u.test(u.text) && !COMMON_WORDS.has(u.lower) && !ROLE_WORDS.has(u.lower) && !isOrgHead(u) && !isEventHead(u) && !isOtherHead(u));
  if (!name.every(nameLike)) return null;
  if (/^(?:\.\.\.|…)/.test(s.text.slice(name.at(-1)!.end - s.start))) return null; // "Secretary Ge...": cut off mid-word
  const before = tokens.filter((t) => t.end <= name[0]!.start).slice(-2).map((t) => t.text.toLowerCase());
  const titleBefore = NAME_TITLES.has(before.at(-1) ?? '') || ROLE_WORDS.has(before.at(-1) ?? '')
    || (/^[,:–-]$/.test(before.at(-1) ?? '') && /^(?:suspects|men|women|defendants|nationals|brothers|sisters|pair|accused|victims|fugitives)$/.test(before.at(-2) ?? ''));
  const after = s.text.slice((chunk ? tokens[chunk.to - 1]?.end ?? name.at(-1)!.end : name.at(-1)!.end) - s.start);
  const apposText = /^(?:['’]s)?,\s+(?:\d+,\s+)?([^,.;]{0,70})/.exec(after)?.[1] ?? / (?:is|was|has been) (?:a|an|the) ([^,.;]{0,50})/.exec(after)?.[1] ?? '';
  const appos = apposText.toLowerCase().split(/[\s-]+/).some((w) => ROLE_WORDS.has(w) && !['state', 'first', 'second', 'general', 'former', 'senior', 'acting', 'vice'].includes(w));
  const says = SAY_VERBS.test(after.replace(/^\s+/, '').replace(/^(?:has|had|have|was|also)\s+/, ''));
  const chinese = name.length >= 2 && name.length <= 3 && name.every((u) => isPinyin(u.text)) &&
    (CHINESE_SURNAMES.has(name[0]!.lower) || CHINESE_SURNAMES.has(name.at(-1)!.lower));
  const given = name.length >= 2 && GIVEN_NAMES.has(name[0]!.lower);
  const lowerEvidence = name.some((u) => ctx.lowerWords.has(u.lower)) && !chinese && !given;
  const strong = (titled || titleBefore) && !lowerEvidence;
  if (name.length === 1 && !strong && !chinese) {
    // A lone capitalized word: kept as a possible short form of a person named elsewhere.
    if (afterPlace || lowerEvidence || !CHINESE_SURNAMES.has(name[0]!.lower) && !says && !appos && !/^\p{Lu}\p{Ll}+$/u.test(name[0]!.text)) return null;
    return { start: name[0]!.start, end: name[0]!.end, type: 'Person', name: name[0]!.text, kind: 'short', priority: 0 };
  }
  if (!(strong || chinese || given || appos || says)) return null;
  if (lowerEvidence && !(titled || titleBefore)) return null;
  const text = name.map((u) => u.text).join(' ');
  return { start: name[0]!.start, end: name.at(-1)!.end, type: 'Person', name: text, kind: name.length === 1 ? 'short' : 'name', priority: 1, titled: titled || titleBefore };
}
