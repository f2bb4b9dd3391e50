// Person names: a title before ("Secretary General X"), an apposition or
// speech verb after ("X, director of ...", "X said"), the shape of a name
// (a common given name, a romanized Chinese name), or a list with other people.
import type { Sentence } from './sentences.js';
import type { Token } from './tokens.js';
import { isCap } from './tokens.js';
import type { Chunk, Unit } from './chunks.js';
import { lookup } from './lookup.js';
import { NAME_TITLES, ROLE_WORDS, SAY_VERBS, PERSON_CUES, PERSON_VERBS, NAME_PARTICLES, HONORIFICS } from './gazetteer/lexicon.js';
import { COMMON_WORDS } from './gazetteer/common.js';
import { GIVEN_NAMES, CHINESE_SURNAMES, isPinyin } from './gazetteer/names.js';
import { type RawMention, type DetectContext, phrase, isOrgHead, isEventHead, isOtherHead, isLocationHead, isRoleUnit } from './mention.js';

/** Lower-case words a name may hold inside: particles ("van", "al-Qadiri", "bin"). */
const isParticle = (u: Unit) => NAME_PARTICLES.has(u.lower) || /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|da|de|di|du|la|le|van|von)-\p{Lu}/u.test(u.text);

/** Cue words that are also surnames or given names ("Son", "Partner"): never read as a title at a sentence start. */
const FAMILY_CUES = new Set(['father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'partner', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'national', 'native', 'resident']);

export type Piece = { units: Unit[]; entry?: ReturnType<typeof lookup> };

/** "A, B and C" where A or C is a person: a name-shaped B is one too. */
export function siblingPerson(pieces: Piece[], k: number, tokens: Token[], s: Sentence, ctx: DetectContext): boolean {
  return pieces.some((p, j) => j !== k && !p.entry && personIn(p.units, false, undefined, tokens, s, ctx)?.kind === 'name');
}

export function listedPerson(units: Unit[]): RawMention | null {
  if (units.length < 2 || units.length > 3 || !units.every((u) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(u.text) && !COMMON_WORDS.has(u.lower) && !isOrgHead(u))) return null;
  return { start: units[0]!.start, end: units.at(-1)!.end, type: 'Person', name: phrase(units), kind: 'name', priority: 1 };
}

export function personIn(units: Unit[], afterPlace: boolean, chunk: Chunk | undefined, tokens: Token[], s: Sentence, ctx: DetectContext): RawMention | null {
  // The name follows the last title word: "Interior Minister X", "Minister of Public Security X".
  let lastTitle = -1;
  units.forEach((u, k) => { if (isRoleUnit(u)) lastTitle = k; });
  // "Courier Jordan X, 29,": a lower-case cue word capitalized at the start of a sentence is a title too.
  if (lastTitle < 0 && units.length >= 3 && PERSON_CUES.has(units[0]!.lower) && !FAMILY_CUES.has(units[0]!.lower) && units[0]!.start === s.start) lastTitle = 0;
  // "Justice X", "Madam Justice X": a judge's title when it opens the run (after "of" it is a portfolio: "Minister of Justice").
  if (lastTitle < 0) lastTitle = judgeTitle(units);
  // "Senior Resident Magistrate X": the judge's title after other title words.
  else if (/^(?:Justice|Magistrate)$/.test(units[lastTitle + 1]?.text ?? '') && units.length > lastTitle + 2 && isCap(units[lastTitle + 2]!.text)) lastTitle++;
  let i = lastTitle + 1;
  const titled = lastTitle >= 0;
  let portfolio = false;
  while (i < units.length && (['of', 'for', 'to', 'the', 'and'].includes(units[i]!.lower) || (titled && COMMON_WORDS.has(units[i]!.lower)))) { if (/^(?:of|for|to)$/.test(units[i]!.lower)) portfolio = true; i++; }
  let name = units.slice(i);
  // "Datuk Seri X", "Tan Sri X": honorifics are titles, not part of the name ("Tan" alone is a surname).
  let honored = false;
  while (name.length > 2 && (HONORIFICS.has(name[0]!.lower) || (name[0]!.lower === 'tan' && name[1]!.lower === 'sri'))) { name = name.slice(1); honored = true; }
  const capWord = (u: Unit) => isCap(u.text) && !/\p{Ll}(?:tion|sion|ment|ness)s?$/u.test(u.text) && /^\p{L}[\p{L}'’-]*$/u.test(u.text) && !COMMON_WORDS.has(u.lower) && !ROLE_WORDS.has(u.lower) && !isOrgHead(u) && !isEventHead(u) && !isOtherHead(u);
  const nameLike = (u: Unit, k: number, all: Unit[]) => /^\p{Lu}\.$/u.test(u.text) || capWord(u) || (k > 0 && k < all.length - 1 && isParticle(u)) || (k > 0 && isParticle(u) && u.text.includes('-'));
  if (!titled && name.length >= 3 && !name.every(nameLike)) {
    // "Security Affairs Ahmad Teruwiseta": a name with a common given name at the end of a longer run.
    const g = name.findIndex((u, k) => k > 0 && GIVEN_NAMES.has(u.lower) && !capWord(name[k - 1]!));
    if (g > 0 && name.length - g >= 2 && name.length - g <= 3) name = name.slice(g);
  }
  // "Minister of Internal Affairs Ketevan Japaridze": the portfolio runs on in capitals; the name is the
  // trailing run of name-shaped words after the last portfolio word ("Affairs").
  if (portfolio && name.length > 2 && !name.every(nameLike)) {
    let k = name.length;
    while (k > 0 && capWord(name[k - 1]!)) k--;
    if (name.length - k >= 2 && name.length - k <= 3) name = name.slice(k);
  }
  // "Minister for Political ...": after "for"/"of" a lone word is the portfolio, not a name.
  if (portfolio && name.length === 1) return null;
  // "Wilma Rojas Gutiérrez de Pacheco": a particle makes room for one more word.
  if (!name.length || name.length > (name.some((u, k) => k > 0 && isParticle(u)) ? 5 : 4)) return null;
  if (!name.every(nameLike) || isParticle(name[0]!) && !isCap(name[0]!.text)) return null;
  if (/^(?:\.\.\.|…)/.test(s.text.slice(name.at(-1)!.end - s.start))) return null; // "Secretary Ha...": cut off mid-word
  let b = tokens.length;
  while (b > 0 && tokens[b - 1]!.end > name[0]!.start) b--;
  const before3 = tokens.slice(Math.max(0, b - 3), b).map((t) => t.text.toLowerCase());
  const before = before3.slice(-2);
  const titleBefore = NAME_TITLES.has(before.at(-1) ?? '') || ROLE_WORDS.has(before.at(-1) ?? '') || PERSON_CUES.has(before.at(-1) ?? '')
    || (before.at(-1) === '.' && PERSON_CUES.has(before.at(-2) ?? ''))
    // "Deputy Director: X", "Deputy for Prevention: X" on a fact-sheet line: the label is the title.
    || (before.at(-1) === ':' && /^[\p{L} -]{2,40}:\s*$/u.test(s.text.slice(0, name[0]!.start - s.start))
      && (ROLE_WORDS.has(before.at(-2) ?? '') || ROLE_WORDS.has(s.text.slice(0, name[0]!.start - s.start).split(/[\s-]+/)[0]!.toLowerCase())))
    || (/^[,:–-]$/.test(before.at(-1) ?? '') && /^(?:suspects|men|women|defendants|nationals?|citizens?|residents?|natives?|brothers|sisters|pair|accused|victims|fugitives|associates|couriers|organisers|organizers)$/.test(before.at(-2) ?? ''))
    // "the network's alleged Moroccan supplier, X,": a person noun, a comma, the name.
    || (before.at(-1) === ',' && (PERSON_CUES.has(before.at(-2) ?? '') || /^(?:supplier|organiser|organizer|owner|skipper|captain|driver|director|manager|officer|mechanic|pharmacist|operator)$/.test(before.at(-2) ?? '')) && !FAMILY_CUES.has(before.at(-2) ?? ''))
    // "The first appellant, X,", "The pilot, X,", "His co-accused, X,": a clause of one person noun names who follows.
    || (before.at(-1) === ',' && name.length >= 2 && /(?:^|\s)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?:(?:first|second|third|fourth|fifth|main|other|alleged|former) )?([\p{Ll}-]+),\s*$/u.test(s.text.slice(0, name[0]!.start - s.start).split(/[,;:(]\s*(?=\S)/u).at(-1)!)
      && (CLAUSE_PERSONS.has(before.at(-2)!) || OCCUPATIONS.has(before.at(-2)!) || PERSON_CUES.has(before.at(-2)!)))
    // "a Bulgarian citizen named X"
    || (before.at(-1) === 'named' && /^(?:man|woman|citizen|national|resident|suspect|driver|courier|captain|skipper|officer|businessman|businesswoman)$/.test(before.at(-2) ?? ''))
    // "a Sri Lankan man identified as X", "a Colombian, identified as X".
    || (name.length >= 2 && before.at(-1) === 'as' && before.at(-2) === 'identified');
  const afterRolePhrase = name.length >= 2 && roleClauseBefore(s.text.slice(0, name[0]!.start - s.start));
  const after = s.text.slice((chunk ? tokens[chunk.to - 1]?.end ?? name.at(-1)!.end : name.at(-1)!.end) - s.start);
  const apposText = /^(?:['’]s)?,\s+(?:\d+,\s+)?([^,.;]{0,70})/.exec(after)?.[1] ?? / (?:is|was|has been) (?:a|an|the) ([^,.;]{0,50})/.exec(after)?.[1] ?? '';
  const appos = apposText.toLowerCase().split(/[\s-]+/).some((w) => ROLE_WORDS.has(w) && !['state', 'first', 'second', 'general', 'former', 'senior', 'acting', 'vice'].includes(w));
  // "A Thai national, X, was arrested": a name in apposition closes with a comma before its verb.
  const inApposition = /,\s*$/.test(s.text.slice(0, name[0]!.start - s.start));
  const verbText = after.replace(inApposition ? /^,?\s+/ : /^\s+/, '');
  const says = SAY_VERBS.test(verbText.replace(/^(?:has|had|have|was|also)\s+/, ''));
  // Context that only people have: "X, 46,", "X, who", "according to X", "X was sentenced".
  // "X, a Tunisian national", "X, 41, a dual Franco-Tunisian citizen": nationality nouns describe people.
  // "X, a Ghanaian,", "X, a Lao transport operator whose …": a nationality or a person's occupation in apposition.
  // The person noun may stand anywhere in the first three words ("a pharmacy graduate of …").
  const described = /^,\s+(?:\d{1,3},\s+)?an?\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(after);
  // "X (44), a gunsmith": an age in parentheses, as defendants are listed in indictments.
  const personContext = /^,\s+(?:\d{1,2}(?:,|\.(?!\d)|\)|$)|aged \d|who\b|whose\b|an? \d{1,3}-year-old\b)/.test(after) || (name.length >= 2 && /^ \(\d{2}\)/.test(after)) || /^,\s+(?:\d{1,3},\s+)?an?\s+(?:[\p{L}-]+\s+){0,2}(?:national|citizen|resident|native)\b/u.test(after) || (name.length >= 2 && PERSON_VERBS.test(verbText))
    || (name.length >= 2 && !!described && described[1]!.toLowerCase().split(/\s+/).some((w) => PERSON_CUES.has(w) || OCCUPATIONS.has(w)))
    || (name.length >= 2 && /^,\s+an?\s+\p{Lu}\p{Ll}+(?:an|ese|ian|ish|i|ch)\s*[,.;]/u.test(after))
    || (before3.at(-1) === 'to' && before3.at(-2) === 'according')
    // "X, also known as …", and "said X, a fisheries biologist": a speaker named after the verb, then described.
    || (name.length >= 2 && /^,\s+(?:also )?known as\b/.test(after))
    || (name.length >= 2 && before3.at(-1) === 'said' && /^,\s+(?:an?|the|who)\s/.test(after))
    // A byline: "By X", "By X and Y" opening its line.
    || (name.length >= 2 && /^(?:By|(?:Additional )?[Rr]eporting by|Written by|Edited by) (?:\p{Lu}[\p{L}'’.-]* ){0,4}(?:and )?$/u.test(s.text.slice(0, name[0]!.start - s.start)));
  const chinese = name.length >= 2 && name.length <= 3 && name.every((u) => isPinyin(u.text)) &&
    (CHINESE_SURNAMES.has(name[0]!.lower) || CHINESE_SURNAMES.has(name.at(-1)!.lower));
  const given = name.length >= 2 && GIVEN_NAMES.has(name[0]!.lower);
  const lowerEvidence = name.some((u) => ctx.lowerWords.has(u.lower) && !isParticle(u)) && !chinese && !given;
  const strong = (titled || titleBefore || honored || afterRolePhrase) && !lowerEvidence;
  if (name.length === 1 && !strong && !chinese) {
    // A lone capitalized word: kept as a possible short form of a person named elsewhere.
    if (afterPlace || lowerEvidence || isLocationHead(name[0]!) || !CHINESE_SURNAMES.has(name[0]!.lower) && !says && !appos && !/^\p{Lu}\p{Ll}+$/u.test(name[0]!.text)) return null;
    return { start: name[0]!.start, end: name[0]!.end, type: 'Person', name: name[0]!.text, kind: 'short', priority: 0 };
  }
  if (!(strong || chinese || given || appos || says || personContext)) return null;
  if (lowerEvidence && !(titled || titleBefore)) return null;
  const text = name.map((u) => u.text).join(' ');
  return { start: name[0]!.start, end: name.at(-1)!.end, type: 'Person', name: text, kind: name.length === 1 ? 'short' : 'name', priority: 1, titled: titled || titleBefore };
}

/**
 * "the head of the X Department, Name", "and the Ambassador of X to Y, Name": the clause before the
 * comma is a post ("the" + title words + of/to/at/for ...), so the name after it is a person's.
 */
export function roleClauseBefore(before: string): boolean {
  if (!/,\s*$/.test(before)) return false;
  const clause = before.replace(/,\s*$/, '').split(/[,;:(]/).at(-1)!;
  const m = /^\s*(?:and |by |including |with |as well as )?(?:[Tt]he |[Ii]ts |[Hh]is |[Hh]er |[Tt]heir )([\p{L}'-]+(?: [\p{L}'-]+){0,2}?) (?:of|to|at|for|in) \S/u.exec(clause);
  // "Ruritania's Interior Minister, Name", "the agency's executive director, Name": a post owned by a place or body.
  const owned = /['’]s ((?:[\p{L}-]+ ){0,2}([\p{L}-]+))$/u.exec(clause.trim());
  if (!m && owned && clause.length <= 110 && ROLE_WORDS.has(owned[2]!.toLowerCase()) && !WEAK_ROLE.has(owned[2]!.toLowerCase())
    && owned[1]!.split(' ').every((w) => ROLE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || /^(?:new|executive|national|regional|top|chief|outgoing|incoming)$/.test(w))) return true;
  // "Jamaica's Minister of National Security, Name": an owned post with its capitalized portfolio.
  const portfolio = /['’]s ((?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:of|for) (?:the )?\p{Lu}[\p{L}-]*(?: (?:and |of )?\p{Lu}[\p{L}-]*){0,4}$/u.exec(clause.trim());
  if (!m && portfolio && clause.length <= 110 && portfolio[1]!.split(' ').every((w) => ROLE_WORDS.has(w.toLowerCase())) && !WEAK_ROLE.has(portfolio[1]!.split(' ').at(-1)!.toLowerCase())) return true;
  const isPost = (title: string) => {
    const words = title.toLowerCase().split(/[\s-]+/);
    return words.every((w) => ROLE_WORDS.has(w)) && words.some((w) => !['deputy', 'acting', 'former', 'senior', 'first', 'second', 'state', 'general', 'vice'].includes(w));
  };
  if (m && clause.length <= 110) return isPost(m[1]!);
  // "… and the Bolivian delegation by the Minister of Government, Name": the post ends the clause.
  const tail = /(?:^|\s)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) ((?:[\p{L}'-]+ ){0,2}?[\p{L}'-]+) (?:of|to|at|for) [^,]{1,80}$/u.exec(clause);
  if (tail) return isPost(tail[1]!);
  // "Its director-general, Name": a post with nothing after it.
  const bare = /^\s*(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) ((?:[\p{L}'-]+ ){0,2}[\p{L}'-]+)\s*$/u.exec(clause);
  if (bare && isPost(bare[1]!)) return true;
  // "The Prosecutor General, Name", "He met his Ruritanian counterpart, Name": a capitalized post, or a post
  // after a nationality, owned by "the" or a pronoun.
  const owned2 = /(?:^|\s)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (\p{Lu}\p{Ll}+(?: \p{Ll}[\p{L}-]+| \p{Lu}[\p{L}-]+){0,2})\s*$/u.exec(clause);
  if (!owned2) return false;
  const words = owned2[1]!.split(' ');
  const demonym = words.length >= 2 && lookup(words[0]!)?.demonym === true;
  return isPost((demonym ? words.slice(1) : words).join(' ')) && (demonym || words.every((w) => /^\p{Lu}/u.test(w)));
}
/** Index of "Justice" used as a judge's title at the head of a run ("Justice X", "Madam Justice X"), else -1. */
function judgeTitle(units: Unit[]): number {
  const k = /^(?:madam|mr|mrs|ms|chief|lord|lady|principal|senior|resident|associate|puisne)$/.test(units[0]?.lower ?? '') ? 1 : 0;
  // tune17: "Principal Magistrate X" too; "Magistrate" is no role word, or "X Magistrates Court" would lose its place.
  return units.length >= k + 2 && /^(?:Justice|Magistrate)$/.test(units[k]!.text) && isCap(units[k + 1]!.text) ? k : -1;
}

/** Nouns for a party to a case or a voyage: "The first appellant, X,". */
const CLAUSE_PERSONS = new Set(['appellant', 'respondent', 'applicant', 'complainant', 'claimant', 'co-accused', 'contact', 'passenger', 'crewman', 'owner', 'buyer', 'seller', 'recruiter', 'handler']);

/** Occupations named in apposition to a person ("X, a boat mechanic,"). */
const OCCUPATIONS = new Set(['operator', 'mechanic', 'pharmacist', 'fisherman', 'fishermen', 'farmer', 'engineer', 'accountant', 'pilot', 'skipper', 'captain',
  'driver', 'trader', 'supplier', 'owner', 'shopkeeper', 'doctor', 'nurse', 'teacher', 'student', 'sailor', 'seaman', 'crewman', 'mariner', 'dockworker',
  'importer', 'exporter', 'dealer', 'banker', 'lawyer', 'notary', 'entrepreneur', 'father', 'mother', 'grandfather', 'grandmother', 'man', 'woman',
  'graduate', 'biologist', 'researcher', 'detainee']);
const WEAK_ROLE = new Set(['deputy', 'acting', 'former', 'senior', 'first', 'second', 'state', 'general', 'vice', 'member', 'counterpart', 'agent', 'smuggler', 'trafficker', 'mr', 'mrs', 'ms', 'dr']);

/**
 * "Renata Albuquerque Sampaio", "Courier Jordan Ashworth-Bell, 29,": a one-word place the gazetteer knows,
 * standing between name words (or after a title and before a surname), is part of a person's name.
 */
export function mergePlaceInName(pieces: Piece[], chunk: Chunk, tokens: Token[], s: Sentence, ctx: DetectContext): Piece[] {
  const touching = (a: Unit, b: Unit) => b.start - a.end === 1 && s.text[a.end - s.start] === ' ';
  for (let k = 0; k < pieces.length - 1; k++) {
    const place = pieces[k]!;
    const prev = pieces[k - 1];
    const next = pieces[k + 1]!;
    if (place.entry?.type !== 'Location' || place.entry.demonym || place.units.length !== 1) continue;
    if (next.entry || next.units.length > 2 || !touching(place.units[0]!, next.units[0]!)) continue;
    const withPrev = !!prev && !prev.entry && touching(prev.units.at(-1)!, place.units[0]!);
    // "Ambassador to China Nicholas X": after a connector the place is a portfolio, not a name.
    if (withPrev && !isCap(prev.units.at(-1)!.text)) continue;
    const units = [...(withPrev ? prev.units : []), place.units[0]!, ...next.units];
    const person = personIn(units, false, k + 1 === pieces.length - 1 ? chunk : undefined, tokens, s, ctx);
    if (!person || person.kind !== 'name' || person.start > place.units[0]!.start) continue;
    // A place first needs a title before it: "Jordan Smith" alone may be a list of a country and a name.
    if (person.start === place.units[0]!.start && !person.titled) continue;
    pieces.splice(withPrev ? k - 1 : k, withPrev ? 3 : 2, { units });
  }
  return pieces;
}

/** `Conor "the Accountant" Maguire`: given name, a nickname in quotes, surname; the name leaves the nickname out. */
const NICKNAMED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?) ["“‘](?:the |The )?[\p{L} '’.-]{2,30}?["”’] (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu;
const plainWord = (w: string) => {
  const u = { text: w, lower: w.toLowerCase(), start: 0, end: 0 };
  return !COMMON_WORDS.has(u.lower) && !isRoleUnit(u) && !isOrgHead(u) && !isEventHead(u) && !isOtherHead(u) && !isLocationHead(u) && !lookup(w);
};
export function nicknamedPersons(s: Sentence): RawMention[] {
  if (!s.text.includes('"') && !s.text.includes('“') && !s.text.includes('‘')) return [];
  const out: RawMention[] = [];
  for (const m of s.text.matchAll(NICKNAMED)) {
    const words = [...m[1]!.split(' '), ...m[2]!.split(' ')];
    if (words.length > 4 || !words.every(plainWord)) continue;
    const start = s.start + m.index;
    out.push({ start, end: start + m[0].length, type: 'Person', name: `${m[1]} ${m[2]}`, kind: 'name', priority: 3, titled: true });
  }
  return out;
}
