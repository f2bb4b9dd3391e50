// Where a seized load came from when the sentence names the thing that carried
// it rather than the drug: "The container had been shipped from A in B via C",
// "a crate that had been shipped from A and transshipped at B", "The boat,
// which had left A in B, …", "Most of the parcels had been posted in A and B".
// Each place of the load's way out (its origin and the ports it passed, with
// the region or country given after a city) deals in the drug carried
// (INVOLVED_WITH): the drug of the same sentence, else of the sentence before
// or after in the paragraph, else the one drug the document names. Where the load was going ("to", "for", "into")
// or where it "arrived in" is left out: that is where it was found.
import { type Rule, type View, type Candidate, refs } from './context.js';

/** Things that carry a load. */
const CARRIER = '(?:containers?|shipments?|consignments?|cargo(?:es)?|parcels?|packages?|crates|cartons|boxes|vessel|boat|ship|dhow|trawler|yacht|speedboat|truck|lorry|trailer|load|drugs|tablets|pills)';
/** The verb of a load leaving or passing a place, and the word that introduces the place. */
const MOVE = '(?:(?:was|were|had been|has been|have been|had|having been) )?(?:(?:originally|first|then|later) )?(?:shipped|sent|posted|mailed|loaded|dispatched|exported|flown|trucked|driven|transs?hipped|left|departed|sailed|arrived)';
const CLAUSE = new RegExp(`\\b${CARRIER}\\b((?:[^<;.]|<[LSDX]\\d+>){0,80}?)\\b(${MOVE})\\b([^;]{0,200})`, 'gu');
/** Where the clause about the load's way ends: its destination, its finding, another clause. */
const STOP = /\b(?:to|for|into|towards|before|when|where|after|until|bound|destined|heading|and was|and were|and is|and are|but|according)\b|[;:]|, (?:which|who|and the|the)\b/;

/** The places of the load's way: after "from", "via", "through", "at", "in", "left", and a place right after one of them. */
function wayPlaces(view: View, verb: string, rest: string): number[] {
  const stop = STOP.exec(rest);
  const way = stop ? rest.slice(0, stop.index) : rest;
  const out: number[] = [];
  // "left A", "departed A": the place follows the verb directly.
  const direct = /\b(?:left|departed|sailed)$/.test(verb);
  const pattern = new RegExp(`(?:^ |\\b(?:from|via|through|out of|at|in)(?: the)?(?: (?:port|ports|city|town|island|airport) of)? )(<L\\d+>)((?:(?:,| in| and)(?: the)? <L\\d+>)*)`, 'gu');
  for (const m of way.matchAll(pattern)) {
    if (m.index === 0 && !direct && m[0].startsWith(' ')) continue;
    // "arrived in A": where the load ended up, not its way.
    if (/^arrived|^(?:was|were|had been|has been|have been|had) arrived/.test(verb) && /^ ?(?:in|at)\b/.test(way.slice(m.index).trim()) && !out.length) continue;
    out.push(...refs(m[1]), ...refs(m[2]));
  }
  return out.filter((l) => view.mentions[l]!.type === 'Location' && view.mentions[l]!.kind !== 'demonym');
}

const drugsOf = (view: View | undefined) => (view ? refs(view.template).filter((i) => view.mentions[i]!.type === 'Substance') : []);

const carried: Rule = (view, doc) => {
  const out: Candidate[] = [];
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(view.template); m; m = CLAUSE.exec(view.template)) {
    // "The boat, which had left A": a relative may stand between the carrier and its verb; another verb may not.
    // Try again from the next carrier word: "The drugs were found in a container that had been shipped from A".
    if (/\b(?:is|are|said|says|seized|found|stopped|intercepted|boarded|hidden|concealed|packed)\b/.test(m[1]!)) {
      CLAUSE.lastIndex = m.index + 1;
      continue;
    }
    const places = wayPlaces(view, m[2]!, m[3]!);
    if (!places.length) continue;
    // The drug of this sentence, else of the sentence before or after in the paragraph.
    // Failing those, the one drug the document names ("The tablets …" opening a paragraph).
    const from = [view, view.prev, view.next].find((v) => drugsOf(v).length);
    const only = doc.entities.filter((e) => e.type === 'Substance' && !e.weak);
    if (!from && only.length !== 1) continue;
    const drugs = from ? [...new Set(drugsOf(from).map((d) => from.mentions[d]!.entity))] : [only[0]!.index];
    // A sentence about several loads of different drugs says too little about which came from where.
    if (drugs.length > 3) continue;
    const evidence = from ? [{ start: Math.min(view.sentence.start, from.sentence.start), end: Math.max(view.sentence.end, from.sentence.end) }] : [{ start: view.sentence.start, end: view.sentence.end }];
    for (const l of new Set(places.map((p) => view.mentions[p]!.entity))) {
      for (const d of drugs) out.push({ type: 'INVOLVED_WITH', source: l, target: d, rule: 'carrier-from', confidence: 0.55, properties: { action: 'traffics' }, evidence });
    }
  }
  return out;
};

const HAS_CARRIER = new RegExp(`\\b${CARRIER}\\b`);
const HAS_MOVE = /\b(?:shipped|sent|posted|mailed|loaded|dispatched|exported|flown|trucked|driven|transs?hipped|left|departed|sailed|arrived)\b/;
export const CARRIER_RULES: Rule[] = [(view, doc) => (view.template.includes('<L') && HAS_MOVE.test(view.template) && HAS_CARRIER.test(view.template) ? carried(view, doc) : [])];
