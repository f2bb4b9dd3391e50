// Where a seized load came from, told by the thing it was hidden in: "found 12
// kilograms of X in a shipment of dried fruit from A", "seized pills hidden in
// a truck from A", "on boats coming from A", "in a container from A". The
// place deals in the drugs of the seizure (INVOLVED_WITH), as other origins do
// in routes.ts (a country after the city is not read: annotators left it out). Only a carrier
// noun before "from": "a man from A" or "officers from A" say nothing of a load.
import { type Rule, M, LIST, candidate, guarded, refs } from './context.js';

const CARRIER = '(?:shipment|consignment|container|truck|lorry|parcel|package|flight|bus|vessel|boat|car|cargo|van|trailer|suitcase)s?';
const ORIGIN = new RegExp(`(${LIST('S')})\\)?(?: (?:pills|tablets|powder|capsules))?[^<;]{0,40}?\\b(?:in|inside|aboard|on) (?:a |an |the )?(?:[a-z-]+ ){0,2}${CARRIER}(?: of [a-z -]{1,30}?)? (?:(?:arriving|coming|travelling|traveling|sent|shipped) )?from (?:the )?(?:port of )?(${M('L')})`, 'gu');

const origins: Rule = (view) => {
  const out = [];
  for (const m of view.template.matchAll(ORIGIN)) {
    const drugs = refs(m[1]).filter((d) => view.mentions[d]!.type === 'Substance');
    for (const place of refs(m[2])) for (const d of drugs) out.push(candidate(view, 'INVOLVED_WITH', place, d, 'carrier-origin', 0.6));
  }
  return out;
};

export const ORIGIN_RULES: Rule[] = [guarded(/<S\d+>[^]*\bfrom (?:the )?(?:port of )?<L/, origins)];
