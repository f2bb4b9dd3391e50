// Who made an arrest the sentence does not name: "Officers of the X, acting on
// information from the Y, found 62 kg of cannabis in a camper van. The driver,
// P, and his accomplice, Q, were arrested at the port." A passive arrest with
// no "by …" is the work of the body that made the seizure or search just told,
// in the same sentence ("X officers seized 31 kg … ; the owner, P, was
// arrested at the scene") or one of the two sentences before, even across a
// paragraph break. The body is the subject of that clause (at the start, or
// after ", when"; the first of "the X and the Y"), or its agent in the passive
// ("The vessel was boarded by officers of X"): its first name, after "officers
// of", the unit in "officers of the X's Y", and not a tipster in an "acting on
// information from …" aside nor the owner in "of the".
import { type Rule, type View, type Candidate, guarded, refs, span } from './context.js';
import { arrested } from './suspects.js';

/** Who may stand before "of the X" as the body's people: "Detectives of the X", "X officers". */
const PEOPLE = '(?:officers|agents|detectives|investigators|soldiers|troops|personnel|members|teams?|units?)';
/** What a body does to a find or a suspect before the arrest is told ("inspected a container", "arrested nine people"). */
const SEIZE = '(?:seized|found|intercepted|discovered|confiscated|recovered|boarded|raided|stopped|searched|uncovered|dismantled|inspected|arrested|detained)';
/** Further bodies acting with the first: "the X and the Y inspected …" (the first is read as the captor). */
const AND_BODY = '(?:(?:,| and|, and) (?:the )?<O\\d+>(?: \\([^)]*\\))?(?: (?:of|from) (?:the )?<[OL]\\d+>)?){0,3}';
/** The seizing clause of a sentence and its subject body (group 1): at the start (after a short lead such as
 * "On 2 July" or "In Mombasa,"), or after ", when"; "officers of the X's Y" is Y, the unit that acted. */
const SEIZER = new RegExp(`(?:^(?:[A-Z][^<]{0,40}?,? )?|, (?:when|after|as|where) )(?:${PEOPLE} (?:of|from) )?(?:[Tt]he )?(?:<[LDO]\\d+>(?:'s)? )?(<O\\d+>)(?: \\([^)]*\\))?(?: (?:${PEOPLE}|officials))?(?: of (?:the )?<[OL]\\d+>(?: \\([^)]*\\))?)?${AND_BODY}(?:, [^<,]{0,40}?(?:<[A-Z]\\d+>(?:'s)?[^<,]{0,40}?){0,3},)? (?:also |then |later |have |has |had |jointly )*${SEIZE}\\b`);
/** The same told in the passive, the body after "by": "The vessel was boarded on 2 April by officers of the X",
 * "The raids, carried out on 6 October by the X together with the Y, were …". */
const SEIZED_BY = new RegExp(`(?:\\b(?:was|were|(?:has|have|had) been) |, )(?:[a-z]+ )?(?:${SEIZE}|carried out|conducted|led)\\b[^<;]{0,60}? by (?:${PEOPLE} (?:of|from) )?(?:the )?(?:<[LDO]\\d+>'s )?(<O\\d+>)`);
/** An arrest whose agent is named after the verb ("was arrested by the X", "were detained by officers of X"). */
const AGENT = /^[^.;]{0,40}?\bby\b/;
// "has since been arrested", but not "has not been arrested".
const PASSIVE_AT = /\b(?:was|were|(?:has|have|had)(?: (?!not\b|never\b|yet\b)[a-z]+)? been|being) (?:arrested|detained|apprehended|taken into custody)\b/;

export function seizer(view: View, upTo: number): number | undefined {
  const before = view.template.slice(0, upTo);
  const m = SEIZER.exec(before) ?? SEIZED_BY.exec(before);
  return m ? refs(m[1])[0] : undefined;
}

/** How many sentences back the seizure may be told, across a paragraph break ("…boarded by officers of X.
 * The drugs were hidden in the keel. ¶ The skipper, P, was arrested at the scene"). */
const LOOKBACK = 2;

const unnamedCaptor: Rule = (view, doc) => {
  const passive = PASSIVE_AT.exec(view.template);
  if (!passive || AGENT.test(view.template.slice(passive.index + passive[0].length))) return [];
  const who = arrested(view);
  if (!who || !who.persons.length || who.at !== passive.index) return [];
  let found: [View, number] | undefined;
  const here = seizer(view, passive.index);
  if (here !== undefined) found = [view, here];
  const k = view.sentence.index;
  for (let back = 1; !found && back <= LOOKBACK && doc.views[k - back]; back++) {
    const earlier = doc.views[k - back]!;
    const body = seizer(earlier, earlier.template.length);
    if (body !== undefined) found = [earlier, body];
  }
  if (!found) return [];
  const [source, body] = found;
  const evidence = source === view || source === view.prev ? [{ start: source.sentence.start, end: view.sentence.end }]
    : [span(view), span(source)];
  const captor = source.mentions[body]!.entity;
  // "<P0> national <P1>": a country misread as a person describes the one after it.
  const persons = who.persons.filter((p) => !/^ (?:national|citizen)\b/.test(view.template.slice(view.template.indexOf(`<P${p}>`) + `<P${p}>`.length)));
  return [...new Set(persons.map((p) => view.mentions[p]!.entity))].map((p): Candidate =>
    ({ type: 'ARRESTED_BY', source: p, target: captor, rule: 'unnamed-captor', confidence: 0.55, evidence }));
};

export const CAPTOR_RULES: Rule[] = [guarded(PASSIVE_AT, unnamedCaptor)];
