// Within-document coreference: one entity per thing. Gazetteer names share a
// canonical form ("US", "U.S.", "United States"); acronyms defined in
// parentheses stand for their name; a surname or "Mr. Okafor" is the person
// named in full nearby; "Chinese Ministry of X" is "Ministry of X".
import type { EntityType } from '../ontology/index.js';
import type { RawMention } from './detect.js';
import { lookup } from './lookup.js';
import { singular } from './tokens.js';

export interface EntityRecord {
  index: number;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Array<{ start: number; end: number }>;
  /** Named only by demonyms or in title-case headings: output only when a relation uses it. */
  weak: boolean;
}

export interface Resolved extends RawMention { entity: number; sentence: number }

/** Lower-case, punctuation-free form used to tell whether two names are the same. */
const keys = new Map<string, string>();
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = computeKey(name);
    if (keys.size > 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '')
    .replace(/[-–—/]/g, ' ').replace(/[^\p{L}\p{N}& ]/gu, '').split(/\s+/).filter(Boolean);
  if (words[0] === 'the') words.shift();
  if (words.length > 1) words[words.length - 1] = singular(words.at(-1)!);
  return words.join(' ');
}

/** The place a name is qualified by ("Peruvian National Police" → Peru), if any. */
function qualifier(name: string): string | null {
  const words = name.split(/\s+/);
  const lead = lookup(words[0]!.replace(/[’']s$/, ''));
  if (lead?.type === 'Location') return lead.canonical;
  const tail = lookup(words.at(-1)!);
  if (words.length >= 3 && tail?.type === 'Location' && !/^(?:of|for|in)$/i.test(words.at(-2) ?? '')) return tail.canonical;
  const ofCountry = countryAfterOf(name);
  return ofCountry ? lookup(ofCountry.country)!.canonical : null;
}

/** "Ministry of the Interior of Chile": a body "of X" qualified by a trailing "of <country>". */
function countryAfterOf(name: string): { body: string; country: string } | null {
  const m = /^(.+\bof\b.+?) of (?:the )?([\p{Lu}][\p{L}' ]+)$/u.exec(name);
  const entry = m ? lookup(m[2]!) : undefined;
  return m && entry?.type === 'Location' && !entry.demonym ? { body: m[1]!, country: m[2]! } : null;
}

/** The ordinal of a numbered event or body ("13th RMMOC", "91st General Assembly"). */
const ordinal = (name: string) => /\b(\d+)(?:st|nd|rd|th)\b/i.exec(name)?.[1] ?? null;

/** The name without a leading or trailing place or demonym: "Chinese Ministry of X", "US Centers for Y". */
function strippedName(name: string): string | null {
  const words = name.split(/\s+/);
  if (/^operation$/i.test(words[0]!) && words.length >= 2) return words.slice(1).join(' ');
  if (words.length < 3) return null;
  const ofCountry = countryAfterOf(name);
  if (ofCountry) return ofCountry.body;
  // A particle next to the place belongs to a longer place name ("Frankfurt am Main …", "Torre de Valdera"): no short form.
  const lead = lookup(words[0]!.replace(/[’']s$/, ''));
  if (lead?.type === 'Location' && !/^\p{Ll}/u.test(words[1]!)) return words.slice(1).join(' ');
  const tail = lookup(words.at(-1)!);
  if (tail?.type === 'Location' && !/^(?:of|for|in)$/i.test(words.at(-2) ?? '') && !/^\p{Ll}/u.test(words.at(-2)!)) return words.slice(0, -1).join(' ');
  return null;
}

export class EntityTable {
  readonly entities: EntityRecord[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly acronyms = new Map<string, number>();

  /** Resolves mentions in document order; returns those that found (or made) an entity. */
  resolve(mentions: Array<RawMention & { sentence: number }>): Resolved[] {
    const out: Resolved[] = [];
    const persons: Array<{ entity: number; at: number }> = [];
    for (const m of mentions) {
      // A short form defined in parentheses ("(Qorvel)") names its entity wherever it recurs.
      // A listed acronym ("AMERIPOL") defined for a name written out earlier is that name's entity too.
      const defined = (m.kind === 'name' || m.kind === 'short') && !m.acronym ? this.acronyms.get(m.name)
        : m.kind === 'lexicon' && !m.acronym && /^\p{Lu}[\p{Lu}\d]+$/u.test(m.surface ?? m.name) ? this.acronyms.get(m.surface ?? m.name) : undefined;
      const entity = defined ?? (m.type === 'Person' && m.kind === 'short' ? this.shortForm(m, persons, mentions) : this.entityFor(m));
      if (entity === null) continue;
      const e = this.entities[entity]!;
      e.mentions.push({ start: m.start, end: m.end });
      if (!(m.kind === 'demonym' || m.weak)) e.weak = false;
      if (m.kind === 'name' || m.kind === 'short') e.aliases.add(m.name);
      // Surface forms are aliases ("UNODC" for the full name), but not a name shouted in a dateline ("LYON").
      if (m.kind === 'lexicon' && m.surface && m.surface !== e.name && (m.surface !== m.surface.toUpperCase() || nameKey(m.surface) !== nameKey(e.name))) e.aliases.add(m.surface);
      if (m.acronym) { e.aliases.add(m.acronym); this.acronyms.set(m.acronym, entity); }
      if (e.type === 'Person') persons.push({ entity, at: m.start });
      // A defined short form takes its entity's type: "(Qorvel)" seen later as a name-shaped word is the company, not a person.
      out.push({ ...m, type: e.type, entity });
    }
    return out;
  }

  /** Short forms defined in parentheses that are words, not all-caps acronyms ("Qorvel"). */
  wordAliases(): string[] {
    return [...this.acronyms.keys()].filter((a) => !/^[A-Z][A-Z\d]{1,7}s?$/.test(a));
  }

  acronymEntity(token: string): number | undefined {
    return this.acronyms.get(token) ?? this.acronyms.get(token.replace(/s$/, ''));
  }

  private entityFor(m: RawMention): number {
    const key = m.kind === 'lexicon' || m.kind === 'demonym' ? `lex:${m.name}` : nameKey(m.name);
    const plain = m.kind === 'name' ? strippedName(m.name) : null;
    const stripped = plain ? nameKey(plain) : null;
    const acr = m.kind === 'name' && /^\p{Lu}[\p{Lu}\d]+$/u.test(m.name) ? this.acronyms.get(m.name) : undefined;
    let viaStripped = stripped ? this.byKey.get(`${m.type}|${stripped}`) : undefined;
    if (viaStripped !== undefined) {
      // "Peruvian National Police" is not "Dutch National Police"; the "13th" meeting is not the "12th".
      const e = this.entities[viaStripped]!;
      const q = qualifier(m.name);
      const names = [e.name, ...e.aliases];
      const other = names.map(qualifier).find((x) => x !== null) ?? null;
      if ((q && other && q !== other) || (ordinal(m.name) ?? '') !== (ordinal(e.name) ?? (ordinal(m.name) ?? ''))) viaStripped = undefined;
    }
    // "U.S. Drug Enforcement Administration" and "DEA" (the gazetteer's "Drug Enforcement Administration") are one body.
    const plainKnown = plain ? lookup(plain) : undefined;
    const lexKey = plainKnown?.type === m.type ? `${m.type}|lex:${plainKnown.canonical}` : undefined;
    // "Uganda Police" and "Uganda Police Force" (or "Service") are one force, whichever comes first.
    const force = m.type === 'Organization' && m.kind === 'name' ? /^(.+ police) (?:force|service)$/.exec(key)?.[1] : undefined;
    const shortForce = force ? this.byKey.get(`${m.type}|${force}`) : undefined;
    const found = this.byKey.get(`${m.type}|${key}`) ?? viaStripped ?? acr ?? (lexKey ? this.byKey.get(lexKey) : undefined) ?? shortForce;
    if (found !== undefined) {
      const e = this.entities[found]!;
      if (plain) { this.byKey.set(`${m.type}|${stripped}`, found); e.aliases.add(plain); }
      // The plain form named in the text is the better name: "Ministry of X" over "Chinese Ministry of X".
      if (m.kind === 'name' && e.aliases.has(m.name) === false && strippedName(e.name) !== null && nameKey(strippedName(e.name)!) === key) {
        e.aliases.add(e.name);
        e.name = m.name;
      }
      return found;
    }
    const longer = m.type === 'Organization' && m.kind === 'name' ? this.longerBody(key) : undefined;
    if (longer !== undefined) {
      this.entities[longer]!.aliases.add(m.name);
      return longer;
    }
    const fuller = m.type === 'Person' && m.kind === 'name' ? this.samePerson(key) : undefined;
    if (fuller !== undefined) {
      const e = this.entities[fuller]!;
      this.byKey.set(`${m.type}|${key}`, fuller);
      // The fullest form is the name: "Ana María Ruiz" over "Ana Ruiz".
      if (key.split(' ').length > nameKey(e.name).split(' ').length) { e.aliases.add(e.name); e.name = m.name; }
      return fuller;
    }
    const index = this.entities.length;
    this.entities.push({ index, type: m.type, name: m.name, aliases: new Set(), mentions: [], weak: true });
    this.byKey.set(`${m.type}|${key}`, index);
    if (m.kind === 'lexicon') this.byKey.set(`${m.type}|${nameKey(m.name)}`, index);
    if (plain) { this.byKey.set(`${m.type}|${stripped}`, index); this.entities[index]!.aliases.add(plain); }
    // "Qarvan Governorate", later "Qarvan": a division named without its unit word is the same place
    // (unless the gazetteer knows the bare name as a place of its own, a city: "Almaty" is not "Almaty Region").
    const unit = m.type === 'Location' && m.kind === 'name' ? /^(.+) (?:Governorate|Province|Region|District|Oblast|Prefecture|County)$/.exec(m.name)?.[1] : undefined;
    if (unit && !lookup(unit) && !this.byKey.has(`Location|${nameKey(unit)}`)) this.byKey.set(`Location|${nameKey(unit)}`, index);
    if (lexKey && !this.byKey.has(lexKey)) this.byKey.set(lexKey, index);
    if (force && !this.byKey.has(`${m.type}|${force}`)) this.byKey.set(`${m.type}|${force}`, index);
    return index;
  }

  /**
   * "the Coast Guard" after "the Ruritania Coast Guard", "the National Police" after "the National Police
   * of Ruritania": a body named before in full, when it is the only one whose name so ends or so begins.
   */
  private longerBody(key: string): number | undefined {
    if (!key.includes(' ')) return undefined;
    const found = this.entities.filter((e) => e.type === 'Organization' && [e.name, ...e.aliases].some((n) => {
      const k = nameKey(n);
      return k.endsWith(` ${key}`) || k.startsWith(`${key} of `);
    }));
    return found.length === 1 ? found[0]!.index : undefined;
  }

  /** The one person named with the same first and last word and a middle name more or less ("Ana Ruiz", "Ana María Ruiz"). */
  private samePerson(key: string): number | undefined {
    const words = key.split(' ');
    if (words.length < 2) return undefined;
    const found = this.entities.filter((e) => {
      if (e.type !== 'Person') return false;
      const other = nameKey(e.name).split(' ');
      // "Vasquel Arruda" after "Teodoro Vasquel Arruda": a tail of two or more words of a longer name.
      const [shortW, longW] = other.length < words.length ? [other, words] : [words, other];
      if (shortW.length >= 2 && longW.length > shortW.length && longW.slice(-shortW.length).join(' ') === shortW.join(' ')) return true;
      if (other.length === words.length || other.length < 2 || other[0] !== words[0] || other.at(-1) !== words.at(-1)) return false;
      const [short, long] = other.length < words.length ? [other, words] : [words, other];
      let at = 0;
      for (const w of long) if (w === short[at]) at++;
      return at === short.length;
    });
    return found.length === 1 ? found[0]!.index : undefined;
  }

  /** "Hu", "Mr. Okafor", "Vice-Minister Xia": the nearest person whose full name has that word. */
  private shortForm(m: RawMention, persons: Array<{ entity: number; at: number }>, all: RawMention[]): number | null {
    const word = m.name.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '').toLowerCase();
    const has = (e: number) => this.entities[e]!.name.toLowerCase().split(/\s+/).some((w) => w === word) && this.entities[e]!.name.includes(' ');
    for (let k = persons.length - 1; k >= 0; k--) if (has(persons[k]!.entity)) return persons[k]!.entity;
    // Named in full only later ("Ruiz ... Ana Ruiz"): look ahead in the document.
    const later = all.find((o) => o.type === 'Person' && o.kind === 'name' && o.start > m.start && o.name.toLowerCase().split(/\s+/).includes(word));
    if (later) return this.entityFor(later);
    return m.titled ? this.entityFor({ ...m, kind: 'name' }) : null;
  }
}
