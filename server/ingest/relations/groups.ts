// A group introduced without names and named a sentence later: "two Peruvian
// men were charged by Chilean authorities ... The two suspects, A and B, were ...".
// What the first sentence says of the group (nationality, charges, arrests,
// substances) holds for each person the second names.
import { type Rule, type View, type Candidate, M, LIST, refs } from './context.js';

const COUNT = '(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)';
const GROUP_NOUN = '(?:nationals|men|women|suspects|people|citizens|defendants|brothers|sisters|individuals|executives|officials|traffickers|smugglers|fugitives)';
const INTRO = new RegExp(`\\b${COUNT} (?:(${M('D')}) )?(?:[a-z-]+ )?${GROUP_NOUN}\\b`);
const NAMING = new RegExp(`^(?:The|These|Those|Both)(?: ${COUNT})? (?:[a-z-]+ )?(?:suspects|men|women|defendants|pair|nationals|accused|brothers|individuals)(?:[-–,:] ?| (?:are|were|named as|identified as) )(${LIST('P')})`);
const CHARGED = new RegExp(`\\b(?:charged|indicted|sentenced|convicted|prosecuted|accused)\\b[^<.]{0,30}?\\bby (?:the )?(${M('OLD')})|(${M('OLD')})(?: [a-z]+){0,3} (?:has |have |had )?(?:charged|indicted|sentenced|convicted|prosecuted) ${COUNT}`);
const ARRESTED = new RegExp(`\\b(?:arrested|detained|apprehended)\\b (?:in|by) (?:the )?(${M('OLD')})`);

export const groupRule: Rule = (view) => {
  const intro = INTRO.exec(view.template);
  if (!intro || refs(view.template).some((i) => view.mentions[i]!.type === 'Person')) return [];
  for (const next of nextViews(view)) {
    const named = NAMING.exec(next.template);
    if (!named) continue;
    const persons = refs(named[1]).map((i) => next.mentions[i]!.entity);
    const evidence = [{ start: view.sentence.start, end: next.sentence.end }];
    const out: Candidate[] = [];
    const add = (type: Candidate['type'], ref: number, properties?: Record<string, string>) => {
      for (const p of persons) out.push({ type, source: p, target: view.mentions[ref]!.entity, rule: 'group', confidence: 0.6, evidence, properties });
    };
    if (intro[1]) add('NATIONALITY', refs(intro[1])[0]!);
    const charged = CHARGED.exec(view.template);
    if (charged) add('CHARGED_BY', refs(charged[1] ?? charged[2])[0]!);
    const arrested = ARRESTED.exec(view.template);
    if (arrested) add('ARRESTED_BY', refs(arrested[1])[0]!);
    return out;
  }
  return [];
};

/** The next two sentences, across a paragraph break: news puts the names in the following paragraph. */
function nextViews(view: View): View[] {
  const out: View[] = [];
  for (let v = view.following; v && out.length < 2; v = v.following) out.push(v);
  return out;
}
