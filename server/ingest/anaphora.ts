// Mentions that name nothing themselves: "he"/"she" for the person last named,
// "the ministry" for the last ministry named, "its" for the body just named,
// and acronyms defined earlier ("MPS"). They feed relation patterns only.
import type { Sentence } from './sentences.js';
import type { Resolved, EntityTable } from './coref.js';
import { KNOWN_NAMES, escapeRegExp } from './lookup.js';

const BODY_HEADS = 'ministry|bureau|department|agency|committee|organization|organisation|council|university|institute|embassy|commission|court|taskforce|task force|force|service|directorate|administration|office|unit|centre|center|secretariat|partnership|network|authority|division|company|firm|cartel|gang|syndicate';
/** Heads that say what kind of body it is without being in its name: "the agency" may be the "X Centre". */
const GENERIC = /^(?:agency|organi[sz]ation|company|firm|body|authority)$/;
/** Names of firms: "the company" is one of these, never a police service. */
const COMPANY_NAME = /\b(?:ltd|inc|llc|corp|co|company|group|holdings|logistics|trading|shipping|lines|industries|enterprises|pharmaceuticals|chemicals?|sl|sa|gmbh|uab|aps|bv|plc|srl|sarl|pty|limited)\b\.?/i;

// "the agency", "the Vienna-based agency", "the new taskforce": the anaphor is the head word's phrase after any place.
const THE_BODY = new RegExp(`\\b([Tt]he (?:(?:\\p{Lu}[\\p{L}]+-based|new|same|national|regional|federal|[a-z]+-based) )?)(${BODY_HEADS})\\b(?! of)`, 'giu');

/** The capitalized title right before a person's name: "Secretary General" in "INTERPOL Secretary General P". */
function titleOf(sentence: Sentence, r: Resolved): string {
  return /((?:[A-Z][a-z]+[ -]){1,3})$/.exec(sentence.text.slice(Math.max(0, r.start - sentence.start - 40), r.start - sentence.start))?.[1]?.trim() ?? '';
}

/** The body a sentence opens with ("The X …", "X's …"), if any. */
function opener(prev: Sentence, recent: Resolved[]): number | undefined {
  const first = recent.filter((r) => r.sentence === prev.index).sort((a, b) => a.start - b.start)[0];
  if (!first || first.type !== 'Organization') return undefined;
  return /^(?:[Tt]he )?$/.test(prev.text.slice(0, first.start - prev.start)) ? first.entity : undefined;
}

