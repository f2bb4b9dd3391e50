// People named again where detection found nothing: "He met Tran Minh Duc",
// "Ibáñez Montoya, a Chilean national, was ...", "Investigators say Ben Salah ...".
// Once a document names a person in full, that name, its surname (with its
// particles: "Ben Salah", "van der Berg") and its last two words ("Ibáñez
// Montoya") are that person wherever they recur. Forms shared by two people, or
// used for anything else in the document, are skipped.
import type { Sentence } from './sentences.js';
import type { EntityTable, Resolved } from './coref.js';
import { nameKey } from './coref.js';
import { NAME_PARTICLES, NAME_TITLES, ROLE_WORDS } from './gazetteer/lexicon.js';
import { COMMON_WORDS } from './gazetteer/common.js';

const isParticle = (w: string) => NAME_PARTICLES.has(w.toLowerCase());
/** A character that would make a match the inside of a longer word. */
const WORD_BEFORE = /[\p{L}\p{N}'’-]/u;
const WORD_AFTER = /[\p{L}\p{N}-]/u;
/** A word as names are made of; its first character follows no letter, digit, apostrophe or hyphen. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The forms a full name may recur as: itself, the surname with its particles, the last two words. */
export function nameForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const forms = new Set([name]);
  let k = words.length - 1;
  while (k > 1 && isParticle(words[k - 1]!)) k--;
  forms.add(words.slice(k).join(' '));
  if (words.length >= 3) forms.add(words.slice(-2).join(' '));
  // "van der Berg" opens a sentence as "Van der Berg".
  for (const f of [...forms]) if (isParticle(f.split(' ')[0]!) && /^\p{Ll}/u.test(f)) forms.add(f[0]!.toUpperCase() + f.slice(1));
  return [...forms];
}

export function addRecurringNames(sentences: Sentence[], perSentence: Resolved[][], table: EntityTable, lowerWords: ReadonlySet<string>): void {
  const owner = new Map<string, number | null>();
  for (const e of table.entities) {
    if (e.type !== 'Person') continue;
    for (const form of nameForms(e.name)) {
      const prev = owner.get(form);
      owner.set(form, prev === undefined || prev === e.index ? e.index : null);
    }
  }
  // A form that names anything else in the document ("Jordan" the country) is not a surname there.
  const others = new Set(table.entities.filter((e) => e.type !== 'Person').flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
  const forms = [...owner].filter(([form, e]) => e !== null && !others.has(nameKey(form)) && usable(form, lowerWords))
    .sort((a, b) => b[0].length - a[0].length);
  if (!forms.length) return;
  // Forms by their first word: each word of a sentence is looked up once (a regex of every form, run over
  // every sentence, was the costliest step of extraction on documents naming many people).
  const byFirst = new Map<string, string[]>();
  for (const [form] of forms) {
    const first = form.split(' ')[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), form]);
  }
  const byForm = new Map(forms);
  sentences.forEach((s, k) => {
    const own = perSentence[k]!;
    let added = false;
    WORD.lastIndex = 0;
    for (let w = WORD.exec(s.text); w; w = WORD.exec(s.text)) {
      const candidates = byFirst.get(w[0].split(/['’](?=[sS]$)/)[0]!) ?? byFirst.get(w[0]);
      if (!candidates || (w.index > 0 && WORD_BEFORE.test(s.text[w.index - 1]!))) continue;
      // Longest first (forms are sorted so), and ending at a word boundary.
      const form = candidates.find((f) => s.text.startsWith(f, w!.index) && !WORD_AFTER.test(s.text[w!.index + f.length] ?? ' '));
      if (!form) continue;
      const at = w.index;
      WORD.lastIndex = at + form.length;
      const start = s.start + at;
      const end = start + form.length;
      if (own.some((o) => o.start < end && start < o.end)) continue;
      // Part of a longer capitalized name ("Long Beach", "Holm Group") is something else; a title before it is fine.
      const prevWord = /([\p{L}.'’-]+)\s+$/u.exec(s.text.slice(Math.max(0, at - 60), at))?.[1] ?? '';
      if (/^\p{Lu}/u.test(prevWord) && !NAME_TITLES.has(prevWord.toLowerCase().replace(/\.$/, '')) && !ROLE_WORDS.has(prevWord.toLowerCase())) continue;
      if (/^\s+\p{Lu}\p{Ll}/u.test(s.text.slice(at + form.length, at + form.length + 12))) continue;
      const entity = byForm.get(form)!;
      const e = table.entities[entity]!;
      own.push({ start, end, type: 'Person', name: form, kind: form === e.name ? 'name' : 'short', priority: 1, entity, sentence: k });
      e.mentions.push({ start, end });
      if (form !== e.name) e.aliases.add(form);
      added = true;
    }
    if (added) own.sort((a, b) => a.start - b.start);
  });
}

/** A lone word that the text also uses in lower case ("long", "rich") or a common word is too risky to read as a surname. */
function usable(form: string, lowerWords: ReadonlySet<string>): boolean {
  if (form.includes(' ')) return true;
  const w = form.toLowerCase();
  return form.length > 1 && !lowerWords.has(w) && !COMMON_WORDS.has(w);
}
