// Relations that a name states by itself: "INTERPOL Major Events Support Team"
// is part of INTERPOL, "the Kenyan embassy in Lima" is in Lima,
// "INTERPOL ... Seminar" is INTERPOL's event. Evidence: the first sentence naming it.
import type { Candidate, Doc } from './context.js';
import { nameKey } from '../coref.js';
import { lookup } from '../lookup.js';

export function nameRelations(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'Organization' && e.type !== 'Event') continue;
    const evidence = firstSentence(doc, e.index);
    if (!evidence) continue;
    for (const name of [e.name, ...e.aliases]) {
      // "Dutch Customs Administration" also goes by "Customs Administration": a short form that only drops the
      // qualifier names no owner ("Customs" is not the Dutch body's parent).
      const owner = name !== e.name && e.name.endsWith(` ${name}`) ? undefined : ownerOf(doc, name, e.index);
      if (owner !== undefined) {
        const ownerType = doc.entities[owner]!.type;
        if (ownerType === 'Organization' && e.type === 'Organization') out.push(make('PART_OF', e.index, owner, evidence, 'name-prefix'));
        if (ownerType === 'Organization' && e.type === 'Event') out.push(make('PARTICIPATED_IN', owner, e.index, evidence, 'name-prefix'));
        if (ownerType === 'Location' && e.type === 'Event') out.push(make('LOCATED_IN', e.index, owner, evidence, 'name-prefix'));
      }
      const place = /\b(?:in|at) (?:the )?([\p{Lu}][\p{L}. ]+)$/u.exec(name)?.[1];
      const placeEntity = place ? doc.find(lookup(place)?.canonical ?? place, 'Location') : undefined;
      if (placeEntity !== undefined) out.push(make('LOCATED_IN', e.index, placeEntity, evidence, 'name-in-place'));
    }
  }
  return out;
}

/** The body or place a name begins with: "INTERPOL X Team" → INTERPOL, "Europol's management board" → Europol. */
function ownerOf(doc: Doc, name: string, self: number): number | undefined {
  const words = name.replace(/\s*['’]s\b/, " 's").replace(/^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d) /, '').split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const rest = words.slice(n);
    if (rest[0] === "'s") rest.shift();
    if (!rest.length || !/^\p{L}/u.test(rest[0]!)) continue;
    // "National Police of Colombia" is not a unit of "National Police": a country after "of" only says whose it is.
    if (rest[0] === 'of' && lookup(rest.slice(rest[1] === 'the' ? 2 : 1).join(' '))?.type === 'Location') continue;
    if (lookup(head)?.demonym) continue; // "Asian Regional Conference" is not in Asia by its name
    const found = doc.find(lookup(head)?.canonical ?? head);
    if (found !== undefined && found !== self && nameKey(head).length > 1) return found;
  }
  return undefined;
}

function firstSentence(doc: Doc, entity: number): { start: number; end: number } | undefined {
  for (const v of doc.views) if (v.mentions.some((m) => m.entity === entity)) return { start: v.sentence.start, end: v.sentence.end };
  return undefined;
}

const make = (type: Candidate['type'], source: number, target: number, evidence: { start: number; end: number }, rule: string): Candidate =>
  ({ type, source, target, rule, confidence: 0.6, evidence: [evidence] });
