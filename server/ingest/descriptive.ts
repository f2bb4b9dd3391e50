// Names that are not plain capitalized runs: "the 12th session of X's General
// Assembly", "the cyber crime bureau of ...", "Peru's interior
// ministry", "the Kenyan embassy in Lima", "the city of X", "X province",
// "Lima's X hotel", "an operation codenamed X", "the Peru-Chile border".
import type { Sentence } from './sentences.js';
import type { RawMention } from './detect.js';
import { lookup } from './lookup.js';
import { COMMON_WORDS } from './gazetteer/common.js';
import { NAME_TITLES } from './gazetteer/lexicon.js';

const CAP = "[\\p{Lu}](?:[\\p{L}\\p{N}-]|\\.(?=\\p{L}))*(?:(?<=\\.\\p{Lu})\\.)?(?:['’](?!s\\b)\\p{L}+)?";
const CAPS = `${CAP}(?: (?:of |for |and |the )?${CAP})*`;

/** Ordinals in figures or words: "12th", "fourth", "thirty-fourth". */
const ORDINAL = '(?:\\d+(?:st|nd|rd|th)|(?:(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)-)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth)|[Tt]enth|[Ee]leventh|[Tt]welfth|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teenth|(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)tieth)';
const MEETING_NOUN = '(?:[Ss]ession|[Ee]dition|[Mm]eeting|[Rr]ound|[Pp]lenary|[Cc]onference|[Ss]ummit)';
/** The named thing after "of": capitalized words joined by of/for/and/the, "U.S.–India" dashes kept. */
const DASHED = CAP.replace('\\p{N}-]', '\\p{N}–-]').replace('\\.(?=\\p{L})', '\\.(?=[\\p{L}–])');
/** "on" and "to" join too ("Commission on Narcotic Drugs", "Parties to the Montreal Protocol"), but not before a date. */
const NOT_DATE = '(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)';
const MEETING_OF = `${DASHED}(?:['’]s)?(?: (?:of |for |and |the |on ${NOT_DATE}|to the ${NOT_DATE})?${DASHED})*`;
const MEETING = new RegExp(`\\b(${ORDINAL} (${MEETING_NOUN}))( of (?:the )?${MEETING_OF})(?:, ((?:[\\p{Lu}][\\p{L}]+ ?)+(?: and (?:the )?(?:[\\p{Lu}][\\p{L}]+ ?)+)?) \\(([\\p{Lu}]{2,}(?: [\\p{Lu}]{2,})?)\\))?`, 'gu');
const MEETING_WHEN = /(?:th|st|nd|rd) (?:session|edition|meeting|round|plenary|conference|summit|Session|Edition|Meeting|Round|Plenary|Conference|Summit) of /;
/** A body's head word closing the name after "of": "... Working Group", "... Commission". */
const ORG_TAIL = /(?:Group|Commission|Committee|Council|Board|Agency|Organi[sz]ation|Forum|Network|Union|Association)$/;

