// Towns and sites no gazetteer lists, told by where they stand in a sentence:
// after "in", "near", "at"; listed after a known place; a compass word or
// "City" with a known place; a name with a particle inside ("Torre de Valdera").
import type { Sentence } from './sentences.js';
import { MONTHS, WEEKDAYS, ROLE_WORDS, RANK_ABBREVIATIONS, HONORIFICS } from './gazetteer/lexicon.js';
import { COMMON_WORDS } from './gazetteer/common.js';
import { type RawMention, type DetectContext, isOrgHead, isEventHead } from './mention.js';
import { ROMANCE_HEADS } from './bodies.js';

const SKIP_UNITS = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
const PLACE_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
// tune17: in a list after a place, a hyphen may join a capitalized part ("A and Port-de-Paix"; not "ZimParks").
const LISTED_WORD = "\\p{Lu}[\\p{Ll}'’-]+(?:(?<=-)\\p{Lu}[\\p{Ll}'’-]+)*";
/** Where a name stands that makes it a place (compiled once: these run on every sentence). */
const PATTERNS = [
  new RegExp(`\\b(?:in|near|at|from|outside) (${PLACE_WORD}(?: ${PLACE_WORD}){0,2}), (?=\\p{Lu})`, 'gu'),
  new RegExp(`\\b(?:arrested|detained|apprehended|seized|intercepted|raided|captured)\\b[^.;:]{0,60}? (?:in|near) (${PLACE_WORD}(?: ${PLACE_WORD})?)(?=[,.;]| on\\b| and\\b| after\\b| last\\b|$)`, 'gu'),
  // "40 nautical miles east of Obock", "the town of Kilifi", "at the Kapıkule crossing".
  new RegExp(`\\b(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest) of|(?:town|city|village|port|district|province|region|island|municipality) of) (${PLACE_WORD}(?: ${PLACE_WORD})?)(?=[,.;]| and\\b| in\\b| on\\b| to\\b| for\\b| where\\b|$)`, 'gu'),
  new RegExp(`\\b(?:[Aa]t|[Nn]ear|[Tt]hrough) the (${PLACE_WORD}) (?:border )?(?:checkpoint|border post)\\b`, 'gu'),
  // tune17: "the departments of Amambay and Canindeyú", "the provinces of A, B and C": the first of the list (the
  // others are read as listed after it).
  new RegExp(`\\b(?:towns|cities|villages|ports|districts|provinces|regions|departments|islands|municipalities|states|governorates) of (${PLACE_WORD}(?: ${PLACE_WORD})?)(?=,|,? and\\b)`, 'gu'),
  // Ports of call: "on arrival at Helsingborg", "after leaving Lorvik", "bound for Rotterdam".
  new RegExp(`\\b(?:arrival (?:at|in)|arrived (?:at|in)|arriving (?:at|in)|docked (?:at|in)|leaving|left|departed(?: from)?|sailed from|bound for|called at|transshipped (?:at|in)) (${PLACE_WORD}(?: ${PLACE_WORD})?)(?=[,.;]| and\\b| in\\b| on\\b| for\\b| to\\b| where\\b| after\\b| before\\b| when\\b|$)`, 'gu'),
  // Three names after "in": "in Děčín, Teplice and Chomutov" (each is matched on its own below).
  new RegExp(`\\bin (${PLACE_WORD}), (?=${PLACE_WORD},? and ${PLACE_WORD}(?:[,.;]| on\\b| in\\b| and\\b|$))`, 'gu'),
  new RegExp(`\\bin ${PLACE_WORD}, (${PLACE_WORD}),? and (?=${PLACE_WORD}(?:[,.;]| on\\b| in\\b| and\\b|$))`, 'gu'),
  new RegExp(`\\bin ${PLACE_WORD}, ${PLACE_WORD},? and (${PLACE_WORD})(?=[,.;]| on\\b| in\\b| and\\b|$)`, 'gu'),
  // tune17: "landed between A and B": the first of two places a stretch runs between (B is read as listed after it).
  new RegExp(`\\bbetween (${PLACE_WORD}(?: ${PLACE_WORD})?) and (?=\\p{Lu})`, 'gu'),
  // A lone name after "in", "near", "off" that nothing else claims: "a training centre in Bogor for chemists".
  new RegExp(`\\b(?:in|near|outside|off) (${PLACE_WORD}(?: ${PLACE_WORD})?)(?=[,.;]| and\\b| for\\b| on\\b| in\\b| where\\b| to\\b| from\\b| after\\b| last\\b| before\\b| during\\b| when\\b|$)`, 'gu'),
  // Ports, posts and towns of a route: "at Port Varan", "at Gyumri.", "via Lorvik,", "from Great Inagua.".
  new RegExp(`\\b(?:at|via|from) (${PLACE_WORD}(?: ${PLACE_WORD})?)(?=[,.;]| and\\b| on\\b| in\\b| to\\b| where\\b| after\\b| before\\b| last\\b| when\\b|$)`, 'gu'),
  // Where a person lives or comes from: "P, 44, from Clondalkin,", "P, 48, of Huehuetenango,", "residents of Rosarno".
  new RegExp(`(?:, \\d{1,3},|\\b(?:residents?|natives?|man|woman|men|women|dealer|farmer|fisherman|businessman)) (?:of|from) (${PLACE_WORD}(?: ${PLACE_WORD})?)(?=[,.;]| and\\b| in\\b| who\\b| was\\b| were\\b| is\\b|$)`, 'gu'),
];
/** "at the Norvik crossing", "Ruritania's Dolna Brana border crossing": the crossing is named with its lower-case head. */
const CROSSING = new RegExp(`(?:\\b[Tt]he|\\p{Lu}[\\p{L}.-]*'s) (${PLACE_WORD}(?: ${PLACE_WORD})?) ((?:border )?crossing)\\b`, 'gu');
const QUALIFIED_PLACE = new RegExp(`\\b(?:(East|West|North|South|Central) (${PLACE_WORD})|(${PLACE_WORD}) (?:City|State|Province|Oblast|Prefecture))\\b`, 'gu');
// (tune17: also before "on"/"last"/"this"/"since"/"during"/"where"/"after"/"before": "in A and B on Monday".)
const LISTED_NEXT = new RegExp(`^(?:,| and|, and) (${LISTED_WORD}(?: ${LISTED_WORD})?)(?=[,.;)]| and\\b| in\\b| on\\b| last\\b| this\\b| since\\b| during\\b| where\\b| after\\b| before\\b|$)`, 'u');
const PARTICLE_PLACE = new RegExp(`\\b(?:in|near|at|from|outside|off|to|on the) (${PLACE_WORD}(?: ${PLACE_WORD})? (?:de|del|de la|da|do|dos|das|di|du|nad|am|sur) ${PLACE_WORD}(?: ${PLACE_WORD})?)(?=[,.;]| and\\b| on\\b| in\\b| for\\b| where\\b| to\\b| from\\b| was\\b| were\\b|$)`, 'gu');
/**
 * Towns no gazetteer lists, told by where they stand: "in Villaverde Alto, Spain" (a name then a
 * known place), "were arrested in Narbonne" (a lone name after an arrest or seizure verb).
 */
