// A sentence as relation rules see it: each entity mention replaced by a
// placeholder "<Tn>" (T = type letter, n = index into `mentions`), quotes and
// dashes normalized, so rules are regular expressions over sentence structure.
import type { EntityType, RelationType } from '../../ontology/index.js';
import type { Sentence } from '../sentences.js';
import type { Resolved, EntityRecord } from '../coref.js';

export const LETTER: Record<EntityType, string> = { Person: 'P', Organization: 'O', Location: 'L', Event: 'E', Substance: 'S', Other: 'X' };

export interface View {
  sentence: Sentence;
  mentions: Resolved[];
  template: string;
  /** Sentences before and after in the same paragraph (for descriptions named a sentence later). */
  prev?: View;
  next?: View;
  /** The next sentence of the document, whatever its paragraph. */
  following?: View;
  /** The sentence before in the document, whatever its paragraph. */
  preceding?: View;
}

export interface Candidate {
  type: RelationType;
  source: number;
  target: number;
  properties?: Record<string, string>;
  confidence: number;
  evidence: Array<{ start: number; end: number }>;
  rule: string;
}

export interface Doc {
  text: string;
  views: View[];
  entities: EntityRecord[];
  /** Entity index for a name or alias key, if the document names it. */
  find(name: string, type?: EntityType): number | undefined;
}

export type Rule = (view: View, doc: Doc) => Candidate[];

/** A rule that runs only on sentences whose template passes a cheap test (most sentences do not). */
export function guarded(cue: RegExp, rule: Rule): Rule {
  return (view, doc) => (cue.test(view.template) ? rule(view, doc) : []);
}

export function buildTemplate(s: Sentence, mentions: Resolved[]): string {
  let out = '';
  let at = s.start;
  mentions.forEach((m, i) => {
    out += normalize(s.text.slice(at - s.start, m.start - s.start));
    out += `<${m.kind === 'demonym' ? 'D' : LETTER[m.type]}${i}>${m.possessive ? "'s" : ''}`;
    at = m.end;
    // "Australian Federal Police (AFP)": a mention that ends inside its short form swallows the closing parenthesis.
    const inner = s.text.slice(m.start - s.start, m.end - s.start);
    if (inner.lastIndexOf('(') > inner.lastIndexOf(')') && s.text[at - s.start] === ')') at++;
  });
  return out + normalize(s.text.slice(at - s.start));
}

const normalize = (t: string) => t.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‒–—]/g, '–').replace(/\s+/g, ' ');

/** Regex source for a placeholder of the given type letters: D is a demonym, L a place name. */
export const M = (letters: string) => `<[${letters}]\\d+>`;
export const ACTOR = M('POLD');
export const PLACE = M('LD');
export const LIST = (letters: string) => `${M(letters)}(?:(?:, | and |, and | & )${M(letters)})*`;
/** A looser list: "the A and the B", "A, B, and the C" (an article after the conjunction). */
export const LIST_THE = (letters: string) => `${M(letters)}(?:(?:, | and |, and | & )(?:the )?${M(letters)})*`;

/** The mention indexes named by the placeholders in a matched string, in order. */
export function refs(fragment: string | undefined): number[] {
  return fragment ? [...fragment.matchAll(/<[A-Z](\d+)>/g)].map((m) => Number(m[1])) : [];
}

/** The line a bulleted line hangs under (the last unbulleted sentence before the bullets) and its index; none for an unbulleted line. */
export function bulletHeading(view: View, doc: Doc): { header: View; at: number } | undefined {
  if (!view.sentence.bullet) return undefined;
  let at = doc.views.indexOf(view);
  while (at > 0 && doc.views[at]!.sentence.bullet) at--;
  const header = doc.views[at]!;
  return header.sentence.bullet ? undefined : { header, at };
}

export function entityOf(view: View, ref: number): number {
  return view.mentions[ref]!.entity;
}

export function span(view: View): { start: number; end: number } {
  return { start: view.sentence.start, end: view.sentence.end };
}

export function candidate(view: View, type: RelationType, source: number, target: number, rule: string, confidence = 0.7,
  properties?: Record<string, string>, evidence = [span(view)]): Candidate {
  return { type, source: entityOf(view, source), target: entityOf(view, target), rule, confidence, properties, evidence };
}

/** Runs a global regex over the template and hands each match to `each`. */
export function matchAll(view: View, pattern: RegExp, each: (m: RegExpExecArray) => Candidate[] | Candidate | null | void): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(view.template); m; m = pattern.exec(view.template)) {
    const r = each(m);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/** Dates stated in a stretch of text: "2011", "November 2021", "7 September 1923". */
export function dateIn(text: string): string | undefined {
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const full = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\d\d)\b/i.exec(text);
  if (full) return `${full[3]}-${pad(months.indexOf(full[2]!.toLowerCase()) + 1)}-${pad(Number(full[1]))}`;
  const monthYear = /\b(January|February|March|April|May|June|July|August|September|October|November|December),? ((?:19|20)\d\d)\b/i.exec(text);
  if (monthYear) return `${monthYear[2]}-${pad(months.indexOf(monthYear[1]!.toLowerCase()) + 1)}`;
  return /\b((?:19|20)\d\d)\b/.exec(text)?.[1];
}
const pad = (n: number) => String(n).padStart(2, '0');
