// Two bodies joined by "and" inside one capitalized run: "the Gendarmerie and the
// Federal Police", "the NDA and Coast Guard". Typing the run by its last head word
// would make one body of both; names that hold an "and" ("Police and Border Guard
// Board", "Customs and Excise Division", "Asia and the Pacific") have neither an
// article nor an acronym on one side of it, so those two cues decide the cut.
import type { Chunk, Unit } from './chunks.js';
import { lookup } from './lookup.js';
import { COMMON_WORDS } from './gazetteer/common.js';
import { type RawMention, phrase } from './mention.js';
import { namedBody } from './bodies.js';

const isAcronym = (units: Unit[]) => units.length === 1 && /^\p{Lu}{2,}[\p{Lu}\d-]*$/u.test(units[0]!.text);

/** A whole body's name: a known body, an acronym, or a name whose head makes all of it one Organization. */
function wholeBody(units: Unit[], chunk: Chunk): boolean {
  if (!units.length) return false;
  // A lone head word ("Customs") and a short form written with "&" ("C&ED") name no whole body here.
  if (units.some((u) => u.text === '&')) return false;
  if (lookup(phrase(units))?.type === 'Organization' || isAcronym(units)) return true;
  const named = namedBody(units, { ...chunk, acronym: undefined });
  return named?.length === 1 && named[0]!.type === 'Organization' && named[0]!.start === units[0]!.start && named[0]!.end === units.at(-1)!.end;
}

/** The type of a name that covers all of `units` by its own head ("Harbour Dues and Levies Act": Other), if any. */
function wholeNamed(units: Unit[], chunk: Chunk): string | undefined {
  if (units.length < 2) return undefined;
  const named = namedBody(units, { ...chunk, acronym: undefined });
  return named?.length === 1 && named[0]!.start === units[0]!.start && named[0]!.end === units.at(-1)!.end ? named[0]!.type : undefined;
}

/**
 * Where a run of two bodies splits: [left, right] when "and the" joins a body to a body (the left may be a bare
 * plural or one word: "the Hawks and the X Police"), or "and" alone joins a body to an acronym.
 */
export function coordinatedBodies(units: Unit[], chunk: Chunk): [Unit[], Unit[]] | null {
  for (let k = 1; k < units.length - 1; k++) {
    if (units[k]!.lower !== 'and') continue;
    const left = units.slice(0, k);
    const withThe = units[k + 1]!.lower === 'the';
    const right = units.slice(withThe ? k + 2 : k + 1);
    // "the Firearms Act and the Harbour Dues and Levies Act": two whole names of one kind other than a body.
    if (withThe && !wholeBody(right, chunk) && wholeNamed(left, chunk) === 'Other' && wholeNamed(right, chunk) === 'Other') return [left, right];
    if (!wholeBody(right, chunk)) continue;
    const bareLeft = left.length === 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(left[0]!.text) && !COMMON_WORDS.has(left[0]!.lower) && !lookup(left[0]!.text);
    if (withThe ? wholeBody(left, chunk) || bareLeft : (isAcronym(left) || isAcronym(right)) && wholeBody(left, chunk)) return [left, right];
  }
  return null;
}

/** One side of a split run: its own name, else a bare word coordinated with a body is a body too. */
export function sideBody(side: Unit[], chunk: Chunk): RawMention[] | null {
  const known = lookup(phrase(side));
  if (known) return [{ start: side[0]!.start, end: side.at(-1)!.end, type: known.type, name: known.canonical, kind: 'lexicon', priority: 1, surface: phrase(side) }];
  const named = namedBody(side, chunk);
  if (named) return named;
  if (side.length > 1) return null; // "John Mensah and the X Police": left to the person rules
  return [{ start: side[0]!.start, end: side[0]!.end, type: 'Organization', name: side[0]!.text, kind: 'name', priority: 1 }];
}
