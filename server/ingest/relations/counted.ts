// A body acting on a counted group whose members are named only afterwards:
// "The X Court today convicted two men of trafficking. … The first accused,
// P, was sentenced to 20 years. The second accused, Q, …", "X has filed an
// indictment against five defendants" followed by one line per defendant,
// "The trial of four men … resumed at the X Court. The accused – A, B, C and
// D – face charges". The persons named in the next few sentences belong to the
// group when together they are exactly as many as it counts, or when a
// sentence names them as part of it ("One of the men, P, …"). A person named
// with a title ("Justice P, who presided") or as a speaker is not one of them.
import { type Rule, type View, type Candidate, M, refs, span, guarded } from './context.js';
import { COUNT_WORDS } from './legal.js';

const NUMBER = `(?:${Object.keys(COUNT_WORDS).filter((w) => w !== 'both').join('|')}|nine|ten|\\d{1,2})`;
const ONE = '(?:an?|one)';
/** What a group is called: "men", "persons", "Malawians", "Ethiopian nationals", "<D3> nationals". */
const NOUN = `(?:[a-z-]+ |<D\\d+> |[A-Z][a-z]+ )?(?:men|women|persons|people|suspects|defendants|accused|nationals|citizens|[A-Z][a-z]+(?:ans|ians|ese|is))`;
const ONE_NOUN = `(?:[a-z-]+ |<D\\d+> |[A-Z][a-z]+ )?(?:man|woman|person|suspect|national|citizen|[A-Z][a-z]+(?:an|ian|ese|i))`;
/** "two Malawians and an Ethiopian national": groups 1 and 2 are the counts. */
const GROUP = `(${NUMBER}) ${NOUN}(?: and (${ONE}|${NUMBER}) (?:${NOUN}|${ONE_NOUN}))?`;
/** The body, its short form or division in parentheses, and a place or a time before the verb. */
const BODY = `(${M('O')})(?: \\([^)]*\\))?(?:,? (?:sitting )?in [A-Z][a-z]+|, ${M('L')},)?(?: on [^<.;]{3,30}?| today| yesterday| has| have| had| also)*`;

const PATTERNS: Array<[RegExp, 'ARRESTED_BY' | 'CHARGED_BY']> = [
  [new RegExp(`${BODY} (?:arrested|detained) ${GROUP}`), 'ARRESTED_BY'],
  [new RegExp(`${BODY} (?:convicted|sentenced|indicted|charged) ${GROUP}`), 'CHARGED_BY'],
  // "X has filed an indictment with the Y against five defendants": the body that indicts.
  [new RegExp(`${BODY} (?:filed|brought|lodged) (?:an? )?(?:indictment|charges?)[^.;]{0,60}? against ${GROUP}`), 'CHARGED_BY'],
];
/** "The trial of four men … resumed at the X Court": the court that tries them (group first, body after). */
const TRIAL = new RegExp(`\\btrial of ${GROUP}(?:[^.;]|\\.(?=\\d)){0,120}? (?:at|before|in) (?:the )?(${M('O')})`);

/** How many sentences after the count the names may come: a few, or one line per person of a long list. */
const ahead = (count: number) => Math.min(8, Math.max(6, count + 2));
const PART = /^(?:[^<]{0,20}\b)?(?:One|Two|Three|Four|Five|Both|Each) of (?:the|them|those)\b|^Among (?:those|the [a-z]+) (?:arrested|detained|convicted|charged|sentenced)\b/;
/** A capitalized word before the name is a title ("Justice P", "Inspector P"); "Mr P" and "The P" are not. */
const TITLED = /(?:^|[^<\w])(?!(?:Mr|Mrs|Ms|Miss|The|A|An)\b)[A-Z][\w.]*\.? $/;
const SPOKE = (i: number) => new RegExp(`<P${i}>(?:,? [^<.]{0,40})? (?:said|says|told|added)\\b|\\b(?:said|says|told|added) (?:[A-Z][\\w.-]* ){0,4}<P${i}>`);

/**
 * A body's own act on someone ("the X later arrested its organiser, P"): that person is not of the group. A participle
 * with "with" after a body ("P, director of the X, charged with fraud") says what P is charged with (tune17).
 */
const OTHER_ACT = /<O\d+>[^.]{0,60}?\b(?:arrested|detained|charged|indicted|convicted|sentenced)\b(?! with\b)/;
/** A post after the name ("P, head of the X", "P (41), an officer at the X"): an official, not one of the group. */
const POST = /^(?: \(\d+\))?,? (?:an? |the )?(?:[a-z-]+ ){1,4}(?:of|at|for|in) (?:the )?(?:<[LD]\d+>'s )?<O/;

/** The persons a sentence names as plain members of a group (not officials, not speakers, not others' arrests). */
function members(view: View): number[] {
  if (OTHER_ACT.test(view.template)) return [];
  return refs(view.template).filter((i) => {
    const at = view.template.indexOf(`<P${i}>`);
    if (at < 0 || view.mentions[i]!.type !== 'Person' || SPOKE(i).test(view.template)) return false;
    return !TITLED.test(view.template.slice(Math.max(0, at - 30), at)) && !POST.test(view.template.slice(at + `<P${i}>`.length));
  });
}

function named(view: View, count: number): Array<{ view: View; person: number }> {
  const found: Array<{ view: View; person: number }> = [];
  const seen = new Set<number>();
  for (let v = view.following, k = 0; v && k < ahead(count) && seen.size < count; v = v.following, k++) {
    const fresh = members(v).filter((i) => !seen.has(v!.mentions[i]!.entity));
    for (const i of fresh) { seen.add(v.mentions[i]!.entity); found.push({ view: v, person: i }); }
    // "One of the men, P, …": a member named as such, whatever the count.
    if (fresh.length && PART.test(v.template) && seen.size < count) return found;
  }
  return seen.size === count ? found : [];
}

const countOf = (a: string, b?: string) => (COUNT_WORDS[a] ?? (a === 'nine' ? 9 : a === 'ten' ? 10 : Number(a))) + (b === undefined ? 0 : /^(?:an?|one)$/.test(b) ? 1 : COUNT_WORDS[b] ?? Number(b));

function emit(view: View, type: Candidate['type'], body: number, count: number): Candidate[] {
  if (!(count > 0)) return [];
  return named(view, count).map(({ view: v, person }) => ({ type, source: v.mentions[person]!.entity, target: view.mentions[body]!.entity,
    rule: 'counted-group', confidence: 0.55, evidence: [span(view), span(v)] }));
}

const countedGroup: Rule = (view) => {
  for (const [pattern, type] of PATTERNS) {
    const m = pattern.exec(view.template);
    if (m) return emit(view, type, refs(m[1])[0]!, countOf(m[2]!, m[3]));
  }
  const trial = TRIAL.exec(view.template);
  return trial ? emit(view, 'CHARGED_BY', refs(trial[3])[0]!, countOf(trial[1]!, trial[2])) : [];
};

export const COUNTED_RULES: Rule[] = [guarded(/\b(?:arrested|detained|convicted|sentenced|indicted|charged|against|trial of) (?:two|three|four|five|six|seven|eight|nine|ten|\d)/, countedGroup)];
