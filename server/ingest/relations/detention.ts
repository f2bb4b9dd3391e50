// Custody told after the names: court reports and press releases name the
// suspects first and then point back at them ("The X Court ordered all three
// held in custody", "…, which arrested both men", "ordered his pre-trial
// detention"), or say where they are kept ("The three remain in Y Prison",
// "he is being held at the Y Prison Establishment"). The body or the prison
// holds (or, for a charge, tries) the persons pointed at.
import { type Rule, type View, type Candidate, type Doc, M, LIST_THE, refs, matchAll, candidate, guarded } from './context.js';
import { COUNT_WORDS, passiveSubjects, emit } from './legal.js';

const COUNT = '(?:two|three|four|five|six|seven|eight)';
/** Words pointing back at persons: "both men", "all three", "the four suspects", "them", "his". */
const POINTER = `(both(?: men| women| suspects| of them)?|all ${COUNT}(?: (?:men|women|suspects|defendants|accused))?|the ${COUNT} (?:men|women|suspects|defendants|accused)|them|(?:his|her|their)(?= (?:[a-z-]+ )?(?:detention|arrest|custody|remand)))`;
/** The acting body, with "of the Y" or "in Y" after it, a relative pronoun and a time adverb before the verb. */
const BODY = `(${M('O')})(?: \\([^()<]*\\))?(?: (?:of|in|at) (?:the )?${M('OL')})*(?:,? (?:which|who))?(?: (?:on|last|this|next) [A-Z][a-z]+,?| (?:also|later|then|subsequently|immediately|today|yesterday))* (?:has |have |had )?`;
const HOLD = /^(?:arrested|detained|remanded|ordered)/;

/**
 * The persons a pointer stands for: those named in the sentences before (up to three back, speakers left out),
 * when together they are exactly as many as it says; "his"/"their" take the nearest ones named.
 */
function pointedAt(view: View, pointer: string): { persons: number[]; from: View } | undefined {
  const word = /(?:both|all|the) (\w+)|^(both)/.exec(pointer);
  const count = word ? COUNT_WORDS[(word[2] ?? word[1])!] : undefined;
  const persons: number[] = [];
  let from: View | undefined;
  for (let v = view.prev, back = 0; v && back < 3; v = v.prev, back++) {
    const here = refs(v.template).filter((i) => v!.mentions[i]!.type === 'Person' && !SPEAKER(i).test(v!.template));
    const fresh = [...new Set(here.map((i) => v!.mentions[i]!.entity))].filter((e) => !persons.includes(e));
    if (fresh.length) { persons.unshift(...fresh); from = v; }
    if (count === undefined ? persons.length > 0 : persons.length >= count) break;
  }
  if (!from || !persons.length) return undefined;
  if (count !== undefined) return persons.length === count ? { persons, from } : undefined;
  // "his": one person; "them"/"their": the persons of the nearest sentence naming any.
  return pointer.startsWith('his') || pointer.startsWith('her') ? (persons.length === 1 ? { persons, from } : undefined) : { persons, from };
}
const SPEAKER = (i: number) => new RegExp(`<P${i}>(?:,? [^<.]{0,40})? (?:said|says|told|added)\\b|\\b(?:said|says|told|added) (?:[A-Z][\\w.-]* ){0,4}<P${i}>`);

function toPointed(view: View, type: Candidate['type'], pointer: string, body: number, rule: string): Candidate[] {
  const found = pointedAt(view, pointer);
  if (!found) return [];
  const evidence = [{ start: found.from.sentence.start, end: view.sentence.end }];
  return found.persons.map((source) => ({ type, source, target: view.mentions[body]!.entity, rule, confidence: 0.55, evidence }));
}

/** "The X Court ordered all three held in custody", "the X, which arrested both men", "X ordered their arrest". */
const pointedBack: Rule = (view) => matchAll(view, new RegExp(`${BODY}(arrested|detained|remanded|charged|indicted|sentenced|convicted|ordered(?: the (?:[a-z-]+ )?(?:detention|arrest) of)?) ${POINTER}(?: (?:to be )?(?:held|kept|detained|remanded|placed|in custody|in (?:pre-trial |provisional )?detention))?`, 'gu'),
  (m) => {
    const verb = m[2]!;
    // "ordered them to pay": an order holds only when it is about custody.
    if (verb === 'ordered' && !/\b(?:held|kept|detained|remanded|placed|custody|detention|arrest)\b/.test(m[0].slice(m[0].lastIndexOf('ordered')) + view.template.slice(m.index + m[0].length, m.index + m[0].length + 25))) return null;
    return toPointed(view, HOLD.test(verb) ? 'ARRESTED_BY' : 'CHARGED_BY', m[3]!, refs(m[1])[0]!, 'pointed-back');
  });

