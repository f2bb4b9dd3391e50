// Places inside places named by their administrative unit: "in Mae Sai
// district, Chiang Rai" (a district of the province after the comma), "around
// Vittoria, in the province of Ragusa", "near Odemira in Portugal's Alentejo
// region". The first place is PART_OF the unit that holds it. The unit word is
// what makes the pair a subdivision; a bare "A, B" is mostly a list of places,
// and the fallback measured it as more false than true.
import { type Rule, type View, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

const UNIT = '(?:district|province|region|county|municipality|prefecture|state|department|governorate|commune|oblast|canton)';

function within(view: View, inner: string | undefined, outer: string | undefined, rule: string): Candidate | null {
  const [a] = refs(inner);
  const [b] = refs(outer);
  if (a === undefined || b === undefined || view.mentions[a]!.entity === view.mentions[b]!.entity) return null;
  return candidate(view, 'PART_OF', a, b, rule, 0.65);
}

/** "in Mae Sai district, Chiang Rai": the district named with its unit word, then the place that holds it. */
const unitThenPlace: Rule = (view) => matchAll(view, new RegExp(`(${M('L')}) ${UNIT}, (${M('L')})`, 'gu'),
  (m) => within(view, m[1], m[2], 'district-comma'));

/** "around Vittoria, in the province of Ragusa", "Pichi, in the Cusco region". */
const inTheUnitOf: Rule = (view) => matchAll(view, new RegExp(`(${M('L')}),? in the (?:${UNIT} of (${M('L')})|(${M('L')}) ${UNIT}\\b)`, 'gu'),
  (m) => within(view, m[1], m[2] ?? m[3], 'in-the-unit-of'));

/**
 * "near Odemira in Portugal's Beja district": the town is in the district (its country is read elsewhere).
 * Without the unit word ("in Portugal's Alentejo") it was measured worse: often a city, not a holder.
 */
const ownedUnit: Rule = (view) => matchAll(view, new RegExp(`(${M('L')}),? in ${M('L')}'s (${M('L')}) ${UNIT}\\b`, 'gu'),
  (m) => within(view, m[1], m[2], 'owned-unit'));

export const DISTRICT_RULES: Rule[] = [guarded(new RegExp(`<L\\d+>(?:'s <L\\d+>)? ${UNIT}\\b|\\b${UNIT} of <L`), (view, doc) => [...unitThenPlace(view, doc), ...inTheUnitOf(view, doc), ...ownedUnit(view, doc)])];
