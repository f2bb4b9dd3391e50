// A document's title from its text: the headline, not whatever line a scraped
// page happens to start with (an ad label, a promo, a menu).
import { findBoilerplate, type Mask } from './boilerplate.js';
import { splitSentences } from './sentences.js';

export const TITLE_MAX = 200;

/**
 * A Markdown heading if there is one; else the first headline-shaped line
 * (several words, no closing full stop, not a byline) among the lines before
 * the body starts, preferring one of six words or more; else the first
 * sentence of the body. Boilerplate is skipped.
 */
export function headline(text: string, mask: Mask = findBoilerplate(text)): string | null {
  const lines = visibleLines(text, mask);
  const heading = lines.find((l) => /^#{1,6}\s+\S/.test(l));
  if (heading) return clip(heading.replace(/^#+\s+/, ''));
  let prose = 0;
  let short: string | undefined;
  for (const line of lines) {
    if (isProse(line)) { if (++prose >= 2) break; continue; }
    if (!isHeadlineShaped(line)) continue;
    // Mastheads and section names ("Office of Public Affairs") are shorter than headlines.
    if (words(line) >= 6) return clip(line);
    short ??= line;
  }
  if (short) return clip(short);
  const first = splitSentences(text, mask).find((s) => words(s.text) >= 3) ?? splitSentences(text, mask)[0];
  return first ? clip(first.text) : null;
}

function visibleLines(text: string, mask: Mask): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const parts = mask.visible(m.index, m.index + m[0].length).map(([s, e]) => text.slice(s, e)).join(' ').trim();
    if (parts) out.push(parts);
  }
  return out;
}

/** Body text: a long line that ends like a sentence. Two of them and the headline zone is over. */
const isProse = (line: string) => words(line) >= 12 && /[.!?]["”’)]*$/.test(line);

function isHeadlineShaped(line: string): boolean {
  if (/^[•·▪◦‣●○■□*–-]\s/.test(line)) return false; // list items
  if (/^(?:by|updated|published|posted|last updated)\b/i.test(line)) return false; // bylines, datelines
  if (/[.;:,]["”’)]*$/.test(line)) return false;
  const n = words(line);
  return n >= 4 && n <= 30 && /\p{Ll}/u.test(line);
}

const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

function clip(line: string): string {
  const t = line.trim();
  if (t.length <= TITLE_MAX) return t;
  const cut = t.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX / 2)).trimEnd()}…`;
}
