// Named-entity mentions in one sentence: gazetteer phrases, capitalized
// chunks typed by their head word, person names told by titles, name shapes
// and context, substances, and a few descriptive names ("the cyber
// crime bureau of ...", "Kenyan foreign ministry").
import type { Sentence } from './sentences.js';
import { type Token, tokenize, isCap } from './tokens.js';
import { type Chunk, type Unit, findChunks } from './chunks.js';
import { lookup, longestFrom, MAX_PHRASE_WORDS, SUBSTANCE_PATTERNS, SUBSTANCE_CANONICAL, CONTEXT_SUBSTANCE_PATTERN } from './lookup.js';
import { MONTHS, WEEKDAYS, ROLE_WORDS } from './gazetteer/lexicon.js';
import { COMMON_WORDS } from './gazetteer/common.js';
import { descriptiveMentions } from './descriptive.js';
import { placesByContext } from './places.js';
import { refineMentions, namedSystems, bureauSeats, regionPairs } from './refine.js';
import { type RawMention, type DetectContext, phrase, isOrgHead, isRoleUnit } from './mention.js';
import { namedBody } from './bodies.js';
import { coordinatedBodies, sideBody } from './coordinated.js';
import { listedNames } from './listed.js';
import { creditNames, isCreditLine } from './credits.js';
import { type Piece, personIn, siblingPerson, listedPerson, mergePlaceInName, nicknamedPersons } from './persons.js';

export type { RawMention, MentionKind, DetectContext } from './mention.js';

/** Lower-case words inside Romance names: "Clan del Golfo", "Comando da Capital". */
const ROMANCE_CONNECTORS = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'y']);
/** "Deputy for Prevention: …": a short label of a post, a colon, its holder. */
const FACT_SHEET_POST = /^[\p{L} .,'’-]{2,60}:\s+\S/u;
const SKIP_UNITS = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));

export function detectMentions(s: Sentence, ctx: DetectContext): RawMention[] {
  const tokens = tokenize(s.text, s.start);
  const found: RawMention[] = [...substances(s), ...descriptiveMentions(s), ...nicknamedPersons(s), ...quotedNames(s), ...creditNames(s)];
  for (const chunk of findChunks(tokens)) found.push(...analyzeChunk(chunk, tokens, s, ctx));
  // A headline's capitals say nothing about what is a name; but "Secretary General: Dr. X" on a fact sheet
  // is a post and its holder, however capitalized.
  const postLine = s.titleCase && FACT_SHEET_POST.test(s.text) && ROLE_WORDS.has(s.text.split(/[\s:]+/)[0]!.toLowerCase());
  // So is "By X and Y", a byline.
  const byline = s.titleCase && (/^By \p{Lu}/u.test(s.text) || isCreditLine(s.text));
  // A bulleted "Country: body" line lists names; it is not a headline.
  const listLine = s.bullet && FACT_SHEET_POST.test(s.text.replace(/^\s*[-•*–]\s*/, ''));
  if (s.titleCase && !listLine) for (const m of found) if (m.kind === 'name' && !(m.type === 'Person' && ((postLine && m.titled) || byline))) m.weak = true;
  // A drug word inside a longer name belongs to the name: "Operation Marlin – Cocaine Corridor".
  // So does one inside a place's name: "Ivory Coast".
  const named = found.filter((m) => (m.kind === 'name' && (m.type === 'Event' || m.type === 'Other' || m.type === 'Organization')) || (m.kind === 'lexicon' && m.type === 'Location'));
  const kept = named.length ? found.filter((m) => m.type !== 'Substance' || !named.some((n) => n.start <= m.start && m.end <= n.end && n.end - n.start > m.end - m.start)) : found;
  // A lone untitled word kept as a possible surname ("Narbonne") yields to a place its context shows.
  const mentions = resolveOverlaps(kept);
  refineMentions(s, mentions);
  const places = placesByContext(s, mentions.filter((m) => !(m.kind === 'short' && !m.titled)), ctx);
  const tools = namedSystems(s, [...mentions, ...places]);
  const all = [...mentions.filter((m) => !places.some((p) => p.start < m.end && m.start < p.end)), ...places, ...tools].sort((a, b) => a.start - b.start);
  bureauSeats(s, all);
  return regionPairs(s, all);
}

/**
 * An operation named in quotes ('Joint Operation "Nistru Shield"'): the mention covers the words before
 * the name ("Joint Operation"), which would otherwise be read as an event of their own.
 */
