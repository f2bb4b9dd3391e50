// What mention detection produces, and the word tests shared by its parts.
import type { EntityType } from '../ontology/index.js';
import type { Unit } from './chunks.js';
import { singular } from './tokens.js';
import { ORG_HEADS } from './gazetteer/organizations.js';
import { EVENT_HEADS, OTHER_HEADS } from './gazetteer/lexicon.js';

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
export const phrase = (units: Unit[]) => units.map((u) => u.text).join(' ').replace(/ (['’]s)\b/g, '$1');
const headOf = (u: Unit) => singular(u.lower.replace(/^.*-/, ''));
export const isOrgHead = (u: Unit) => ORG_HEADS.has(u.lower) || ORG_HEADS.has(headOf(u));
export const isEventHead = (u: Unit) => EVENT_HEADS.has(u.lower) || EVENT_HEADS.has(headOf(u));
export const isOtherHead = (u: Unit) => OTHER_HEADS.has(u.lower) || OTHER_HEADS.has(headOf(u));
