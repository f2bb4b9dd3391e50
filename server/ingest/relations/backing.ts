// Help named a sentence after the act it helped: "The search was led by the A
// with the B. It acted on intelligence from the C." / "The pills were seized by
// officers of the A and the B. They had been tipped off by the C." / "The arrest
// was backed by the D." The helper works with the bodies that acted in the
// sentence before (COOPERATES_WITH), read from its first "by" list or its
// opening subject ("A officers arrested …"). Only the bodies joined by "and"
// count as actors: one named after "with" / "together with" was a partner of
// the act, not the one the help went to; an owner ("the A of the X", "the X's
// A") is no actor, and a helper's owner is no helper.
import { type Rule, type View, type Candidate, M, refs } from './context.js';

/** The second sentence: the act (by pronoun or noun) was helped, and by whom. */
const HELPED = /^(?:It|They|The (?:capture|arrest|arrests|operation|investigation|raid|raids|seizure|case|search|inspection|boarding|probe)) (?:was |were |had been |has been |have been |also |then )*(?:supported|assisted|helped|aided|alerted|tipped off|backed|received (?:information|intelligence|a tip|an alert)|followed (?:intelligence|information|a tip|an alert|a request)|acted on (?:information|intelligence))\b/;
/** A body, its owner left out: "the X's A", "Spain's A" are A; "the X's unit" names no helper (the unit is not X). */
const ITEM = `(?:the )?(?:${M('LO')}'s )?(${M('OL')})(?!'s)(?: \\([^)<]*\\))?`;
/** Helpers after "by"/"from", joined by "and" or commas (a second "and was supported by …" is read by the loop). */
const HELPERS = new RegExp(`\\b(?:by|from) ${ITEM}((?:(?:, | and |, and )${ITEM})*)`, 'gu');
/** An actor: a body, maybe a unit "of the X" (the unit acts, X is its owner). */
const ACTOR = `(?:the )?(?:${M('L')}'s )?(${M('O')})(?: \\([^)<]*\\))?(?: of (?:the )?(?:${M('L')}'s )?${M('OL')})?`;
const ACTORS = `${ACTOR}(?:(?:, | and |, and )${ACTOR})*`;
const BY_ACTORS = new RegExp(`\\bby (?:(?:officers|agents|investigators|members|teams?|units?|personnel|detectives) of )?(${ACTORS})`, 'u');
const SUBJECT_ACTORS = new RegExp(`^(?:[^<]{0,40}?, )?(${ACTORS}) (?:officers |agents |investigators |detectives )?(?:have |has |had |also |then )*(?:arrested|seized|raided|found|dismantled|intercepted|detained|stopped|searched|boarded|captured)\\b`, 'u');

function actorsOf(view: View): number[] {
  const m = BY_ACTORS.exec(view.template) ?? SUBJECT_ACTORS.exec(view.template);
  if (!m) return [];
  // Each item's first mention is the actor; "of the X" owners are dropped.
  return [...m[1]!.matchAll(new RegExp(ACTOR, 'gu'))].map((a) => refs(a[1])[0]!).map((r) => view.mentions[r]!.entity);
}

function helpersOf(view: View): Array<{ ref: number }> {
  const out: Array<{ ref: number }> = [];
  for (const m of view.template.matchAll(HELPERS)) {
    out.push({ ref: refs(m[1])[0]! });
    for (const more of (m[2] ?? '').matchAll(new RegExp(ITEM, 'gu'))) out.push({ ref: refs(more[1])[0]! });
  }
  return out;
}

const backing: Rule = (view) => {
  if (!HELPED.test(view.template)) return [];
  const before = view.prev;
  if (!before) return [];
  const actors = [...new Set(actorsOf(before))];
  if (!actors.length) return [];
  const out: Candidate[] = [];
  for (const { ref } of helpersOf(view)) {
    const helper = view.mentions[ref]!.entity;
    for (const actor of actors) {
      if (actor === helper) continue;
      out.push({
        type: 'COOPERATES_WITH', source: actor, target: helper, rule: 'helped-the-act-before', confidence: 0.6,
        evidence: [{ start: before.sentence.start, end: before.sentence.end }, { start: view.sentence.start, end: view.sentence.end }],
      });
    }
  }
  return out;
};

export const BACKING_RULES: Rule[] = [backing];