export function addAnaphora(sentences: Sentence[], perSentence: Resolved[][], table: EntityTable): Resolved[][] {
  const recent: Resolved[] = [];
  const words = table.wordAliases().map((w) => escapeRegExp(w));
  const wordAlias = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return sentences.map((s, k) => {
    const own = perSentence[k]!;
    const extra: Resolved[] = [];
    const taken = (a: number, b: number) => own.some((m) => m.start < b && a < m.end) || extra.some((m) => m.start < b && a < m.end);
    const add = (start: number, end: number, entity: number, possessive = false) => {
      if (taken(start, end)) return;
      const e = table.entities[entity]!;
      extra.push({ start, end, type: e.type, name: e.name, kind: 'anaphor', priority: 0, entity, sentence: s.index, possessive });
    };
    for (const m of [...s.text.matchAll(/\b[A-Z][A-Z\d]{1,7}s?\b/g), ...(wordAlias ? s.text.matchAll(wordAlias) : [])]) {
      const entity = table.acronymEntity(m[0]);
      if (entity === undefined || taken(s.start + m.index, s.start + m.index + m[0].length)) continue;
      // An acronym is a name, not a pointer: it counts as a mention of the entity.
      add(s.start + m.index, s.start + m.index + m[0].length, entity);
      table.entities[entity]!.mentions.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
    const before = (at: number) => [...recent, ...own.filter((m) => m.end <= at), ...extra.filter((m) => m.end <= at)].sort((a, b) => a.start - b.start);
    // "him" too ("where the ODPP charged him"); "her" is left out, as it is as often "her agency".
    for (const m of s.text.matchAll(/\b(?:he|she|He|She|him)\b/g)) {
      const at = s.start + m.index;
      const person = before(at).filter((r) => r.type === 'Person').at(-1);
      if (person) add(at, at + m[0].length, person.entity);
    }
    for (const m of s.text.matchAll(THE_BODY)) {
      const head = m[2]!.toLowerCase();
      // A place inside the phrase keeps its own mention: the anaphor is then the head word alone.
      const at = s.start + m.index + (/-based/.test(m[1]!) ? m[1]!.length : 0);
      const names = (e: number) => [table.entities[e]!.name, ...table.entities[e]!.aliases, ...(KNOWN_NAMES.get(table.entities[e]!.name) ?? [])];
      // A whole word of the name: "the unit" is not the "United Nations ...".
      const named = (r: Resolved) => names(r.entity).some((n) => new RegExp(`\\b${head}s?\\b`, 'i').test(n));
      const orgs = before(at).filter((r) => r.type === 'Organization');
      let body = orgs.filter(named).at(-1);
      // "the Organization's chair" before the body is named: the one body of the document whose name has the word.
      if (!body) {
        const only = table.entities.filter((e) => e.type === 'Organization' && !e.weak && names(e.index).some((n) => new RegExp(`\\b${head}\\b`, 'i').test(n)));
        if (only.length === 1) { add(at, s.start + m.index + m[0].length, only[0]!.index); continue; }
      }
      // "the agency" for the one body the sentence before named; "the company" only if that body is a firm.
      if (!body && GENERIC.test(head)) {
        const kind = /^(?:company|firm)$/.test(head) ? orgs.filter((r) => names(r.entity).some((n) => COMPANY_NAME.test(n))) : orgs;
        const last = new Set(kind.filter((r) => r.sentence === s.index - 1 || r.sentence === s.index).map((r) => r.entity));
        if (last.size === 1) body = kind.at(-1);
      }
      if (body) add(at, s.start + m.index + m[0].length, body.entity);
    }
    // "the Secretary General met …" after "Secretary General P visited …": the person named with that title.
    for (const m of s.text.matchAll(/\b[Tt]he ((?:[A-Z][a-z]+[ -]){0,2}(?:General|Commissioner|Minister|Ambassador|President|Director|Secretary|Chief|Commander|Prosecutor))\b(?! of| to| for|'s)/g)) {
      const at = s.start + m.index;
      // Only when one person has had that title so far ("Commissioner A succeeds Commissioner B" leaves it open).
      const titled = new Set(before(at).filter((r) => r.type === 'Person' && titleOf(sentences[r.sentence]!, r).endsWith(m[1]!)).map((r) => r.entity));
      if (titled.size === 1) add(at, at + m[0].length, [...titled][0]!);
    }
    // "The Conference" in a communiqué is capitalized like a name.
    for (const m of s.text.matchAll(/\b[Tt]he ([Cc]onference|[Ss]ummit|[Ff]orum|operation|[Mm]eeting|[Aa]ssembly|[Ss]eminar|games|[Ww]orkshop|[Cc]ourse|[Ee]xercise)\b(?! of)/g)) {
      const at = s.start + m.index;
      const event = before(at).filter((r) => r.type === 'Event' && table.entities[r.entity]!.name.toLowerCase().includes(m[1]!.toLowerCase())).at(-1);
      if (event) add(at, at + m[0].length, event.entity);
    }
    // "The X fights smuggling. It has its headquarters in Y": an opening "It" before a verb of a body's standing
    // (has, is based, works, cooperates …) is the body the sentence before opened with (tune19).
    const it = k > 0 ? /^It (?:also )?(?:has|had|is|was|works|worked|cooperates|operates|maintains|reports|employs|brings|runs)\b/.exec(s.text) : null;
    const itBody = it ? opener(sentences[k - 1]!, recent) : undefined;
    if (itBody !== undefined) add(s.start, s.start + 2, itBody);
    for (const m of s.text.matchAll(/\bits\b/g)) {
      const at = s.start + m.index;
      const last = before(at).filter((r) => r.sentence === s.index && r.type !== 'Person' && r.type !== 'Substance').at(-1);
      if (last?.type === 'Organization') add(at, at + 3, last.entity, true);
    }
    // "The X has 180 members. Its Y runs …": a sentence opening with "Its" speaks of the body the sentence before opened with.
    const subject = k > 0 && s.text.startsWith('Its ') ? opener(sentences[k - 1]!, recent) : undefined;
    if (subject !== undefined) add(s.start, s.start + 3, subject, true);
    const all = [...own, ...extra].sort((a, b) => a.start - b.start);
    recent.push(...all);
    if (recent.length > 60) recent.splice(0, recent.length - 60);
    return all;
  });
}
