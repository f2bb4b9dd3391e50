// Capitalized chunks: runs of capitalized words joined by name connectors
// ("Ministry of Public Security", "Operation Blue Harbor - Atlantic II"),
// cut into word units (hyphenated compounds stay whole).
import { type Token, isCap, isWord, isPossessive } from './tokens.js';
import { RANK_ABBREVIATIONS } from './gazetteer/lexicon.js';

export interface Unit { text: string; start: number; end: number; lower: string }

export interface Chunk {
  units: Unit[];
  /** "(MPS)" right after the name: an acronym defined for it. */
  acronym?: Unit;
  /** The chunk ends in a possessive ("China's"). */
  possessive: boolean;
  /** A lower-case suffix after a hyphen: "INTERPOL-led", "Washington-based". */
  suffix?: string;
  /** A lower-case post stands right before it ("senior prosecutor X of the Y"): its first words may be a titled name. */
  titled?: boolean;
  /** Index of the first token and the token after the chunk. */
  from: number;
  to: number;
}

// Romance connectors join names too: "Foz do Iguaçu", "Clan del Golfo", "Primeiro Comando da Capital"; so does
// the Arabic article in Swahili coast names ("Dar es Salaam").
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in', 'the', 'to', 'de', 'du', 'des', 'la', 'van', 'von', 'der', '&', 'against',
  'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'y', 'bin', 'binti', 'bint', 'ibn', 'es',
  // Central European place names: "Brod nad Vltavou", "Frankfurt am Main".
  'nad', 'am']);
const AGENT_SUFFIX = /^(?:led|coordinated|co-ordinated|based|linked|related|backed|funded|sponsored|run|owned|made|born|organized|organised|hosted|supported|style|affiliated|produced|made)$/;
/** Left parts that make one word with a lower-case right part: "Anti-counterfeiting", "Counter-terrorism". */
const PREFIXES = /^(?:anti|counter|co|non|vice|sub|inter|multi|cross|pre|post|ex|self|trans|pan|semi|deputy|under)$/i;
const NUM_LEAD = /^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d)$/;
/** Name particles joined to the next word by a hyphen: "al-Qadiri", "bin-Rahim", "el-Amin". */
const HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|da|de|di|do|du|la|le|van|von)$/;
/** English words after a hyphen that never end a given name ("Asia-wide", "mid-year"). */
const HYPHEN_WORDS = /^(?:wide|based|style|era|level|run|term|year|bound|free|like|scale|type|class|day|time|long|old|new|led|made|born|owned|up|in|out|off|on|over|back|down|war|city|side|way)$/;

export function findChunks(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsNum = NUM_LEAD.test(t.text) && isCap(tokens[i + 1]?.text ?? '') && (tokens[i + 1]?.ws ?? false);
    if (!(isCap(t.text) && isWord(t.text)) && !startsNum) { i++; continue; }
    const chunk = readChunk(tokens, i);
    chunks.push(chunk);
    i = Math.max(chunk.to, i + 1);
  }
  return chunks;
}

