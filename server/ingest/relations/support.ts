// Cooperation stated as help between bodies rather than as "cooperation":
// "with the support of X", "funded by X and Y", "with funding from X",
// "trained by X", "exchanges data daily with X", "works alongside X",
// "signed a memorandum with X", "coordinated with X". The helper and the body
// helped (the sentence's first body or place before the cue) cooperate.
import { type Rule, type Candidate, type View, M, LIST_THE, candidate, matchAll, refs, guarded } from './context.js';

const BODY = M('OLD');
const CUE = [
  'with the (?:support|help|assistance|backing|cooperation|co-operation) of',
  'with (?:support|help|assistance|funding|financing|equipment|training) from',
  '(?:funded|financed|paid for|sponsored|equipped|trained|supported|assisted) (?:jointly |partly |largely )?by',
  '(?:exchang|shar)\\w* (?:[a-z-]+ ){0,3}(?:with)',
  '(?:works?|worked|working) (?:closely |daily |side by side )?alongside',
  'signed (?:an? |the )?(?:[a-z-]+ ){0,2}(?:memorandum|agreement|protocol|letter|accord)(?: of (?:understanding|intent))?(?: [a-z ]{0,30})? with',
  '(?:coordinated|carried out|conducted) (?:jointly |together )?with',
].join('|');

/**
 * What the helper helps: the first body the sentence names before `at`, or a place that is the
 * sentence's subject ("Cabo Verde has received …"; not a dateline or a place named in passing).
 */
function helped(view: View, at: number): number | undefined {
  const before = view.template.slice(0, at);
  const subject = /^(?:[A-Z][a-z]+ )?<L(\d+)>(?:'s)? [a-z]/.exec(before);
  if (subject) return Number(subject[1]);
  return refs(before).find((i) => view.mentions[i]!.type === 'Organization');
}

const support: Rule = (view) => matchAll(view, new RegExp(`\\b(?:${CUE}) (?:the )?(?:[a-z]+ )?(${LIST_THE('OLD')})`, 'gu'), (m) => {
  const subject = helped(view, m.index);
  if (subject === undefined) return null;
  const out: Candidate[] = [];
  for (const p of refs(m[1])) {
    const partner = view.mentions[p]!;
    if (partner.kind === 'demonym' || partner.entity === view.mentions[subject]!.entity) continue;
    out.push(candidate(view, 'COOPERATES_WITH', subject, p, 'support', 0.6));
  }
  return out;
});

export const SUPPORT_RULES: Rule[] = [guarded(new RegExp(`\\b(?:${CUE}) (?:the )?(?:[a-z]+ )?${BODY}`), support)];
