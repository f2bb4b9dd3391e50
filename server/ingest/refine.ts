// Corrections to the mentions of one sentence once overlaps are resolved, each
// read from the text right around a mention: a dashed suffix or a page header
// or a comma that gives a body's short form, a law's year, a minister's
// portfolio (no entity), and systems named only by what they are (detect.ts).
import type { Sentence } from './sentences.js';
import { lookup } from './lookup.js';
import { type RawMention, isOrgHead } from './mention.js';

/** Adjusts `mentions` in place: short forms, law years, portfolios dropped. */
export function refineMentions(s: Sentence, mentions: RawMention[]): void {
  dashedSuffix(s, mentions);
  headerAcronym(s, mentions);
  commaAcronym(s, mentions);
  lawYear(s, mentions);
  portfolios(s, mentions);
}

/**
 * tune17: "INTERPOL's National Central Bureau in Ankara": a country's bureau of a police network is named by the
 * city it sits in. The name takes the city (two bureaus of one text stay apart) and keeps the bare name as a
 * short form; the city stays a mention of its own. Runs on the sentence's final mentions (towns found by where
 * they stand included).
 */
export function bureauSeats(s: Sentence, mentions: RawMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'Organization' || m.acronym || !/(?:^|\s)National Central Bureau$/.test(m.name)) continue;
    const place = placeAfter(s, mentions, m, /^ in (?:the )?/);
    if (!place) continue;
    m.acronym = m.name;
    m.name = `${m.name} in ${s.text.slice(place.start - s.start, place.end - s.start)}`;
  }
}

/** A minister's portfolio ("Minister of Coastal Affairs", "Secretary for Water Resources") names no entity of its own. */
const PORTFOLIO_BEFORE = /\b(?:[Mm]inisters?|[Ss]ecretar(?:y|ies)|Minister of State|Secretary of State) (?:of|for) (?:the )?$/;
function portfolios(s: Sentence, mentions: RawMention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.kind !== 'name' || (m.type !== 'Person' && m.type !== 'Organization') || m.acronym || !m.name.includes(' ')) continue;
    const before = PORTFOLIO_BEFORE.exec(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start));
    if (!before) continue;
    // "Permanent Secretary of the Coastal Affairs Division": after a secretary, a name with a body's head word is the body
    // the secretary runs; a minister's "of the Coastal Forces" stays a portfolio.
    if (/^[Ss]ecretar/.test(before[0]) && m.name.split(' ').some((w) => isOrgHead({ text: w, lower: w.toLowerCase(), start: 0, end: 0 }))) continue;
    mentions.splice(i, 1);
  }
}

/** A short name in capitals, or with a capital inside ("NORDNET", "SafeLink", "EU-NET2"). */
const SYSTEM_NAME = "(?:\\p{Lu}{3,}[\\p{Lu}\\d-]*|\\p{Lu}\\p{Ll}*\\p{Lu}[\\p{L}\\d]*)";
/** The kind of thing such a name is: a system, platform, network or database. */
const SYSTEM_KIND = '(?:platform|network|database|system|tool|app|application|portal)';
const SYSTEMS = new RegExp(`(?<![\\p{L}\\d-])(${SYSTEM_NAME})(?:, (?:the|its|an?) (?:[\\p{L}'’-]+ ){0,6}${SYSTEM_KIND}\\b| ${SYSTEM_KIND}\\b)`, 'gu');
/**
 * "messages went via NORDNET, the shared alert platform of the X", "the SafeLink database": a name no list holds,
 * told by the word that says it is a platform, network or database (Other).
 */
export function namedSystems(s: Sentence, mentions: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of s.text.matchAll(SYSTEMS)) {
    const start = s.start + m.index;
    const end = start + m[1]!.length;
    if (mentions.some((x) => x.start < end && start < x.end) || lookup(m[1]!)) continue;
    out.push({ start, end, type: 'Other', name: m[1]!, kind: 'name', priority: 1 });
  }
  return out;
}

/**
 * "X Operations Centre – Narcotics (XOC-N)": a one-word suffix after a dash belongs to the body's name when the
 * short form in parentheses spells the name's initials and then the suffix's.
 */
