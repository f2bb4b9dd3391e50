// Lookup tables built once from the gazetteers: surface form → canonical
// entity, with the type each implies. Case-sensitive except for all-caps
// datelines ("LYON, France").
import { COUNTRIES, REGIONS } from './gazetteer/countries.js';
import { CITY_COUNTRY } from './gazetteer/cities.js';
import { KNOWN_ORGANIZATIONS } from './gazetteer/organizations.js';
import { SUBSTANCES, AMBIGUOUS_SUBSTANCES, SUBSTANCE_FORMS } from './gazetteer/substances.js';
import type { EntityType } from '../ontology/index.js';

export interface LexEntry {
  canonical: string;
  type: EntityType;
  /** A demonym ("Chinese") names its country only as an adjective. */
  demonym: boolean;
}

const PHRASES = new Map<string, LexEntry>();
const UPPER = new Map<string, LexEntry>();
export const COUNTRY_OF = new Map<string, string>(CITY_COUNTRY);
export const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.name));

function add(surface: string, entry: LexEntry): void {
  if (!PHRASES.has(surface)) PHRASES.set(surface, entry);
  if (!entry.demonym && surface.length >= 3 && !UPPER.has(surface.toUpperCase())) UPPER.set(surface.toUpperCase(), entry);
}

for (const c of [...COUNTRIES, ...REGIONS]) {
  const loc = { canonical: c.name, type: 'Location' as const, demonym: false };
  add(c.name, loc);
  for (const a of c.aliases ?? []) add(a, loc);
  for (const d of c.demonyms ?? []) add(d, { ...loc, demonym: true });
}
for (const city of CITY_COUNTRY.keys()) add(city, { canonical: city, type: 'Location', demonym: false });
for (const o of KNOWN_ORGANIZATIONS) {
  const org = { canonical: o.name, type: 'Organization' as const, demonym: false };
  add(o.name, org);
  for (const a of o.aliases) PHRASES.set(a, org);
}

/** Every listed name of a known body, by canonical name: "INTERPOL" is also the "International Criminal Police Organization". */
export const KNOWN_NAMES = new Map<string, string[]>(KNOWN_ORGANIZATIONS.map((o) => [o.name, [o.name, ...o.aliases]]));

/** Longest phrase length in tokens, to bound the matcher. */
export const MAX_PHRASE_WORDS = Math.max(...[...PHRASES.keys()].map((k) => k.split(/\s+/).length));
const LONGEST_FROM = new Map<string, number>();
for (const k of [...PHRASES.keys(), ...UPPER.keys()]) {
  const words = k.split(/\s+/);
  const first = words[0]!.replace(/['’]s$/, '');
  LONGEST_FROM.set(first, Math.max(LONGEST_FROM.get(first) ?? 0, words.length));
}
/** The most words a gazetteer phrase starting with `word` has (0: none starts with it), to skip hopeless lookups. */
export function longestFrom(word: string): number {
  return LONGEST_FROM.get(word.replace(/['’]s$/, '')) ?? 0;
}

/** The entry for an exact surface form; all-caps forms ("HONG KONG") fall back to the upper-case table. */
export function lookup(surface: string): LexEntry | undefined {
  const direct = PHRASES.get(surface);
  if (direct) return direct;
  if (surface.length >= 3 && surface === surface.toUpperCase() && /\p{Lu}{3}/u.test(surface)) return UPPER.get(surface);
  return undefined;
}

const substanceList = SUBSTANCES.filter((s) => !AMBIGUOUS_SUBSTANCES.has(s)).sort((a, b) => b.length - a.length);
/** `s` as a regular expression that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isCode = (s: string) => /[A-Z]{2}/.test(s);
const bounded = (alts: string[], plural: string) =>
  `(?<![\\p{L}\\p{N}])(?:${alts.map(escapeRegExp).join('|')})${plural}(?![\\p{L}\\p{N}])`;
/** Chemical codes ("4-ANPP", "MDMA") match exactly; drug names case-insensitively, with a plural "s". */
export const SUBSTANCE_PATTERNS: RegExp[] = [
  new RegExp(bounded(substanceList.filter(isCode), ''), 'gu'),
  new RegExp(bounded(substanceList.filter((s) => !isCode(s)), 's?'), 'giu'),
  // Refrigerant gases by their numbered code ("HFC-134a", "HCFC-22"): a class of controlled goods, each code its own substance.
  /(?<![\p{L}\p{N}-])(?:HFC|HCFC|CFC|HFO)-\d{2,4}[a-zA-Z]?(?![\p{L}\p{N}])/gu,
];
/** Everyday-word substances read only in lower case and only in a sentence about drugs (`detect.ts`); "ice" stays out ("under a layer of ice"). */
const CONTEXT_WORDS = [...AMBIGUOUS_SUBSTANCES].filter((s) => s !== 'ice' && s !== 'precursor chemicals');
/** Lower case anywhere, or capitalized as the first word of a sentence ("Khat is a controlled drug"). */
export const CONTEXT_SUBSTANCE_PATTERN = new RegExp(`${bounded(CONTEXT_WORDS, '')}|^(?:${CONTEXT_WORDS.map((w) => escapeRegExp(w[0]!.toUpperCase() + w.slice(1))).join('|')})(?= \\p{Ll})`, 'gu');
export const SUBSTANCE_CANONICAL = new Map(SUBSTANCES.map((s) => [s.toLowerCase(), SUBSTANCE_FORMS.get(s) ?? s]));
