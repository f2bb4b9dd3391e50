// Courts and prosecutors in the later steps of a case, in shapes custody.ts
// does not read: "He has since been charged in the X Court" (an adverb inside
// the verb), "have been referred for trial before the X", "remain in custody
// on the orders of the X", "were remanded to judicial custody by the X" and
// "charged by the public prosecutor at the X Court". The persons are those of
// the clause, or "Both"/"They"/"He" as the persons named before (legal.ts's
// passiveSubjects); a court tries (CHARGED_BY) or holds (ARRESTED_BY) them.
import { type Rule, type View, M, matchAll, refs, guarded, span, type Doc } from './context.js';
import { passiveSubjects, emit } from './legal.js';

const COURT_NAME = /\b(?:court|tribunal|magistrate|judge|chamber)/i;
const BODY = `(?:the |a )?(${M('O')})`;
const isCourt = (view: View, doc: Doc, ref: number) => COURT_NAME.test(doc.entities[view.mentions[ref]!.entity]!.name);

/**
 * Who the clause is about. A second predicate after "and" ("Both were charged by the X and remain in custody
 * on the orders of the Y") shares the subject of the first, so it is read before the sentence's first verb.
 */
function subjects(view: View, at: number) {
  const first = / (?:was|were|is|are|has|have|had)\b/.exec(view.template);
  return passiveSubjects(view, view.template.slice(0, at).endsWith(' and ') && first && first.index < at ? first.index + 1 : at);
}

/** "has since been charged in the X", "have been referred for trial before the X": the court tries them. */
const triedBy: Rule = (view, doc) => matchAll(view, new RegExp(`\\b(?:(?:has|have|had|was|were|is|are)(?: since| now| already| also| formally)? been (?:formally )?(?:charged|indicted|arraigned|referred for trial|committed for trial|sent for trial) (?:in|before|at|to)|(?:were|was|have been|has been) (?:formally )?(?:referred|committed|sent) (?:for trial )?(?:to|before)|charged by (?:the |a )?(?:public |state |chief |district )?prosecutors? (?:at|of)) ${BODY}`, 'gu'),
  (m) => {
    const court = refs(m[1])[0]!;
    return isCourt(view, doc, court) ? emit(view, 'CHARGED_BY', subjects(view, m.index), court, 'tried-by') : null;
  });

/** "remain in custody on the orders of the X", "were remanded to judicial custody by the X": the court holds them. */
const heldBy: Rule = (view, doc) => matchAll(view, new RegExp(`\\b(?:(?:remain|remains|remained|are held|is held|were held|was held|are being held|is being held) (?:in (?:pre-trial |preventive |judicial )?(?:custody|detention) )?on the orders? of|remanded (?:in|to|into) (?:judicial |police |pre-trial )?custody by) ${BODY}`, 'gu'),
  (m) => {
    const court = refs(m[1])[0]!;
    return isCourt(view, doc, court) ? emit(view, 'ARRESTED_BY', subjects(view, m.index), court, 'held-by') : null;
  });

/**
 * "Justice P, who presided over the trial, found …" after the court's ruling was told: the judge sits on the
 * one court named in that sentence or the few before (none when two courts are named). Also "Presiding judge
 * P found …", "Ms Justice P ordered …", "Associate Justice P" and "before Justice P" (tune19).
 */
const JUDGE = `\\b(?:(?:Justice|Judge|Magistrate)(?: Dr\\.?)? (${M('P')}),? who presided\\b|(?:[Pp]residing|[Tt]rial) (?:judge|magistrate) (${M('P')})|(?:Ms|Mr|Mrs|Madam|Associate|Chief) Justice (${M('P')})|\\bbefore (?:Justice|Judge) (${M('P')}))`;
const presiding: Rule = (view, doc) => matchAll(view, new RegExp(JUDGE, 'gu'), (m) => {
  const courts = new Set<number>();
  for (let k = view.sentence.index; k >= Math.max(0, view.sentence.index - 3); k--) {
    const v = doc.views[k]!;
    for (const r of refs(v.template)) if (v.mentions[r]!.type === 'Organization' && isCourt(v, doc, r)) courts.add(v.mentions[r]!.entity);
  }
  if (courts.size !== 1) return null;
  const judge = refs(m[1] ?? m[2] ?? m[3] ?? m[4])[0]!;
  return { type: 'HOLDS_POSITION', source: view.mentions[judge]!.entity, target: [...courts][0]!, rule: 'presiding-judge',
    confidence: 0.6, properties: { role: 'judge' }, evidence: [span(view)] };
});

const CUE = /\b(?:charged|indicted|arraigned|referred|committed|sent|orders?|custody)\b/;
export const COURT_RULES: Rule[] = [guarded(CUE, (view, doc) => [...triedBy(view, doc), ...heldBy(view, doc)]), guarded(/\bwho presided\b|[Pp]residing|[Tt]rial (?:judge|magistrate)|Justice <P|before (?:Justice|Judge) <P/, presiding)];
