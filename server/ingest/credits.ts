// tune17: the credit line of a wire story names its reporters and editors:
// "(Reporting by A in X; additional reporting by B and C; editing by D)".
// Each name runs from "by" / "and" to "in <place>", "and", ";", ")" or the
// line's end, so a surname that is also a city ("… Lagos;") stays in the name.
// A byline opening its line ("By A and B | 4 May") is read the same way.
import type { Sentence } from './sentences.js';
import type { RawMention } from './detect.js';
import { COMMON_WORDS } from './gazetteer/common.js';
import { ROLE_WORDS } from './gazetteer/lexicon.js';

/** A credit opening the line or following "(" or ";": "Reporting by", "additional reporting by", "Editing by", "Written by". */
const CREDIT = /(?:^|[(;]\s*)(?:[Aa]dditional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ee]dited|[Ww]ritten|[Cc]ompiled|[Rr]eported) by |^By /gu;
/** A name of two to five words, capitalized apart from particles ("de", "van", "al-"). */
const NAME = /^(\p{Lu}[\p{L}'’.-]*(?: (?:(?:de|da|do|dos|del|van|von|der|bin|al|el|la|le|du)\s)?\p{Lu}[\p{L}'’.-]*){1,4})(?= in \p{Lu}| and \p{Lu}|\s*[;),.]| [|–—-] |\s*$)/u;

export const isCreditLine = (text: string) => /^By \p{Lu}|^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ee]dited|[Ww]ritten|[Cc]ompiled) by \p{Lu}/u.test(text);

export function creditNames(s: Sentence): RawMention[] {
  if (!isCreditLine(s.text)) return [];
  const out: RawMention[] = [];
  for (const m of s.text.matchAll(CREDIT)) {
    let at = m.index + m[0].length;
    for (;;) {
      const n = NAME.exec(s.text.slice(at));
      // "By Air Cargo Services" is a headline and "By Staff Reporter" no name: an everyday or role word ends the reading.
      if (!n || n[1]!.split(' ').some((w) => COMMON_WORDS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()))) break;
      out.push({ start: s.start + at, end: s.start + at + n[1]!.length, type: 'Person', name: n[1]!, kind: 'name', priority: 3 });
      at += n[1]!.length;
      // "… in Lagos and C", "A and B": a further name after "and" (and after a place).
      const next = /^(?: in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)? and (?=\p{Lu})/u.exec(s.text.slice(at));
      if (!next) break;
      at += next[0].length;
    }
  }
  return out;
}
