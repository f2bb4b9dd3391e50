// Sentence boundaries with exact offsets. Lines are hard boundaries (news
// pages put headlines, bullets and datelines on lines of their own); within a
// line, a full stop ends a sentence unless it closes an abbreviation or initial.
import { EMPTY_MASK, type Mask } from './boilerplate.js';
import { RANK_ABBREVIATIONS } from './gazetteer/lexicon.js';
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Sentences in the same paragraph share this number; blank lines separate paragraphs. */
  paragraph: number;
  /** A line without closing punctuation: headline, heading, list item or label. */
  heading: boolean;
  /** Most words capitalized, as in "US Fentanyl Crisis": capitals there say nothing about names. */
  titleCase: boolean;
  bullet: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'gen', 'gov',
  'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'insp', 'supt', 'dept', 'univ', 'approx', 'fig', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'e.g', 'i.e', 'art', 'para',
  ...RANK_ABBREVIATIONS,
]);
/** Words that begin a new sentence after an ambiguous "U.S." or "Inc.". */
const STARTERS = new Set(['The', 'A', 'An', 'In', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'But', 'And', 'However', 'On', 'At', 'His', 'Her', 'Their']);
const BULLET = /^(?:#{1,6}(?=\s)|[•·▪◦‣●○■□*]|-(?=\s)|–(?=\s)|\d{1,2}[.)](?=\s))\s*/;
const CLOSERS = /[.!?…:;"”’)\]]$/;

/**
 * Sentences of `text`, skipping what `mask` marks as page boilerplate. A
 * masked line separates paragraphs as a blank line does; offsets always index
 * the original text.
 */
export function splitSentences(text: string, mask: Mask = EMPTY_MASK): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let blank = false;
  const linePattern = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  for (let m = linePattern.exec(text); m && m[0] !== ''; m = linePattern.exec(text)) {
    const lineEnd = m.index + m[0].replace(/[\r\n]+$/, '').length;
    const parts = mask.visible(m.index, lineEnd).filter(([s, e]) => text.slice(s, e).trim());
    if (!parts.length) { blank = true; continue; }
    if (blank && out.length) paragraph++;
    blank = false;
    for (const [s, e] of parts) if (addLine(out, text.slice(s, e), s, paragraph)) paragraph++;
  }
  return out;
}

/** Adds the sentences of one line (or visible part of one); true when it was a bullet, which ends its paragraph. */
function addLine(out: Sentence[], raw: string, lineStart: number, paragraph: number): boolean {
  const lead = raw.length - raw.trimStart().length;
  let content = raw.trim();
  const bullet = BULLET.exec(content);
  const offset = lineStart + lead + (bullet ? bullet[0].length : 0);
  if (bullet) content = content.slice(bullet[0].length);
  if (!content) return false;
  const heading = !CLOSERS.test(content) && content.length < 240;
  // A headline never ends in a comma; an address line does ("The Permanent Secretary of the X, Mr P,").
  const titleCase = isTitleCase(content) && !content.endsWith(',') && (heading || (content.length < 80 && /[?!]$/.test(content)));
  for (const [s, e] of splitLine(content)) {
    const piece = content.slice(s, e);
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const start = offset + s + (piece.length - piece.trimStart().length);
    out.push({ index: out.length, start, end: start + trimmed.length, text: trimmed, paragraph, heading, titleCase, bullet: !!bullet });
  }
  return !!bullet;
}

function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (words.length < 3 && !(words.length === 2 && !/[.!?]$/.test(line))) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

/** Offsets [start, end) of the sentences within one line. */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const boundary = /[.!?]+["”’)]*(?=(\s+)?(\S)?)/g;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    const end = m.index + m[0].length;
    const space = m[1] ?? '';
    const next = m[2];
    if (next === undefined) break;
    if (isBoundary(line, m.index, m[0], space, line.slice(end + space.length))) {
      spans.push([start, end]);
      start = end;
    }
  }
  spans.push([start, line.length]);
  return spans;
}

function isBoundary(line: string, at: number, punct: string, space: string, rest: string): boolean {
  const before = /([\p{L}\p{N}.'’-]*)$/u.exec(line.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  const nextWord = /^[“"‘(]*([\p{L}\p{N}]+)/u.exec(rest.slice(0, 40))?.[1] ?? '';
  if (!space) {
    // "ended.Operation Blue Harbor": a page that lost the space after a full stop.
    return punct.startsWith('.') && /\p{Ll}{2}$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(rest);
  }
  if (!/^[“"‘(\p{Lu}\p{N}•]/u.test(rest)) return false;
  if (punct !== '.' && !punct.startsWith('.')) return true;
  if (punct.startsWith('...')) return /^\p{Lu}/u.test(rest);
  const word = before.replace(/^.*[-’']/, '').toLowerCase();
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "Maria T. Costa"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return STARTERS.has(nextWord); // "U.S." mid-sentence
  // Titles and ranks stand before a name: "Pol. Gen. Tavik", "Dr. Ruiz", never at a sentence end before a capital.
  if (RANK_ABBREVIATIONS.has(word) && /^\p{Lu}/u.test(rest)) return false;
  if (ABBREVIATIONS.has(word)) return STARTERS.has(nextWord) && !['mr', 'mrs', 'ms', 'dr', 'prof', 'no', 'st'].includes(word);
  return true;
}