const QUOTED_OPERATION = /\b(?:(?:Joint|Combined|Regional|International|Special) )?[Oo]peration\s+["“]([\p{Lu}][\p{L}\d'’ -]{1,40}?)["”]/gu;
function quotedNames(s: Sentence): RawMention[] {
  return [
    ...[...s.text.matchAll(QUOTED_OPERATION)].map((m): RawMention => ({
      start: s.start + m.index, end: s.start + m.index + m[0].length, type: 'Event', name: m[1]!.trim(), kind: 'name', priority: 3,
    })),
    ...listedNames(s),
  ];
}

const DRUG_CONTEXT = /\b(?:seiz|smuggl|traffick|drugs?\b|narcotic|kilo|kg\b|tonnes?\b|grams?\b|tablets?\b|pills?\b|sacks?\b|consignments?\b|shipments?\b|possess|stimulants?\b|intercept|confiscat)/i;
function substances(s: Sentence): RawMention[] {
  const out: RawMention[] = [];
  for (const pattern of SUBSTANCE_PATTERNS) {
    for (const m of s.text.matchAll(pattern)) {
      const raw = m[0];
      const base = SUBSTANCE_CANONICAL.get(raw.toLowerCase()) ?? SUBSTANCE_CANONICAL.get(raw.toLowerCase().replace(/s$/, '')) ?? raw;
      out.push({ start: s.start + m.index, end: s.start + m.index + raw.length, type: 'Substance', name: base, kind: 'lexicon', priority: 4, surface: raw });
    }
  }
  // Everyday-word drugs ("khat", "yaba"): lower case, in a sentence about seizures, smuggling or amounts, and not a
  // street name given to a drug already named ("tablets known locally as yaba").
  if (DRUG_CONTEXT.test(s.text)) {
    for (const m of s.text.matchAll(CONTEXT_SUBSTANCE_PATTERN)) {
      if (/\bknown\s+(?:\w+\s+)?as\s*["'‘“]?$/i.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const base = SUBSTANCE_CANONICAL.get(m[0].toLowerCase()) ?? m[0].toLowerCase();
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, type: 'Substance', name: base, kind: 'lexicon', priority: 4, surface: m[0] });
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


function analyzeChunk(chunk: Chunk, tokens: Token[], s: Sentence, ctx: DetectContext): RawMention[] {
  let units = chunk.units.filter((u) => !SKIP_UNITS.has(u.lower));
  if (units.length !== chunk.units.length) return splitAround(chunk, tokens, s, ctx);
  units = dropLeading(units, chunk.from === 0 || tokens[chunk.from - 1]?.text === '“' || tokens[chunk.from - 1]?.text === '"');
  units = trimConnectors(units);
  if (!units.length) return [];
  // "NDEA Special Agent P of the X Office", "NBF Commander Lake Patrol Command": a body's short form, then a title that
  // opens the rest of the run (a titled person, or the body the title heads).
  const TITLE_MODIFIER = /^(?:special|deputy|senior|chief|assistant|acting|principal)$/;
  if (units.length >= 3 && /^\p{Lu}{2,}$/u.test(units[0]!.text) && (lookup(units[0]!.text)?.type ?? 'Organization') === 'Organization'
    && /^\p{Lu}\p{Ll}/u.test(units[1]!.text) && units[1]!.lower !== 'general'
    && (isRoleUnit(units[1]!) || (TITLE_MODIFIER.test(units[1]!.lower) && isRoleUnit(units[2]!))) && !/^(?:of|for|the|and|in)$/.test(units[2]!.lower)
    && !isOrgHead(units[isRoleUnit(units[1]!) ? 2 : 3] ?? units[2]!)
    && tokens[chunk.from]?.text === units[0]!.text) {
    const left = { ...chunk, units: units.slice(0, 1), acronym: undefined, possessive: false, to: chunk.from + 1 };
    return [...sideBody(left.units, left) ?? [], ...analyzeChunk({ ...chunk, units: units.slice(1), from: chunk.from + 1 }, tokens, s, ctx)];
  }
  // "Special Agent in Charge P of the X": "in Charge" ends the title before the run; what follows is a titled name.
  const inCharge = units.findIndex((u, k) => u.lower === 'in' && units[k + 1]?.lower === 'charge' && units.slice(0, k).every((t) => isRoleUnit(t) || TITLE_MODIFIER.test(t.lower)));
  if (inCharge >= 0 && units.length > inCharge + 2 && isCap(units[inCharge + 2]!.text) && units[inCharge + 2]!.lower !== 'of') {
    const rest = tokens.findIndex((t) => t.start === units[inCharge + 2]!.start);
    if (rest > 0) return analyzeChunk({ ...chunk, units: units.slice(inCharge + 2), from: rest, titled: true }, tokens, s, ctx);
  }
  // "Officer in Charge of the X": the whole post is a title, and only the body after "of" is a name.
  if (inCharge >= 0 && units[inCharge + 2]?.lower === 'of') {
    const k = units[inCharge + 3]?.lower === 'the' ? inCharge + 4 : inCharge + 3;
    const rest = units[k] ? tokens.findIndex((t) => t.start === units[k]!.start) : -1;
    if (rest > 0) return analyzeChunk({ ...chunk, units: units.slice(k), from: rest }, tokens, s, ctx);
  }
  // "met Mr. P and the Director of the X, Q": a titled name, then "and the" and a post (its holder follows the comma).
  const andPost = units.findIndex((u, k) => k >= 1 && k <= 3 && u.lower === 'and' && units[k + 1]?.lower === 'the' && !!units[k + 2] && isRoleUnit(units[k + 2]!));
  if (andPost > 0) {
    let lead = 0;
    while (lead < andPost - 1 && (/^(?:Mr|Mrs|Ms|Dr)\.?$/.test(units[lead]!.text) || isRoleUnit(units[lead]!))) lead++;
    const left = units.slice(lead, andPost);
    const before = s.text.slice(0, left[0]!.start - s.start);
    const titledBefore = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/.test(before) || ROLE_WORDS.has(/(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '');
    const rest = tokens.findIndex((t) => t.start === units[andPost + 2]!.start);
    if (titledBefore && rest > 0 && left.every((u) => /^\p{Lu}\p{Ll}/u.test(u.text) && !isOrgHead(u) && !isRoleUnit(u) && !lookup(u.text) && !COMMON_WORDS.has(u.lower))) {
      return [{ start: left[0]!.start, end: left.at(-1)!.end, type: 'Person', name: phrase(left), kind: 'name', priority: 2, titled: true },
        ...analyzeChunk({ ...chunk, units: units.slice(andPost + 2), from: rest, acronym: chunk.acronym }, tokens, s, ctx)];
    }
  }
  // A run glued to the word before it ("C&ED and the X") starts mid-name: not two bodies.
  const both = chunk.from > 0 && !tokens[chunk.from]!.ws ? null : coordinatedBodies(units, chunk);
  if (both) {
    const left = { ...chunk, units: both[0], acronym: undefined, possessive: false };
    return [...sideBody(both[0], left) ?? segment(both[0], left, tokens, s, ctx), ...sideBody(both[1], chunk) ?? []];
  }
  const before = tokens[chunk.from - 1]?.text ?? '';
  const named = namedBody(units, /^\p{Ll}+$/u.test(before) && ROLE_WORDS.has(before) ? { ...chunk, titled: true } : chunk);
  if (named) return named;
  return segment(units, chunk, tokens, s, ctx);
}

/** A chunk containing a month or weekday is cut around it ("Tuesday", "January"). */
function splitAround(chunk: Chunk, tokens: Token[], s: Sentence, ctx: DetectContext): RawMention[] {
  const out: RawMention[] = [];
  let run: Unit[] = [];
  // The acronym goes with the run it follows: "Caribbean Drug Agency (CDA) in March" keeps "(CDA)".
  const acr = chunk.acronym;
  const owns = (units: Unit[], next: Unit | undefined) => !!acr && units.length > 0 && units.at(-1)!.end <= acr.start && (!next || next.start > acr.start);
  const flush = (last: boolean, next?: Unit) => {
    const units = trimConnectors(run);
    const acronym = (last && (!acr || !chunk.units.some((u) => u.start > acr.start))) || owns(units, next) ? acr : undefined;
    if (units.length) out.push(...analyzeChunk({ ...chunk, units, acronym, possessive: last && chunk.possessive }, tokens, s, ctx));
    run = [];
  };
  for (const u of chunk.units) {
    if (SKIP_UNITS.has(u.lower)) flush(false, u);
    else run.push(u);
  }
  flush(true);
  return out;
}

function dropLeading(units: Unit[], sentenceStart: boolean): Unit[] {
  let i = 0;
  if (lookup(phrase(units.slice(0, 2)))) return units;
  // "Justice X adjourned the case": a judge's title opening the sentence, not a common word.
  if (sentenceStart && units[0]!.text === 'Justice' && units.length >= 3 && !isOrgHead(units[1]!) && !isRoleUnit(units[1]!) && !lookup(units[1]!.text)) return units;
  while (i < units.length - 1 && (units[i]!.lower === 'the' || (sentenceStart && i === 0 && COMMON_WORDS.has(units[i]!.lower) && !lookup(phrase(units.slice(0, 2)))))) i++;
  if (i === units.length - 1 && units[i]!.lower === 'the') return [];
  if (units.length === 1 && sentenceStart && COMMON_WORDS.has(units[0]!.lower) && !lookup(units[0]!.text)) return [];
  return units.slice(i);
}

function trimConnectors(units: Unit[]): Unit[] {
  let a = 0;
  let b = units.length;
  while (a < b && !isCap(units[a]!.text) && !/^\d/.test(units[a]!.text)) a++;
  // (A lower-case company form, "d.o.o.", closes a name: kept.)
  while (b > a && !isCap(units[b - 1]!.text) && !/^\d/.test(units[b - 1]!.text) && !/-\p{Lu}/u.test(units[b - 1]!.text) && !/^[dl]['’]\p{Lu}/u.test(units[b - 1]!.text) && !/^\p{Ll}(?:\.\p{Ll})+\.$/u.test(units[b - 1]!.text)) b--;
  return units.slice(a, b);
}

/** No head word: gazetteer phrases, titles, and person names. */
function segment(units: Unit[], chunk: Chunk, tokens: Token[], s: Sentence, ctx: DetectContext): RawMention[] {
  const pieces: Piece[] = [];
  let rest: Unit[] = [];
  for (let i = 0; i < units.length;) {
    let matched = 0;
    // Phrases hold at most one possessive unit ("Attorney General's"), hence the + 1.
    const longest = Math.min(MAX_PHRASE_WORDS, longestFrom(units[i]!.text) + 1);
    for (let n = Math.min(longest, units.length - i); n >= 1 && !matched; n--) {
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
  pieces.splice(0, pieces.length, ...mergePlaceInName(split, chunk, tokens, s, ctx));
  const out: RawMention[] = [];
  pieces.forEach((p, k) => {
    const last = k === pieces.length - 1;
    if (p.entry) {
      const demonym = p.entry.demonym;
      if (last && /^\s*dollars?\b/.test(s.text.slice(p.units.at(-1)!.end - s.start))) return;
      out.push({ start: p.units[0]!.start, end: p.units.at(-1)!.end, type: p.entry.type, name: p.entry.canonical, kind: demonym ? 'demonym' : 'lexicon', priority: 1, acronym: last ? chunk.acronym?.text : undefined, surface: phrase(p.units) });
      return;
    }
    const found = personIn(p.units, k > 0 && !!pieces[k - 1]!.entry, last ? chunk : undefined, tokens, s, ctx)
      ?? (siblingPerson(pieces, k, tokens, s, ctx) ? listedPerson(p.units) : null);
    // A lone word kept only as a possible surname yields to an apposition that calls it a body.
    const oneWordBody = last && chunk.units.length === 1 && p.units.length === 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(p.units[0]!.text)
      && !COMMON_WORDS.has(p.units[0]!.lower) && !ctx.lowerWords.has(p.units[0]!.lower) && describedAsBody(s, p.units[0]!.end);
    const person = found?.kind === 'short' && oneWordBody ? null : found;
    const eventEnd = person ? undefined : describedAsEvent(s, p.units.at(-1)!.end);
    if (person) {
      out.push(...bodyBeforeTitle(pieces, k, person, out));
      out.push(person);
    }
    else if (last && p.units.length > 1 && eventEnd !== undefined && p.units.every((u) => isCap(u.text)) && !p.units.some((u) => COMMON_WORDS.has(u.lower))) {
      const end = eventEnd;
      out.push({ start: p.units[0]!.start, end, type: 'Event', name: s.text.slice(p.units[0]!.start - s.start, end - s.start), kind: 'name', priority: 1 });
    }
    // "SEPBLAC, Spain's financial intelligence unit,", "the Asayish, the Kurdistan Region's security agency,": one word described as a body.
    else if (last && p.units.length === 1 && ((/^\p{Lu}[\p{Lu}\d-]{2,9}$/u.test(p.units[0]!.text) && describedAsBody(s, p.units[0]!.end)) || oneWordBody)) {
      out.push({ start: p.units[0]!.start, end: p.units[0]!.end, type: 'Organization', name: p.units[0]!.text, kind: 'name', priority: 1 });
    }
    else if (last && p.units.length > 1 && describedAsBody(s, p.units.at(-1)!.end) && p.units.every((u, k) => (isCap(u.text) || (k > 0 && ROMANCE_CONNECTORS.has(u.lower))) && !COMMON_WORDS.has(u.lower))) {
      out.push({ start: p.units[0]!.start, end: p.units.at(-1)!.end, type: 'Organization', name: phrase(p.units), kind: 'name', priority: 1, acronym: chunk.acronym?.text });
    }
    else if (last && chunk.acronym && p.units.length > 1) {
      out.push({ start: p.units[0]!.start, end: chunk.acronym.end, type: 'Organization', name: phrase(p.units), kind: 'name', priority: 1, acronym: chunk.acronym.text });
    }
  });
  return out;
}

/**
 * "Tonga Police Commissioner X", "Royal Malaysia Police Inspector-General Y": the body named before the title,
 * with the place or words before it in the same run, is a mention of its own (the place is then part of it).
 * Mentions already taken from those words are dropped from `out`.
 */
function bodyBeforeTitle(pieces: Piece[], k: number, person: RawMention, out: RawMention[]): RawMention[] {
  const units = pieces[k]!.units;
  const title = units.findIndex((u) => isRoleUnit(u) && !isOrgHead(u));
  if (title <= 0 || units[title]!.start >= person.start || !isOrgHead(units[title - 1]!)) return [];
  let first = k;
  while (first > 0 && pieces[first - 1]!.entry?.type === 'Location' && !pieces[first - 1]!.entry!.demonym) first--;
  if (first > 0 && !pieces[first - 1]!.entry && pieces[first - 1]!.units.every((u) => isCap(u.text) && !isRoleUnit(u))) first--;
  const start = pieces[first]!.units[0]!.start;
  const body = [...pieces.slice(first, k).flatMap((p) => p.units), ...units.slice(0, title)];
  // A lone head word ("Police Commissioner X") names no body.
  if (body.length < 2) return [];
  for (let j = out.length - 1; j >= 0; j--) if (out[j]!.start >= start) out.splice(j, 1);
  return [{ start, end: units[title - 1]!.end, type: 'Organization', name: phrase(body), kind: 'name', priority: 1 }];
}

/** "Safeguard Defenders, a Madrid-based human rights group": the apposition says what the name is. */
function describedAsBody(s: Sentence, end: number): boolean {
  return /^,\s+(?:a|an|the|\p{Lu}[\p{L}.]+['’]s?)\s+[^,.;]{0,50}?\b(?:group|organi[sz]ation|unit|regulator|think[- ]tank|ngo|charity|company|firm|agency|newspaper|outlet|broadcaster|watchdog|network|gang|cartel|syndicate|party|union|militia|foundation|body|institution|association|coalition|alliance|trader|supplier|importer|exporter|manufacturer|distributor|wholesaler|forwarder|exchange house|business|shipping line|carrier)\b/iu
    .test(s.text.slice(end - s.start, end - s.start + 90));
}

/** "Obangame Express 2026, the annual multinational maritime exercise": the apposition says it is an event. */
function describedAsEvent(s: Sentence, end: number): number | undefined {
  const m = /^(\s+(?:19|20)\d\d)?,\s+(?:the|an?)\s+(?:[a-z0-9-]+\s+){0,4}(?:exercise|drill|operation|conference|summit|meeting|campaign|workshop|course|forum|seminar)\b/
    .exec(s.text.slice(end - s.start, end - s.start + 90));
  // Where the name ends: after its year, if it has one.
  return m ? end + (m[1]?.length ?? 0) : undefined;
}

/** "US-China" and "U.S.-Mexico" name two places. */
function splitCompound(u: Unit): Piece[] | null {
  if (!/[-–]/.test(u.text)) return null;
  const parts = u.text.split(/[-–]/);
  const entries = parts.map((p) => lookup(p));
  if (!entries.every((e) => e && e.type === 'Location')) return null;
  let at = u.start;
  return parts.map((p, k) => {
    const unit = { text: p, start: at, end: at + p.length, lower: p.toLowerCase() };
    at += p.length + 1;
    return { units: [unit], entry: entries[k] };
  });
}
