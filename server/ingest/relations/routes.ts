// Drug flows: where a substance comes from and which places it crosses.
// "heroin that reaches X originates in A and B and is moved along routes that
// cross C", "methamphetamine from A is trafficked through B into C",
// "shipments of cocaine from the port of A", "X production in A". Each place
// named as an origin or transit point deals in the drug (INVOLVED_WITH).
import { type Rule, type Candidate, M, LIST, candidate, refs, guarded } from './context.js';

const PLACES = `(?:the )?(${LIST('L')})`;
const ORIGIN = new RegExp(`\\b(?:originat\\w*|comes?|came|produced|grown|cultivated|manufactured|made|synthesi[sz]ed|sourced|refined) (?:mainly |mostly |largely |chiefly |primarily |predominantly )?(?:in|from) ${PLACES}`, 'gu');
const FROM = new RegExp(`(?:^| )from (?:the )?(?:(?:[a-z]+ ){0,2}(?:laboratories|labs|producers|factories|plants|sources) in (?:the )?|(?:${M('D')} )?ports? of )?(${M('L')})((?:,? and from (?:the )?(?:(?:${M('D')} )?ports? of )?${M('L')})*)`, 'gu');
const MOVED = /\b(?:moved|trafficked|smuggled|shipped|transported|routed|carried|flows?|transits?|passes|passing|funnel+ed|travels?|crosses)\b/;
const TRANSIT = new RegExp(`\\b(?:through|via|across|transiting|routes? (?:that|which) (?:cross|pass through|run through|transit)) ${PLACES}`, 'gu');
const INTO = new RegExp(`\\binto ${PLACES}`, 'gu');
const PRODUCTION = new RegExp(`^ (?:production|manufactur(?:e|ing)|cultivation|processing) in ${PLACES}`, 'u');
/** Where the clause that has the substance as subject ends. */
const CLAUSE_END = /, (?:while|whereas|but|where|which|who)\b|;|, according to\b|\bwhile\b|<S\d+>/;

const flows: Rule = (view) => {
  const out: Candidate[] = [];
  const t = view.template;
  for (const s of t.matchAll(new RegExp(LIST('S'), 'gu'))) {
    const drugs = refs(s[0]);
    const rest = t.slice(s.index + s[0].length);
    const production = PRODUCTION.exec(rest);
    if (production) {
      for (const l of refs(production[1])) for (const d of drugs) out.push(candidate(view, 'INVOLVED_WITH', l, d, 'drug-production-in', 0.65, { action: 'produces' }));
      continue;
    }
    const end = CLAUSE_END.exec(rest);
    const tail = end ? rest.slice(0, end.index) : rest;
    if (tail.length > 220) continue;
    const add = (places: number[], action: string, rule: string, confidence: number) => {
      for (const l of places) for (const d of drugs) if (view.mentions[l]!.kind !== 'demonym') out.push(candidate(view, 'INVOLVED_WITH', l, d, rule, confidence, { action }));
    };
    for (const m of tail.matchAll(ORIGIN)) add(refs(m[1]), 'produces', 'drug-origin', 0.7);
    // "cocaine from the Brazilian port of Santos and from Guayaquil, Ecuador": the first place of each "from".
    // Right after the drug ("cocaine from Colombia"), or its laboratories; "smuggling X across the border from Y" tells of the smugglers.
    for (const m of tail.matchAll(FROM)) if (m.index === 0 || /laborator|labs|producers|factories|plants/.test(m[0])) add([refs(m[1])[0]!, ...[...(m[2] ?? '').matchAll(/from (?:the )?(?:<D\d+> )?(?:ports? of )?<L(\d+)>/g)].map((x) => Number(x[1]))], 'traffics', 'drug-from', 0.65);
    if (MOVED.test(tail)) {
      for (const m of tail.matchAll(TRANSIT)) add(refs(m[1]), 'traffics', 'drug-transit', 0.65);
      for (const m of tail.matchAll(INTO)) add(refs(m[1]), 'traffics', 'drug-into', 0.55);
    }
  }
  return out;
};

export const ROUTE_RULES: Rule[] = [guarded(/<S\d+>.*<L\d+>/, flows)];
