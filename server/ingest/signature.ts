// Signature blocks at the end of speeches and press releases:
//   Lieutenant P
//   Public Relations Officer
//   X Coast Guard
// A line holding only a (ranked) name, right above a line that opens with a
// post, names a person, however title-cased the lines are.
import type { Sentence } from './sentences.js';
import type { RawMention } from './mention.js';
import { isRoleUnit, isOrgHead, isEventHead, isOtherHead } from './mention.js';
import { lookup } from './lookup.js';
import { COMMON_WORDS } from './gazetteer/common.js';

const unit = (w: string) => ({ text: w, lower: w.toLowerCase(), start: 0, end: 0 });
/** A word of a person's name: not a title, head, common word, word seen in lower case or known place. */
const nameWord = (w: string, lowerWords: ReadonlySet<string>) => !isRoleUnit(unit(w)) && !isOrgHead(unit(w)) && !isEventHead(unit(w)) && !isOtherHead(unit(w))
  && !COMMON_WORDS.has(w.toLowerCase()) && !lowerWords.has(w.toLowerCase()) && !lookup(w);

/** The line opens with a post: "Executive Director, X", "Minister of Y", "Public Relations Officer". */
export function opensWithPost(line: string): boolean {
  const head = line.split(',')[0]!.trim();
  const words = head.split(/\s+/);
  if (!/^\p{Lu}/u.test(head) || words.length > 7) return false;
  const cut = words.findIndex((w) => /^(?:of|for|to|at)$/.test(w));
  const title = cut > 0 ? words.slice(0, cut) : words;
  return title.some((w) => isRoleUnit(unit(w.replace(/[.,]$/, ''))));
}

export function signatureNames(sentences: Sentence[], text: string, lowerWords: ReadonlySet<string>): Array<RawMention & { sentence: number }> {
  const out: Array<RawMention & { sentence: number }> = [];
  sentences.forEach((s, k) => {
    const next = sentences[k + 1];
    if (!next || !/^[ \t]*\r?\n[ \t]*$/.test(text.slice(s.end, next.start))) return;
    if (!opensWithPost(next.text)) return;
    // Leading words are titles ("Lieutenant", "Brigadier General", "Dr."); the rest, two to four name-shaped words.
    const words = s.text.trim().split(/\s+/);
    let lead = 0;
    while (lead < words.length && (isRoleUnit(unit(words[lead]!)) || /^\p{Lu}\p{Ll}{0,3}\.$/u.test(words[lead]!))) lead++;
    const name = words.slice(lead);
    if (name.length < 2 || name.length > 4 || !name.every((w) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u.test(w) && w.split('-').every((p) => nameWord(p, lowerWords)))) return;
    const text0 = name.join(' ');
    const at = s.text.lastIndexOf(text0);
    if (at < 0) return; // spaced oddly: leave it
    const start = s.start + at;
    out.push({ start, end: start + text0.length, type: 'Person', name: text0, kind: 'name', priority: 3, titled: true, sentence: s.index });
  });
  return out;
}