/** Heads that come first in French, Spanish, Portuguese and Italian names of bodies. */
const FOREIGN_BODY = /\b((?:Office|Brigade|Direction|Service|Police|Gendarmerie|Garde|Guardia|Polic[ií]a|Direcci[óo]n|Dire[çc][ãa]o|Oficina|Servicio|Servi[çc]o|Comando|Polizia|Ufficio)(?: (?:de |du |des |de la |del |do |da |di )?[\p{Ll}][\p{L}'’-]+){1,3}) \((\p{Lu}{2,8})\)/gu;
const FOREIGN_BODY_WHEN = /(?:Office|Brigade|Direction|Service|Police|Gendarmerie|Garde|Guardia|Polic|Direc|Dire|Oficina|Servi|Comando|Polizia|Ufficio) \p{Ll}[^()]{0,60}\(\p{Lu}/u;

interface Rule {
  /** A cheap test that must pass before the costly pattern runs. */
  when: RegExp;
  pattern: RegExp;
  make: (m: RegExpExecArray, s: Sentence) => RawMention | RawMention[] | null }

const at = (s: Sentence, m: RegExpExecArray, group: number) => {
  const text = m[group]!;
  const start = s.start + m.index + m[0].indexOf(text);
  return { start, end: start + text.length, text };
};
const mention = (span: { start: number; end: number }, type: RawMention['type'], name: string, acronym?: string): RawMention =>
  ({ ...span, type, name, kind: 'name', priority: 3, acronym });

const RULES: Rule[] = [
  { // "the 12th session of Europol's General Assembly", "the fourth meeting of the X Working Group",
    // "the thirty-fourth Meeting of Heads of X, Latin America and the Caribbean (ABC DEF)": a numbered meeting of a
    // named body or series is an event. A capitalized "Meeting" makes the whole a name (a region list and an
    // acronym in parentheses may close it); in lower case the body keeps its own mention and the event is named
    // by the whole phrase from the words "fourth meeting".
    when: MEETING_WHEN,
    pattern: MEETING,
    make: (m, s) => {
      const g = at(s, m, 0);
      const noun = m[2]!;
      const tail = m[4] && m[5] ? m[4].split(/ and (?:the )?/) : [];
      const region = tail.length > 0 && tail.every((p) => lookup(p)?.type === 'Location');
      const end = region ? g.start + m[0].indexOf(m[4]!) + m[4]!.length : g.start + m[1]!.length + m[3]!.length;
      const name = s.text.slice(g.start - s.start, end - s.start);
      const acronym = region ? m[5] : undefined;
      const spanEnd = region ? g.start + m[0].length : end;
      if (/^\p{Ll}/u.test(noun) && !/^\d/.test(m[1]!) && ORG_TAIL.test(m[3]!)) {
        return mention({ start: g.start, end: g.start + m[1]!.length }, 'Event', name);
      }
      return mention({ start: g.start, end: spanEnd }, 'Event', name, acronym);
    },
  },
  { // "director of the cyber crime bureau of the Ministry": a unit named in lower case inside a chain
    when: /(?:bureau|division|department|office|unit|section|directorate|team) of/,
    pattern: /\b(?:of|at|in) (?:the|its) ((?:[\p{L}&-]+ ){1,4}?(?:bureau|division|department|office|unit|section|directorate|team))(?= of\b)/gu,
    make: (m, s) => {
      const g = at(s, m, 1);
      if (!/\b\p{Ll}/u.test(g.text.replace(/\b(?:and|of|for)\b/g, '').replace(/\b(?:bureau|division|department|office|unit|section|directorate|team)$/, ''))
        && !/(?:bureau|division|department|office|unit|section|directorate|team)$/.test(g.text)) return null;
      if (/^(?:same|new|other|local|former|first|one|this|that)\b/.test(g.text)) return null;
      return mention(g, 'Organization', g.text);
    },
  },
  { // "Kenyan foreign ministry", "Peru's interior ministry", "Europol 's management committee", "Kenyan embassy in the US"
    when: /ministry|embassy|consulate|committee|watchdog|secretariat/,
    pattern: new RegExp(`(${CAPS})( ?['’]s)? ((?:[a-z]+ ){0,2}(?:ministry|embassy|consulate|committee|watchdog|secretariat))\\b(?: in (?:the )?(${CAP}(?: ${CAP})*))?`, 'gu'),
    make: (m, s) => {
      const owner = m[1]!;
      const head = m[3]!;
      const known = lookup(owner);
      if (/^(?:embassy|consulate)/.test(head.replace(/^\w+ /, '')) && !m[4]) return null;
      if (!known && !m[2] && !/\b(?:Party|Council|Ministry|Congress)$/.test(owner)) return null;
      if (!known && COMMON_WORDS.has(owner.toLowerCase())) return null;
      const g = at(s, m, 0);
      const namedOwner = known ? !known.demonym : /\b(?:Party|Council|Ministry|Congress)$/.test(owner);
      if (!m[4] && m[2] && namedOwner) {
        // "Peru's interior ministry", "the X Party's watchdog": the owner stays a mention of its own, the body keeps the full name.
        const headStart = g.start + m[0].lastIndexOf(head);
        const ownerMention: RawMention = known
          ? { start: g.start, end: g.start + owner.length, type: known.type, name: known.canonical, kind: 'lexicon', priority: 3, surface: owner }
          : mention({ start: g.start, end: g.start + owner.length }, 'Organization', owner);
        return [ownerMention, mention({ start: headStart, end: g.end }, 'Organization', g.text)];
      }
      if (!m[4]) return mention(g, 'Organization', g.text);
      // "the Kenyan embassy in Lima": the body keeps the full name, the place stays a mention of its own.
      const place = lookup(m[4]);
      const placeStart = g.start + m[0].lastIndexOf(m[4]);
      const body = mention({ start: g.start, end: g.start + m[0].indexOf(' in ') }, 'Organization', g.text);
      const loc: RawMention = { start: placeStart, end: placeStart + m[4].length, type: 'Location', name: place?.canonical ?? m[4], kind: place ? 'lexicon' : 'name', priority: 3 };
      return [body, loc];
    },
  },
  { // "a report in The Daily Courier": the publisher is an organization
    when: /(?:report|article|story|editorial|interview|op-ed|column) (?:in|by|from) /,
    pattern: new RegExp(`\\b(?:report|article|story|editorial|interview|op-ed|column) (?:in|by|from) (?:the )?(${CAP}(?: ${CAP}){0,3})`, 'gu'),
    make: (m, s) => {
      const g = at(s, m, 1);
      const known = lookup(g.text);
      if (known && known.type !== 'Organization') return null;
      // "a report by Commissioner P": a titled author is a person, not a publisher (tune17).
      if (NAME_TITLES.has(g.text.split(' ')[0]!.toLowerCase().replace(/\.$/, ''))) return null;
      // Low priority: a chunk typed by its head ("International Institute for X") knows the extent better.
      return { ...mention(g, 'Organization', known?.canonical ?? g.text), priority: 1 };
    },
  },
  { // "the Departments of Energy, Labor, and Commerce": one department each
    when: /(?:Departments|Ministries) of/,
    pattern: new RegExp(`\\b(Departments|Ministries) of ((?:the )?${CAP}(?: ${CAP})*(?:,? (?:and )?(?:the )?${CAP}(?: ${CAP})*)+)`, 'gu'),
    make: (m, s) => {
      const kind = m[1] === 'Departments' ? 'Department' : 'Ministry';
      const list = m[2]!;
      const base = s.start + m.index + m[0].indexOf(list);
      const out: RawMention[] = [];
      for (const item of list.matchAll(new RegExp(`(?:the )?${CAP}(?: ${CAP})*`, 'gu'))) {
        const name = `${kind} of ${item[0]}`;
        const known = lookup(name);
        const start = out.length ? base + item.index : s.start + m.index;
        out.push(mention({ start, end: base + item.index + item[0].length }, 'Organization', known?.canonical ?? name));
      }
      return out;
    },
  },
  { // "arrested in Valencia": an unknown name after a verb of place is a place
    when: /(?:arrested|detained|based|held|headquartered|located|born|stationed|extradited|seized) (?:in|at|near) [A-Z]/,
    pattern: new RegExp(`\\b(?:arrested|detained|based|held|headquartered|located|born|stationed|extradited|seized) (?:in|at|near) (${CAP}(?: ${CAP})?)`, 'gu'),
    make: (m, s) => {
      const g = at(s, m, 1);
      const known = lookup(g.text);
      if (/-\p{Ll}/u.test(g.text) || lookup(g.text.split('-')[0]!)?.type === 'Organization') return null;
      if (known ? known.type !== 'Location' : COMMON_WORDS.has(g.text.toLowerCase()) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(g.text)) return null;
      return { ...mention(g, 'Location', known?.canonical ?? g.text), kind: known ? 'lexicon' : 'name', priority: 1 };
    },
  },
  { // "the Office anti-stupéfiants (OFAST)", "Brigade des stupéfiants (BS)": a foreign head word, lower-case words
    // after it, then an acronym defining it, is one name.
    when: FOREIGN_BODY_WHEN,
    pattern: FOREIGN_BODY,
    // The acronym starts with the head's letter, so "Police arrested two men (ABC)" is no name.
    make: (m, s) => { const g = at(s, m, 0); return m[2]![0] === m[1]![0] ? mention(g, 'Organization', m[1]!, m[2]) : null; },
  },
  { // "the city of X", "the city of Pedro Juan X" (three-word town names)
    when: /(?:city|town|province|port|village|county|region) of [A-Z]/,
    pattern: new RegExp(`\\b(?:city|town|province|port|village|county|region) of (${CAP}(?: ${CAP}){0,2})`, 'gu'),
    make: (m, s) => { const g = at(s, m, 1); return COMMON_WORDS.has(g.text.toLowerCase()) ? null : mention(g, 'Location', g.text); },
  },
  { // "Yunnan province", "Rift Valley region"
    when: / (?:province|region|prefecture|county|autonomous region|state)\b/,
    pattern: new RegExp(`(${CAP}(?: ${CAP})?) (?:province|region|prefecture|county|autonomous region|state)\\b`, 'gu'),
    make: (m, s) => {
      const name = m[1]!;
      if (COMMON_WORDS.has(name.toLowerCase()) || (lookup(name) && lookup(name)!.type !== 'Location')) return null;
      if (lookup(name)?.demonym) return null;
      const g = at(s, m, 0);
      return mention(g, 'Location', lookup(name)?.canonical ?? name);
    },
  },
  { // "Miraflores hotel": a named site
    when: / (?:guesthouse|hotel|airport|palace|square|prison|compound|stadium|checkpoint)\b/,
    pattern: new RegExp(`(?<![\\p{L}])(${CAP}(?: ${CAP})?) (?:guesthouse|hotel|airport|palace|square|prison|compound|stadium|checkpoint)\\b`, 'gu'),
    make: (m, s) => {
      const name = m[1]!;
      if (COMMON_WORDS.has(name.toLowerCase()) || lookup(name)) return null;
      const g = at(s, m, 0);
      return mention(g, 'Location', g.text);
    },
  },
  { // "an operation codenamed RED DELTA"
    when: /peration,? (?:codenamed|code-named|dubbed|called|named) /,
    pattern: new RegExp(`\\b[Oo]peration,? (?:codenamed|code-named|dubbed|called|named) ['‘"“]?(${CAP}(?: ${CAP})*)`, 'gu'),
    make: (m, s) => { const g = at(s, m, 1); return mention(g, 'Event', g.text); },
  },
  { // "the Peru-Chile border"
    when: /[-–]\S+ border\b/,
    pattern: /((?:\p{Lu}\.?)+[\p{L}.]*[-–](?:\p{Lu}\.?)+[\p{L}]*) border\b/gu,
    make: (m, s) => {
      const parts = m[1]!.split(/[-–]/);
      if (!parts.every((p) => lookup(p)?.type === 'Location')) return null;
      const g = at(s, m, 0);
      return mention(g, 'Location', g.text);
    },
  },
];

export function descriptiveMentions(s: Sentence): RawMention[] {
  const out: RawMention[] = [];
  for (const rule of RULES) {
    if (!rule.when.test(s.text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
      const found = rule.make(m, s);
      if (Array.isArray(found)) out.push(...found);
      else if (found) out.push(found);
    }
  }
  return out;
}