const ENVOY_POST = /\b(?:ambassadors?|commissioners?|envoys?|consuls?(?: general)?|chargé|charge|representatives?|attachés?|attaches?|embassy|consulate|mission)(?:\s+general|\s+a\.i\.)?\s+(?:to|in|at)\s+(?:the\s+)?$/i;
export function placesByContext(s: Sentence, mentions: RawMention[], ctx: DetectContext): RawMention[] {
  const out: RawMention[] = [];
  const free = (a: number, b: number) => !mentions.some((m) => m.start < b && a < m.end) && !out.some((m) => m.start < b && a < m.end);
  const isPlace = (at: number) => mentions.some((m) => m.start === at && m.type === 'Location');
  const plausible = (name: string) => name.split(' ').every((w) => !COMMON_WORDS.has(w.toLowerCase()) && !ctx.lowerWords.has(w.toLowerCase()) && !ROLE_WORDS.has(w.toLowerCase())
    && !isOrgHead({ text: w, lower: w.toLowerCase(), start: 0, end: 0 }) && !isEventHead({ text: w, lower: w.toLowerCase(), start: 0, end: 0 }));
  // "East Jakarta", "Djibouti City", "Rakhine State": a compass word, "City" or "State" with a place the gazetteer
  // knows is a place of its own.
  for (const m of s.text.matchAll(QUALIFIED_PLACE)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const inner = m[2] ? start + m[1]!.length + 1 : start;
    const known = mentions.find((x) => x.start === inner && x.end === inner + (m[2] ?? m[3])!.length && x.type === 'Location' && x.kind !== 'demonym');
    if (!known || mentions.some((x) => x !== known && x.start < end && start < x.end)) continue;
    out.push({ start, end, type: 'Location', name: m[0], kind: 'name', priority: 1 });
  }
  // "in Klaipėda, Kaunas and Medininkai": a name listed after a known place is a place too.
  for (const m of mentions) {
    if (m.type !== 'Location' || m.kind === 'demonym') continue;
    const next = LISTED_NEXT.exec(s.text.slice(m.end - s.start));
    if (!next) continue;
    const start = m.end + next[0].length - next[1]!.length;
    const end = start + next[1]!.length;
    // "Tonga and Hon. X": a title, not a place.
    const titleWord = next[1]!.split(' ').some((w) => SKIP_UNITS.has(w.toLowerCase()) || RANK_ABBREVIATIONS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()));
    // "the Norland Ambassador to Ostria, P", "of the Embassy in Tarvik, P": the place ends an envoy's post, and the
    // name after its comma is the envoy.
    if (ENVOY_POST.test(s.text.slice(Math.max(0, m.start - s.start - 80), m.start - s.start))) {
      const words = next[1]!.split(' ');
      if (free(start, end) && !titleWord && words.length >= 2 && words.length <= 3 && plausible(next[1]!) && /^[,.;]/.test(s.text.slice(end - s.start))) {
        out.push({ start, end, type: 'Person', name: next[1]!, kind: 'name', priority: 1 });
      }
      continue;
    }
    if (free(start, end) && plausible(next[1]!) && !titleWord) out.push({ start, end, type: 'Location', name: next[1]!, kind: 'name', priority: 1 });
  }
  // "in Torre de Valdera", "on the Costa del Sol", "in Brod nad Vltavou": a name with a particle inside is one place,
  // even where a known place ends it.
  for (const m of s.text.matchAll(PARTICLE_PLACE)) {
    const start = s.start + m.index + m[0].lastIndexOf(m[1]!);
    const end = start + m[1]!.length;
    const inside = (x: RawMention) => x.start < end && start < x.end;
    if (ROMANCE_HEADS.test(m[1]!.split(' ')[0]!.toLowerCase()) || !m[1]!.split(' ').every((w) => !/^\p{Lu}/u.test(w) || plausible(w)) || !mentions.filter(inside).every((x) => x.type === 'Location' && x.start >= start && x.end <= end)) continue;
    if (out.some(inside)) continue;
    out.push({ start, end, type: 'Location', name: m[1]!, kind: 'name', priority: 1 });
  }
  for (const m of s.text.matchAll(CROSSING)) {
    const start = s.start + m.index + m[0].lastIndexOf(`${m[1]!} ${m[2]!}`);
    const end = start + m[1]!.length + 1 + m[2]!.length;
    if (!free(start, start + m[1]!.length) || !plausible(m[1]!) || m[1]!.split(' ').some((w) => SKIP_UNITS.has(w.toLowerCase()))) continue;
    // The bare name is a short form of the crossing ("Norvik" later in the text, or in an index of places).
    out.push({ start, end, type: 'Location', name: `${m[1]!} ${m[2]!}`, kind: 'name', priority: 1, acronym: m[1]! });
  }
  PATTERNS.forEach((pattern, k) => {
    for (const m of s.text.matchAll(pattern)) {
      const start = s.start + m.index + m[0].lastIndexOf(m[1]!);
      const end = start + m[1]!.length;
      if (!free(start, end) || !plausible(m[1]!) || m[1]!.split(' ').some((w) => SKIP_UNITS.has(w.toLowerCase()))) continue;
      if (k === 0 && !isPlace(end + 2)) continue;
      out.push({ start, end, type: 'Location', name: m[1]!, kind: 'name', priority: 1 });
    }
  });
  // tune17: "in Odemira and Beja", "between Posadas and Puerto Iguazú": a name listed after a town found above by
  // where it stands is a place too (the list of known places before only saw the gazetteer's).
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.type !== 'Location') continue;
    const next = LISTED_NEXT.exec(s.text.slice(m.end - s.start));
    if (!next) continue;
    const start = m.end + next[0].length - next[1]!.length;
    const end = start + next[1]!.length;
    const titleWord = next[1]!.split(' ').some((w) => SKIP_UNITS.has(w.toLowerCase()) || RANK_ABBREVIATIONS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()));
    if (free(start, end) && plausible(next[1]!) && !titleWord) out.push({ start, end, type: 'Location', name: next[1]!, kind: 'name', priority: 1 });
  }
  // "captured in Pereval, Santara, by …", "at his home in Olvik, Upper Dene.": the region after a town found above
  // by where it stands (the list of known places before only saw the gazetteer's).
  for (const m of [...out]) {
    if (m.type !== 'Location') continue;
    const next = /^, (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)(?=[,.;])/u.exec(s.text.slice(m.end - s.start));
    if (!next) continue;
    const start = m.end + 2;
    const end = start + next[1]!.length;
    const titleWord = next[1]!.split(' ').some((w) => SKIP_UNITS.has(w.toLowerCase()) || RANK_ABBREVIATIONS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()));
    if (free(start, end) && plausible(next[1]!) && !titleWord) out.push({ start, end, type: 'Location', name: next[1]!, kind: 'name', priority: 1 });
  }
  return out;
}
