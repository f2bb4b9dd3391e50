// Bodies whose names hold a list of words, which a run of capitals cut at
// each comma would break apart: a portfolio ("Ministry of Finance, Trade
// and Industry", "Bureau of Alcohol, Tobacco, Firearms and
// Explosives") or a remit before the head ("Forests, Rivers and Wildlife Unit").
import type { Sentence } from './sentences.js';
import { lookup } from './lookup.js';
import type { RawMention } from './mention.js';

/** One item of the list: one or two capitalized words ("Trade", "Rural Development", "Public Order"). */
const ITEM = '\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?';
const LIST = `${ITEM}(?:, ${ITEM})+,? and ${ITEM}`;
const PORTFOLIO = new RegExp(`\\b(?:Ministry|Department|Secretariat|Office|Bureau|Directorate|Commission|Agency) (?:of|for) (${LIST})\\b`, 'gu');
/** The remit before the head ends in a head word; the list has single words so that a sentence's list does not run in. */
const REMIT = new RegExp(`(?<!, )\\b(\\p{Lu}\\p{Ll}+(?:, \\p{Lu}\\p{Ll}+)+,? and \\p{Lu}\\p{Ll}+) (?:Unit|Fund|Division|Section|Department|Commission|Directorate|Programme|Program)\\b`, 'gu');

export function listedNames(s: Sentence): RawMention[] {
  const out: RawMention[] = [];
  for (const pattern of [PORTFOLIO, REMIT]) {
    for (const m of s.text.matchAll(pattern)) {
      // "… for Kenya, Uganda and Tanzania": a list of places is not a portfolio.
      if (m[1]!.split(/,? and |, /).some((item) => lookup(item))) continue;
      const type = /(?:Fund|Programme|Program)$/.test(m[0]) ? 'Other' : 'Organization';
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, type, name: m[0], kind: 'name', priority: 3 });
    }
  }
  return out;
}
