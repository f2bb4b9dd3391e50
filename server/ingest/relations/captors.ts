// Who made an arrest the sentence does not name: "Officers of the X, acting on
// information from the Y, found 62 kg of cannabis in a camper van. The driver,
// P, and his accomplice, Q, were arrested at the port." A passive arrest with
// no "by …" is the work of the body that made the seizure or search just told,
// in the same sentence ("X officers seized 31 kg … ; the owner, P, was
// arrested at the scene") or the sentence before in the paragraph. The body is
// the subject of that clause (at the start, or after ", when"): its first
// name, after "officers of", and not a tipster in an "acting on information from …" aside nor the owner in "of the".
import { type Rule, type View, type Candidate, guarded, refs } from './context.js';
import { arrested } from './suspects.js';

/** The seizing clause of a sentence and its subject body (group 1). */
const SEIZER = /(?:^(?:[A-Z][^<]{0,40}?, )?|, (?:when|after|as|where) )(?:(?:[Oo]fficers|[Aa]gents|[Ii]nvestigators|[Mm]embers|[Tt]eams?|[Uu]nits?) (?:of|from) )?(?:[Tt]he )?(?:<[LD]\d+>(?:'s)? )?(<O\d+>)(?: \([^)]*\))?(?: (?:officers|agents|investigators|officials|teams?|units?))?(?: of (?:the )?<[OL]\d+>(?: \([^)]*\))?)?(?:, [^<,]{0,40}?(?:<[A-Z]\d+>(?:'s)?[^<,]{0,40}?){0,3},)? (?:also |then |later |have |has |had |jointly )*(?:seized|found|intercepted|discovered|confiscated|recovered|boarded|raided|stopped|searched|uncovered|dismantled)\b/;
/** An arrest whose agent is named after the verb ("was arrested by the X", "were detained by officers of X"). */
const AGENT = /^[^.;]{0,40}?\bby\b/;
const PASSIVE_AT = /\b(?:was|were|(?:has|have|had)(?: [a-z]+)? been|being) (?:arrested|detained|apprehended|taken into custody)\b/;

function seizer(view: View, upTo: number): number | undefined {
  const m = SEIZER.exec(view.template.slice(0, upTo));
  return m ? refs(m[1])[0] : undefined;
}

const unnamedCaptor: Rule = (view) => {
  const passive = PASSIVE_AT.exec(view.template);
  if (!passive || AGENT.test(view.template.slice(passive.index + passive[0].length))) return [];
  const who = arrested(view);
  if (!who || !who.persons.length || who.at !== passive.index) return [];
  const here = seizer(view, passive.index);
  const prev = view.prev;
  const before = here === undefined && prev ? seizer(prev, prev.template.length) : undefined;
  const [source, body] = here !== undefined ? [view, here] : before !== undefined ? [prev!, before] : [undefined, undefined];
  if (!source || body === undefined) return [];
  const evidence = [{ start: source.sentence.start, end: view.sentence.end }];
  const captor = source.mentions[body]!.entity;
  return [...new Set(who.persons.map((p) => view.mentions[p]!.entity))].map((p): Candidate =>
    ({ type: 'ARRESTED_BY', source: p, target: captor, rule: 'unnamed-captor', confidence: 0.55, evidence }));
};

export const CAPTOR_RULES: Rule[] = [guarded(PASSIVE_AT, unnamedCaptor)];