function readChunk(tokens: Token[], from: number): Chunk {
  const units: Unit[] = [];
  let i = from;
  let pendingConnectors: Unit[] = [];
  let possessive = false;
  let suffix: string | undefined;
  let acronym: Unit | undefined;
  const isOperation = /^operation$/i.test(tokens[from]?.text ?? '');
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (units.length === 0 || (t.ws && isCap(t.text) && isWord(t.text)) || (t.ws && /^[IVX]+$/.test(t.text))) {
      const unit = readUnit(tokens, i);
      if (unit.suffix) { // "INTERPOL-led": the name ends here, the suffix tells its role
        units.push(...pendingConnectors, unit.unit);
        pendingConnectors = [];
        suffix = unit.suffix;
        i = unit.next;
        break;
      }
      units.push(...pendingConnectors, unit.unit);
      pendingConnectors = [];
      i = unit.next;
      continue;
    }
    // "Combined Task Force 150": a number names the force.
    if (t.ws && /^\d{1,4}$/.test(t.text) && pendingConnectors.length === 0 && units.at(-1)?.lower === 'force' && units.at(-2)?.lower === 'task') {
      units.push(toUnit(t));
      i++;
      continue;
    }
    // tune17: "Voltkolo d.o.o.", "Brno s.r.o.": a lower-case dotted company form closes the name.
    if (t.ws && units.length > 0 && pendingConnectors.length === 0 && /^[dsa]$/.test(t.text)) {
      let k = i + 1;
      let text = t.text;
      while (k < tokens.length && k < i + 6 && !tokens[k]!.ws) text += tokens[k++]!.text;
      if (/^(?:d\.o\.o|s\.r\.o|a\.s|d\.d)\.$/.test(text)) {
        units.push({ text, start: t.start, end: tokens[k - 1]!.end, lower: text });
        i = k;
        break;
      }
    }
    // "Côte d'Ivoire", "Val d'Aran": an elided article before a capital belongs to the name.
    if (t.ws && /^[dl]['’]\p{Lu}/u.test(t.text) && units.length > 0 && pendingConnectors.length === 0) {
      units.push(toUnit(t));
      i++;
      continue;
    }
    if (t.ws && HYPHEN_PARTICLE.test(t.text) && tokens[i + 1]?.text === '-' && !tokens[i + 1]!.ws && isCap(tokens[i + 2]?.text ?? '') && !tokens[i + 2]!.ws) {
      const unit = readUnit(tokens, i);
      units.push(...pendingConnectors, unit.unit);
      pendingConnectors = [];
      i = unit.next;
      continue;
    }
    // "members of the European Union and of Europol": a preposition after "and" starts a parallel phrase, not a longer name.
    if (t.ws && /^(?:of|in|to|on|for|against)$/.test(t.text) && pendingConnectors.length === 1 && pendingConnectors[0]!.lower === 'and') break;
    // "Operation X against the Y": the target of an operation is another name.
    if (t.ws && CONNECTORS.has(t.text) && pendingConnectors.length < 2 && !(isOperation && t.text === 'against')) {
      pendingConnectors.push(toUnit(t));
      i++;
      continue;
    }
    if (isOperation && pendingConnectors.length === 0 && /^[-–—]$/.test(t.text) && t.ws && isCap(tokens[i + 1]?.text ?? '')) {
      pendingConnectors.push(toUnit(t));
      i++;
      continue;
    }
    const inner = tokens[i + 1]?.text ?? '';
    // "(MPS)", or a short form taken from the name itself: "Harbin Qorvel Chemical (Qorvel)".
    const shortForm = /^\p{Lu}\p{Ll}{2,}$/u.test(inner) && units.slice(0, -1).some((u) => u.text === inner) && units.length >= 2;
    if (t.text === '(' && (/^\p{Lu}[\p{Lu}\d-]{1,9}s?$/u.test(inner) || shortForm) && tokens[i + 2]?.text === ')' && pendingConnectors.length === 0) {
      acronym = toUnit(tokens[i + 1]!);
      i += 3;
      // "National Central Bureau (NCB) for China": the name goes on after the acronym.
      if (/^(?:for|of|in)$/.test(tokens[i]?.text ?? '') && isCap(tokens[i + 1]?.text ?? '')) continue;
      // "Maritime Security (MS) Expert Conference": the acronym sits inside the name.
      if (tokens[i] && tokens[i]!.ws && isCap(tokens[i]!.text) && isWord(tokens[i]!.text)) { acronym = undefined; continue; }
      break;
    }
    // "Prosecutors' Office": a plural possessive, its apostrophe a token of its own.
    const pluralPossessive = /^['’]$/.test(t.text) && !t.ws && /s$/.test(units.at(-1)?.lower ?? '');
    if ((isPossessive(t.text) || pluralPossessive) && pendingConnectors.length === 0) {
      // "Attorney General's Office", "Magistrate's Court": a possessive inside a name.
      const nextWord = tokens[i + 1];
      const prior = (units.at(-1)?.lower ?? '').replace(/^.*-/, ''); // "Attorney-General's Chambers"
      if (nextWord && isCap(nextWord.text) && /^(?:Office|Department|Bureau|Chambers|Service|Court|Procuracy|Procuratorate|Assembly|Congress|Army|Police)s?$/.test(nextWord.text)
        && /^(?:general|attorney|prosecutors?|solicitor|governor|mayor|president|inspector|comptroller|auditor|chancellor|commissioner|minister|secretary|magistrates?|judges?|people|children)$/.test(prior)) {
        units.push({ text: t.text, start: t.start, end: t.end, lower: t.text.toLowerCase() });
        i++;
        continue;
      }
      possessive = true;
      i++;
    }
    break;
  }
  return { units, acronym, possessive, suffix, from, to: i - (possessive ? 1 : 0) };
}

/** One word unit; hyphen/slash compounds ("Sub-Bureaus", "I-24/7") join, "-led" style suffixes split off. */
function readUnit(tokens: Token[], i: number): { unit: Unit; next: number; suffix?: string } {
  const first = tokens[i]!;
  let end = first.end;
  let text = first.text;
  let j = i + 1;
  // Initials and titles keep their full stop: "K.", "Mr.".
  // Company forms keep theirs too: "Pharmatech Co. Ltd.", "Holdings Inc.".
  if (tokens[j]?.text === '.' && !tokens[j]!.ws && /^(?:Co|Ltd|Inc|Corp|Bhd|Pty|Pte|Plc|Llc)$/.test(text) && i > 0 && tokens[i]!.ws) {
    return { unit: { text: `${text}.`, start: first.start, end: tokens[j]!.end, lower: `${text}.`.toLowerCase() }, next: j + 1 };
  }
  // "Court of Instruction No. 2": a number sign and its number are one word of the name.
  if (text === 'No' && tokens[j]?.text === '.' && !tokens[j]!.ws && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]!.ws) {
    const num = tokens[j + 1]!;
    return { unit: { text: `No. ${num.text}`, start: first.start, end: num.end, lower: `no. ${num.text}` }, next: j + 2 };
  }
  if (tokens[j]?.text === '.' && !tokens[j]!.ws && (/^(?:\p{Lu}|St|Jr|Sr)$/u.test(text) || (/^\p{Lu}\p{Ll}+$/u.test(text) && RANK_ABBREVIATIONS.has(text.toLowerCase()))) && isCap(tokens[j + 1]?.text ?? '')) {
    return { unit: { text: `${text}.`, start: first.start, end: tokens[j]!.end, lower: `${text}.`.toLowerCase() }, next: j + 1 };
  }
  // "Norrby–Halvik Friendship Bridge", "Malaysia–Thailand Border Committee": an unspaced en dash between two
  // capitalized words joins them like a hyphen (the places are split off again where no head follows).
  const joins = (k: number) => /^[-/]$/.test(tokens[k]!.text) || (tokens[k]!.text === '–' && isCap(tokens[k + 1]!.text) && isCap(text));
  while (tokens[j] && tokens[j + 1] && !tokens[j]!.ws && !tokens[j + 1]!.ws && joins(j) && isWord(tokens[j + 1]!.text)) {
    const part = tokens[j + 1]!.text;
    // "Ha-eun", "Jae-in": a hyphenated given name whose second syllable is in lower case.
    const syllable = j === i + 1 && /^\p{Lu}\p{Ll}{1,4}$/u.test(text) && /^\p{Ll}{2,5}$/u.test(part) && !HYPHEN_WORDS.test(part) && !PREFIXES.test(text) && !AGENT_SUFFIX.test(part);
    if (!isCap(part) && !/^\d/.test(part) && !PREFIXES.test(text) && !AGENT_SUFFIX.test(part.toLowerCase()) && !syllable) break;
    // "Anti-Organized Crime Commission": after a prefix the word is part of the name, not an agent suffix.
    if (AGENT_SUFFIX.test(part.toLowerCase()) && !PREFIXES.test(text)) {
      return { unit: { text, start: first.start, end, lower: text.toLowerCase() }, next: j + 2, suffix: part.toLowerCase() };
    }
    text += tokens[j]!.text + part;
    end = tokens[j + 1]!.end;
    j += 2;
  }
  return { unit: { text, start: first.start, end, lower: text.toLowerCase() }, next: j };
}

function toUnit(t: Token): Unit {
  return { text: t.text, start: t.start, end: t.end, lower: t.text.toLowerCase() };
}
