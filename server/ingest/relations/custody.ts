// Custody and trial stated without "arrested by" or "charged by": a suspect
// "handed over to" a police body (who then hold him), "handed to prosecutors
// of" a body (who bring the case), "will be tried in" a country, "charged
// before" a court.
import { type Rule, type Candidate, M, candidate, guarded, matchAll, refs, dateIn, type View } from './context.js';
import { passiveSubjects, emit } from './legal.js';

const dateProps = (view: View) => { const d = dateIn(view.sentence.text); return d ? { date: d } : undefined; };
/**
 * "the Ruritanian State Police", "Thailand's Narcotics Suppression Bureau", "the X Police Service's Drug Enforcement
 * Department": an optional owner or adjective before the body; an owning body leaves the unit as the receiver.
 */
const BODY = `(?:the )?(?:${M('L')}'s |<O\\d+>'s |<D\\d+> |\\p{Lu}\\p{Ll}+ )?(${M('O')})`;

/** "X was handed over to the Y": the receiving police body holds X; "handed to prosecutors of the Y": Y brings the case. */
const handedOver: Rule = (view) => matchAll(view,
  new RegExp(`\\b(?:was|were|had been|has been|have been|being|and)(?: then| later| subsequently| immediately)? (?:handed|turned|surrendered)(?: over)? to (prosecutors (?:of|from|at) )?${BODY}`, 'gu'),
  (m) => {
    const subjects = passiveSubjects(view, m.index);
    const target = refs(m[2])[0]!;
    return emit(view, m[1] ? 'CHARGED_BY' : 'ARRESTED_BY', subjects, target, m[1] ? 'handed-to-prosecutors' : 'handed-over', dateProps(view));
  });

/** "X will be tried in Laos", "X was prosecuted in Spain", "X has also been charged in Spain": the country tries X. */
const triedIn: Rule = (view) => matchAll(view,
  new RegExp(`\\b(?:will be|would be|is to be|is due to be|was|were|to be|(?:has|have|had)(?: also| since| now| already)? been) (?:tried|prosecuted|put on trial|charged|indicted) in (?:the )?(${M('L')})(?!'s)`, 'gu'),
  // A charge still to come ("is expected to be charged in X") is not one yet; a trial to come is already decided.
  (m) => (/\b(?:to|will|would) be (?:charged|indicted)/.test(m[0]) ? null : emit(view, 'CHARGED_BY', passiveSubjects(view, m.index), refs(m[1])[0]!, 'tried-in', dateProps(view))));

/**
 * "X has been charged before the Y Court", "X appeared before the Y Court", "They were arraigned at the Y Law
 * Courts", "X was brought before a judge of the Y Court": the court tries X.
 */
const chargedBefore: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\b(?:(?:has been|have been|was|were|is|are|had been|and) (?:formally |later |then |also )?(?:charged|indicted|arraigned|tried|prosecuted|brought|produced|presented)|(?:appeared|appears|appear|will appear|are due to appear|is due to appear)) (?:on [^<.]{1,25}? )?(?:before|at|in) (?:the |a )?(?:(?:judge|magistrate|special sitting|hearing)s? (?:of|at) (?:the )?)?(${M('O')})`, 'gu'),
  (m) => {
    const court = refs(m[1])[0]!;
    if (!/\b(?:court|tribunal|magistrate|judge)/i.test(doc.entities[view.mentions[court]!.entity]!.name)) return null;
    return emit(view, 'CHARGED_BY', passiveSubjects(view, m.index), court, 'charged-before', dateProps(view));
  });

/** "X was remanded to Y prison", "… and remanded to the Department of Correctional Services": Y holds X. */
const remanded: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\b(?:was|were|has been|have been|had been|and) (?:later |then |also )?remanded (?:in custody )?(?:to|at|in) (?:the )?(${M('OL')})`, 'gu'),
  (m) => {
    const holder = refs(m[1])[0]!;
    if (!/\b(?:prison|jail|correction|detention|remand|custody|penitentiary|police)/i.test(doc.entities[view.mentions[holder]!.entity]!.name)) return null;
    return emit(view, 'ARRESTED_BY', passiveSubjects(view, m.index), holder, 'remanded-to', dateProps(view));
  });

/** "… and remanded in custody by the X Magistrates' Court": the court holds the person. */
const remandedBy: Rule = (view) => matchAll(view,
  new RegExp(`\\b(?:was|were|has been|have been|had been|and) (?:later |then |also )?(?:remanded|placed|held) (?:in (?:pre-trial |preventive )?(?:custody|detention) )?by (?:the )?(${M('O')})`, 'gu'),
  (m) => {
    // "charged by X and remanded in custody by Y": the subject of the first verb.
    const at = m[0].startsWith('and') ? /\b(?:was|were|has|have|had)\b/.exec(view.template)?.index ?? m.index : m.index;
    return emit(view, 'ARRESTED_BY', passiveSubjects(view, at), refs(m[1])[0]!, 'remanded-by', dateProps(view));
  });

/** "Three people were arrested: A, in X; B, in Y; and C, who …": each named person and the place after them. */
const arrestRoll: Rule = (view) => {
  const head = /\b(?:were|was|have been|had been) (?:arrested|detained): /.exec(view.template);
  if (!head) return [];
  const out: Candidate[] = [];
  for (const item of view.template.slice(head.index + head[0].length).split('; ')) {
    const m = new RegExp(`(${M('P')})(?:, \\d{1,3})?, (?:in|at) (?:the )?(${M('L')})(?=[,.;]|$| and\\b)`, 'u').exec(item);
    if (m) out.push(candidate(view, 'ARRESTED_BY', refs(m[1])[0]!, refs(m[2])[0]!, 'arrest-roll', 0.65));
  }
  return out;
};

export const CUSTODY_RULES: Rule[] = [
  guarded(/\b(?:remanded|placed|held) (?:in [a-z -]+ )?by\b/, remandedBy), guarded(/\b(?:arrested|detained): /, arrestRoll),
  guarded(/\bremanded\b/, remanded),
  guarded(/\b(?:handed|turned|surrendered)(?: over)? to\b/, handedOver),
  guarded(/\b(?:tried|prosecuted|put on trial|charged|indicted) in <L/, triedIn),
  guarded(/\b(?:before|at|in) (?:the |a )?(?:[a-z]+ (?:of|at) (?:the )?)?<O/, chargedBefore),
];
