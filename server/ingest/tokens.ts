// Word tokens with offsets. Possessive "'s" and punctuation are tokens of
// their own; "U.S." stays whole; `ws` says whether whitespace came before.
export interface Token { text: string; start: number; end: number; ws: boolean }

const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}+['’](?![sS](?![\p{L}]))\p{L}+|[\p{L}\p{N}]+|['’][sS](?![\p{L}])|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index;
    tokens.push({ text: m[0], start: offset + at, end: offset + at + m[0].length, ws: at === 0 || at > last });
    last = at + m[0].length;
  }
  return tokens;
}

export const isCap = (t: string): boolean => /^\p{Lu}/u.test(t);
export const isWord = (t: string): boolean => /^[\p{L}\p{N}]/u.test(t);
export const isPossessive = (t: string): boolean => /^['’][sS]$/.test(t);
/** Folds a plural head ("Bureaus", "Departments", "Notices") to its singular. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|xes)$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