/** "The X Court ordered pre-trial detention for A, B and C", "ordered the provisional detention of A": X holds them. */
const orderedDetention: Rule = (view) => matchAll(view, new RegExp(`${BODY}ordered (?:the )?(?:[a-z-]+ )?(?:detention|custody|remand|arrest) (?:of|for) (${LIST_THE('P')})`, 'gu'),
  (m) => refs(m[2]).map((p) => candidate(view, 'ARRESTED_BY', p, refs(m[1])[0]!, 'ordered-detention', 0.7)));

/**
 * "The three remain in X Prison", "he is being held at the X Prison Establishment", "… and sent to X prison":
 * the prison holds the persons of the clause (or those a plural subject points back at).
 */
const PRISON = /\b(?:prison|jail|gaol|penitentiary|correctional|remand (?:centre|center|home)|detention (?:centre|center|facility))/i;
const keptIn: Rule = (view, doc: Doc) => matchAll(view, new RegExp(`\\b(?:remains?|remained|(?:is|are|was|were|has been|have been|had been)(?: still| now)?(?: being)? (?:held|kept|detained|jailed|imprisoned)|(?:was|were|and) (?:then |later )?(?:sent|taken|transferred|moved|returned)(?: back)? to)(?: in (?:custody|detention))? (?:in|at|to) (?:the )?(${M('OL')})`, 'gu'),
  (m) => {
    const prison = refs(m[1])[0]!;
    if (!PRISON.test(doc.entities[view.mentions[prison]!.entity]!.name)) return null;
    const subject = /^The (\w+) remain/.exec(view.template);
    if (subject && COUNT_WORDS[subject[1]!]) return toPointed(view, 'ARRESTED_BY', `all ${subject[1]}`, prison, 'kept-in');
    const at = m[0].startsWith('and') ? /\b(?:was|were|has|have|had)\b/.exec(view.template)?.index ?? m.index : m.index;
    return emit(view, 'ARRESTED_BY', passiveSubjects(view, at), prison, 'kept-in');
  });

/**
 * "Mr P, a Ruritanian national arrested by the X in Y on 3 May, is …": an arrest in a description after the
 * name, with no "was"; every "by" body and "in" place up to the end of the phrase.
 */
const describedArrest: Rule = (view) => matchAll(view, new RegExp(`(${M('P')})(?: \\(\\d{1,3}\\))?(?:, \\d{1,3})?, (?:an? |the )(?:[^<,.;]|<D\\d+>){1,40}?(?<!\\b(?:who|which|that|has|had|have)) (?:arrested|detained|apprehended)((?:[^<,;.]|<[OLD]\\d+>(?:'s)?)*)`, 'gu'),
  (m) => {
    const tail = m[2]!.split(/ (?:in connection with|on suspicion|after|for|while|because|with|and)\b/)[0]!;
    const targets = [...tail.matchAll(new RegExp(`\\b(?:by|in) (?:the )?(?:<L\\d+>'s )?(${M('OL')})`, 'gu'))].map((x) => refs(x[1])[0]!);
    return targets.map((t) => candidate(view, 'ARRESTED_BY', refs(m[1])[0]!, t, 'described-arrest', 0.7));
  });

export const DETENTION_RULES: Rule[] = [
  guarded(/<P\d+>(?: \(\d+\))?(?:, \d+)?, (?:an? |the )[^.]*\b(?:arrested|detained|apprehended) (?:by|in|on|at)\b/, describedArrest),
  guarded(/\b(?:arrested|detained|remanded|charged|indicted|sentenced|convicted|ordered)(?: the [a-z -]+ of)? (?:both|all|the|them|his|her|their)\b/, pointedBack),
  guarded(/\bordered (?:the )?(?:[a-z-]+ )?(?:detention|custody|remand|arrest) (?:of|for) (?:the )?<P/, orderedDetention),
  guarded(/\b(?:remain|held|kept|detained|jailed|imprisoned|sent|taken|transferred|moved|returned)\b[^<]*<[OL]/, keptIn),
];
