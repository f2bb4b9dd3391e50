// What mention detection produces, and the word tests shared by its parts.
import type { EntityType } from '../ontology/index.js';
import type { Unit } from './chunks.js';
import { singular } from './tokens.js';
import { ORG_HEADS } from './gazetteer/organizations.js';
import { EVENT_HEADS, OTHER_HEADS, LOCATION_HEADS, ROLE_WORDS, RANK_ABBREVIATIONS } from './gazetteer/lexicon.js';

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

export interface DetectContext { lowerWords: ReadonlySet<string> }

/** The words of a name as written, a possessive kept attached ("Attorney General's Office"). */
export const phrase = (units: Unit[]) => units.map((u) => u.text).join(' ').replace(/ (['’]s)\b/g, '$1').replace(/(s) (['’]) /g, '$1$2 ');
const heads = new Map<string, string>();
/** The head form of a word, cached: most words recur across sentences and documents. */
const headOf = (u: Unit) => {
  let h = heads.get(u.lower);
  if (h === undefined) {
    h = singular(u.lower.replace(/^.*-/, '').replace(/\.$/, ''));
    if (heads.size > 50_000) heads.clear();
    heads.set(u.lower, h);
  }
  return h;
};
export const isOrgHead = (u: Unit) => ORG_HEADS.has(u.lower) || ORG_HEADS.has(headOf(u));
export const isEventHead = (u: Unit) => EVENT_HEADS.has(u.lower) || EVENT_HEADS.has(headOf(u));
export const isOtherHead = (u: Unit) => OTHER_HEADS.has(u.lower) || OTHER_HEADS.has(headOf(u));
export const isLocationHead = (u: Unit) => LOCATION_HEADS.has(u.lower) || LOCATION_HEADS.has(headOf(u));
/** A title or rank word: "Minister", "Inspector-General", "Pol.", "Lt.", "Attorneys". */
const roles = new Map<string, boolean>();
export const isRoleUnit = (u: Unit): boolean => {
  let r = roles.get(u.lower);
  if (r === undefined) {
    r = roleWord(u.lower);
    if (roles.size > 50_000) roles.clear();
    roles.set(u.lower, r);
  }
  return r;
};
const roleWord = (lower: string): boolean => {
  const w = lower.replace(/\.$/, '');
  if (lower.endsWith('.')) return RANK_ABBREVIATIONS.has(w);
  return ROLE_WORDS.has(w) || ROLE_WORDS.has(singular(w)) || (w.includes('-') && w.split('-').every((p) => ROLE_WORDS.has(p) || ROLE_WORDS.has(singular(p))));
};
