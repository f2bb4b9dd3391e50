// Drug flows: where a substance comes from and which places it crosses.
// "heroin that reaches X originates in A and B and is moved along routes that
// cross C", "methamphetamine from A is trafficked through B into C",
// "shipments of cocaine from the port of A", "X production in A". Each place
// named as an origin or transit point deals in the drug (INVOLVED_WITH).
import { type Rule, type Candidate, M, LIST, candidate, refs, guarded } from './context.js';

const PLACES = `(?:the )?(${LIST('L')})`;
const ORIGIN = new RegExp(`\\b(?:originat\\w*|comes?|came|produced|grown|cultivated|manufactured|made|synthesi[sz]ed|sourced|refined) (?:mainly |mostly |largely |chiefly |primarily |predominantly )?(?:in|from) ${PLACES}`, 'gu');
/** Where the drug was obtained or kept on its way: "was bought in A", "ordered online from B", "stored in C". */
const OBTAINED = new RegExp(`\\b(?:bought|purchased|acquired|obtained|ordered|procured|stored|stockpiled|repackaged) (?:mainly |mostly |largely |online |illegally |probably |allegedly |reportedly )?(?:in|from) ${PLACES}`, 'gu');
const FROM = new RegExp(`(?:^| )from (?:the )?(?:(?:[a-z]+ ){0,2}(?:laboratories|labs|producers|factories|plants|sources) in (?:the )?|(?:${M('D')} )?ports? of )?(${M('L')})(?:, (?<country>${M('L')}),)?((?:,? and from (?:the )?(?:(?:${M('D')} )?ports? of )?${M('L')})*)`, 'gu');
const MOVED = /\b(?:moved|moving|trafficked|smuggled|shipped|transported|transs?hipped|routed|carried|flows?|transits?|passes|passing|funnel+ed|travels?|travelled|crosses|arrived|arrives|arriving|entered|comes|came|coming|driven|flown|sent|delivered|imported|exported)\b/;
const TRANSIT = new RegExp(`\\b(?:through|via|across|transit|transiting|routes? (?:that|which) (?:cross|pass through|run through|transit)) (?:the )?(?:ports? (?:of|in) )?${PLACES}`, 'gu');
/** "cocaine shipments from A, B and C", "hashish (cannabis resin) from A and B": every place of an and-list is a source. */
const FROM_LIST = new RegExp(`^(?: \\([^)]*\\))? (?:(?:shipments|consignments|cargoes|flows|exports|loads) )?from (?:the )?(${M('L')}(?:, (?:the )?${M('L')})*,? and (?:the )?${M('L')})(?! ?[,–-] ?<L)`, 'u');
/** "suppliers in A and B for cocaine": those places supply the drug named after. */
const SUPPLIERS = new RegExp(`\\b(?:suppliers|producers|growers|cartels|manufacturers) in (?:the )?(${LIST('L')}) for (${LIST('S')})`, 'gu');
const ORIGIN_FIELD = new RegExp(`\\b(?:[Oo]rigin|[Ss]ource) of (?:the )?(${LIST('S')}):? (?:the )?(${LIST('L')})`, 'gu');
const INTO = new RegExp(`\\binto ${PLACES}`, 'gu');
/** "was destined for A and B", "bound for the port of X": where the drug was going deals in it too. */
const BOUND = new RegExp(`\\b(?:destined|bound|heading|headed|intended|earmarked) (?:for|to) (?:the )?(?:(?:port|city|island)s? of )?${PLACES}`, 'gu');
/** "shipped from A through B to C": the end of a route that names where it started or passed. */
const ROUTE_TO = new RegExp(`\\b(?:from|through|via) [^;]*?\\bto (?:the )?(?:(?:port|city)s? of )?${PLACES}`, 'u');
const PRODUCTION = new RegExp(`^ (?:production|manufactur(?:e|ing)|cultivation|processing) in ${PLACES}`, 'u');
/** What may stand between a drug and "from": "tablets from", "shipments from". */
const UNIT_FROM = /^ (?:tablets|pills|capsules|bricks|blotters|parcels|packages|powder|shipments|consignments|cargoes|loads|precursors)$/;
/** A drug that "had arrived in A" or "was sent by courier" before its "from". */
const MOVED_FROM = /^ (?:had |has |have |was |were |is |are |been |being )*(?:arrived|sent|shipped|smuggled|imported|moved|transported|flown|driven|trafficked|delivered|brought)\b[^<]{0,20}(?:<L\d+>[^<]{0,12})?$/;
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
    const listed = FROM_LIST.exec(rest);
    if (listed) for (const l of refs(listed[1])) for (const d of drugs) out.push(candidate(view, 'INVOLVED_WITH', l, d, 'drug-from-list', 0.65, { action: 'traffics' }));
    const end = CLAUSE_END.exec(rest);
    const tail = end ? rest.slice(0, end.index) : rest;
    if (tail.length > 220) continue;
    const add = (places: number[], action: string, rule: string, confidence: number) => {
      for (const l of places) for (const d of drugs) if (view.mentions[l]!.kind !== 'demonym') out.push(candidate(view, 'INVOLVED_WITH', l, d, rule, confidence, { action }));
    };
    for (const m of tail.matchAll(ORIGIN)) add(refs(m[1]), 'produces', 'drug-origin', 0.7);
    for (const m of tail.matchAll(OBTAINED)) add(refs(m[1]), 'traffics', 'drug-obtained-in', 0.6);
    // "cocaine from the Brazilian port of Santos and from Guayaquil, Ecuador": the first place of each "from".
    // Right after the drug ("cocaine from Colombia"), or its laboratories; "smuggling X across the border from Y" tells of the smugglers.
    // A unit or a shipment word may come between ("captagon tablets from X", "cocaine shipments from X"), and any
    // "from" of a clause that moves the drug names a source ("had arrived in A from B, C").
    for (const m of tail.matchAll(FROM)) if (m.index === 0 || UNIT_FROM.test(tail.slice(0, m.index)) || /laborator|labs|producers|factories|plants/.test(m[0]) || MOVED_FROM.test(tail.slice(0, m.index))) add([refs(m[1])[0]!, ...refs(m.groups?.country), ...[...(m[3] ?? '').matchAll(/from (?:the )?(?:<D\d+> )?(?:ports? of )?<L(\d+)>/g)].map((x) => Number(x[1]))], 'traffics', 'drug-from', 0.65);
    for (const m of tail.matchAll(BOUND)) add(refs(m[1]), 'traffics', 'drug-bound-for', 0.6);
    if (MOVED.test(tail)) {
      for (const m of tail.matchAll(TRANSIT)) add(refs(m[1]), 'traffics', 'drug-transit', 0.65);
      for (const m of tail.matchAll(INTO)) add(refs(m[1]), 'traffics', 'drug-into', 0.55);
      const to = ROUTE_TO.exec(tail);
      if (to) add(refs(to[1]), 'traffics', 'drug-route-to', 0.55);
    }
  }
  // "Afghan heroin", "Colombian cocaine": the drug is named by the country it comes from ("a British heroin dealer" is not).
  for (const m of t.matchAll(new RegExp(`(${M('D')}) (${LIST('S')})(?! (?:dealers?|traffickers?|smugglers?|users?|addicts?|trade|gangs?|networks?|rings?|boss|bosses|kingpins?|lords?|barons?|brokers?|suspects?))`, 'gu'))) {
    for (const d of refs(m[2])) out.push(candidate(view, 'INVOLVED_WITH', refs(m[1])[0]!, d, 'demonym-drug', 0.55, { action: 'traffics' }));
  }
  // Fact-sheet fields: "Suspected origin of the cocaine: A, B", "Country of origin of the heroin: A".
  for (const m of t.matchAll(ORIGIN_FIELD)) for (const l of refs(m[2])) for (const d of refs(m[1])) out.push(candidate(view, 'INVOLVED_WITH', l, d, 'drug-origin-field', 0.6, { action: 'produces' }));
  for (const m of t.matchAll(SUPPLIERS)) for (const l of refs(m[1])) for (const d of refs(m[2])) out.push(candidate(view, 'INVOLVED_WITH', l, d, 'drug-suppliers-in', 0.6, { action: 'produces' }));
  return out;
};

export const ROUTE_RULES: Rule[] = [guarded(/<S\d+>.*<L\d+>|<D\d+> <S/, flows)];