function dashedSuffix(s: Sentence, mentions: RawMention[]): void {
  for (const body of mentions) {
    if (body.type !== 'Organization' || body.kind !== 'name') continue;
    const m = /^ [–—-] (\p{Lu}\p{Ll}+) \((\p{Lu}[\p{Lu}-]+)\)/u.exec(s.text.slice(body.end - s.start, body.end - s.start + 40));
    if (!m) continue;
    const initials = s.text.slice(body.start - s.start, body.end - s.start).split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (`${initials}${m[1]![0]}` !== m[2]!.replace(/-/g, '')) continue;
    const end = body.end + m[0].length;
    body.name = s.text.slice(body.start - s.start, body.end - s.start + m[0].length - m[2]!.length - 3);
    body.acronym = m[2]!;
    body.end = end;
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k] !== body && mentions[k]!.start < end && body.start < mentions[k]!.end) mentions.splice(k, 1);
  }
}

/**
 * A page header "CEPOL – European Union Agency for Law Enforcement Training": the short form before the dash
 * names the body after it (not a listed name: "UNODC – Container Control Programme" is UNODC's programme).
 */
function headerAcronym(s: Sentence, mentions: RawMention[]): void {
  const m = /^([A-Z][A-Z\d-]{1,9}) [–—-] /.exec(s.text);
  if (!m || lookup(m[1]!)) return;
  const body = mentions.find((x) => x.start === s.start + m[0].length && x.type === 'Organization' && x.kind === 'name' && x.end === s.end);
  if (body && !body.acronym) body.acronym = m[1]!;
}

/**
 * A short form in apposition, without parentheses: "the Southern Ports Customs Authority, SPCA, which …" names
 * the body when its letters are the initials of the name's capitalized words.
 */
function commaAcronym(s: Sentence, mentions: RawMention[]): void {
  for (const body of mentions) {
    if (body.type !== 'Organization' || body.kind !== 'name' || body.acronym) continue;
    const m = /^, ([A-Z][A-Z\d]{2,9})(?=[,.;)]|$)/.exec(s.text.slice(body.end - s.start, body.end - s.start + 14));
    if (!m) continue;
    const initials = s.text.slice(body.start - s.start, body.end - s.start).split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials === m[1]) body.acronym = m[1];
  }
}

/** "the Misuse of Drugs Act 1975": a law's year belongs to its name (a year before the name does not). */
function lawYear(s: Sentence, mentions: RawMention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'name' || !/ (?:Act|Law|Ordinance|Decree|Regulations)$/.test(m.name)) continue;
    const year = /^ ((?:18|19|20)\d\d)\b(?![-–]\d)/.exec(s.text.slice(m.end - s.start, m.end - s.start + 6));
    if (!year || mentions.some((o) => o !== m && o.start < m.end + year[0].length && m.end < o.end)) continue;
    m.end += year[0].length;
    m.name = `${m.name} ${year[1]}`;
    if (m.surface) m.surface = `${m.surface} ${year[1]}`;
  }
}

/**
 * tune17: "Regional Office for Southeast Asia and the Pacific", "… for the Middle East and North Africa": a body
 * named "for" a region goes on over "and (the)" and a second place; the place after "and" is then part of the name,
 * not a mention of its own. Returns the mentions left.
 */
export function regionPairs(s: Sentence, mentions: RawMention[]): RawMention[] {
  const dropped = new Set<RawMention>();
  for (const m of mentions) {
    if (m.type !== 'Organization') continue;
    const region = /\bfor (?:the )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)$/u.exec(m.name)?.[1];
    if (!region || lookup(region)?.type !== 'Location') continue;
    const second = placeAfter(s, mentions, m, /^ and (?:the )?/);
    // "… for Asia and the Pacific Islands Forum": the second place must end the run.
    if (!second || /^\s+\p{Lu}/u.test(s.text.slice(second.end - s.start))) continue;
    m.name = `${m.name}${s.text.slice(m.end - s.start, second.end - s.start)}`;
    m.end = second.end;
    dropped.add(second);
  }
  return dropped.size ? mentions.filter((x) => !dropped.has(x)) : mentions;
}

/** The place mention (not a demonym) that follows `m` right after the words `gap` matches. */
function placeAfter(s: Sentence, mentions: RawMention[], m: RawMention, gap: RegExp): RawMention | undefined {
  const words = gap.exec(s.text.slice(m.end - s.start));
  return words ? mentions.find((x) => x.start === m.end + words[0].length && x.type === 'Location' && x.kind !== 'demonym') : undefined;
}
