// Runs every relation rule over the sentence views, keeps what the ontology
// allows between the two entity types, and merges duplicates (evidence united,
// highest confidence kept).
import { allowsEndpoints, RELATION_META } from '../../ontology/index.js';
import type { Candidate, Doc, Rule } from './context.js';
import { POSITION_RULES } from './positions.js';
import { STRUCTURE_RULES } from './structure.js';
import { INTERACTION_RULES } from './interaction.js';
import { LEGAL_RULES } from './legal.js';
import { nameRelations } from './names.js';
import { groupRule } from './groups.js';
import { FACT_SHEET_RULES } from './factsheet.js';
import { APPOSITION_RULES } from './appositions.js';
import { ROUTE_RULES } from './routes.js';
import { EVENT_RULES } from './events.js';
import { TAKERS_RULES } from './takers.js';
import { CUSTODY_RULES } from './custody.js';
import { GATHERING_RULES } from './gatherings.js';
import { ROLE_RULES } from './roles.js';
import { ROSTER_RULES } from './rosters.js';
import { SUPPORT_RULES } from './support.js';
import { JOINT_RULES } from './joint.js';
import { THANKS_RULES } from './thanks.js';
import { SUSPECT_RULES } from './suspects.js';
import { MEMBERSHIP_RULES } from './membership.js';
import { LIAISON_RULES } from './liaison.js';
import { PARTNER_RULES } from './partners.js';
import { CAPTOR_RULES } from './captors.js';
import { OPERATOR_RULES } from './operators.js';
import { ENVOY_RULES } from './envoys.js';
import { DISTRICT_RULES } from './districts.js';
import { COURT_RULES } from './courts.js';
import { DETENTION_RULES } from './detention.js';
import { COUNTED_RULES } from './counted.js';
import { SIGNATURE_RULES } from './signatures.js';
import { NATIONAL_RULES } from './nationals.js';
import { CHANNEL_RULES } from './channels.js';
import { CARRIER_RULES } from './carriers.js';
import { OWNER_RULES } from './owners.js';
import { ORGANISER_RULES } from './organisers.js';
import { SIGNATORY_RULES } from './signatories.js';
import { prosecutedBy } from './prosecutors.js';
import { agreedSides } from './agreements.js';
import { BACKING_RULES } from './backing.js';
import { RESULT_RULES } from './results.js';
import { postsByField } from './wordposts.js';
import { VENUE_RULES } from './venues.js';
import { colleagues } from './colleagues.js';
import { FOUNDER_RULES } from './founders.js';
import { ARREST_SITE_RULES } from './arrestsites.js';
import { BENCH_RULES } from './benches.js';
import { HEADQUARTERS_RULES } from './headquarters.js';
import { DONOR_RULES } from './donors.js';
import { SAYER_RULES } from './sayers.js';
import { ORIGIN_RULES } from './origins.js';
import { fallbackRule } from './fallback.js';
import { handovers } from './handovers.js';
import { oneDrugSuspects } from './onedrug.js';
import { COUNTRY_NAMES, escapeRegExp } from '../lookup.js';
import { DIVISIONS } from '../gazetteer/divisions.js';

/** Every sentence-level rule, in the order they run. */
export const RULES: Rule[] = [...POSITION_RULES, ...STRUCTURE_RULES, ...INTERACTION_RULES, ...LEGAL_RULES, groupRule, ...FACT_SHEET_RULES, ...APPOSITION_RULES, ...ROUTE_RULES, ...EVENT_RULES, ...TAKERS_RULES, ...CUSTODY_RULES, ...GATHERING_RULES, ...ROLE_RULES, ...ROSTER_RULES, ...SUPPORT_RULES, ...JOINT_RULES, ...THANKS_RULES, ...SUSPECT_RULES, ...MEMBERSHIP_RULES, ...LIAISON_RULES, ...PARTNER_RULES, ...CAPTOR_RULES, ...OPERATOR_RULES, ...ENVOY_RULES, ...DISTRICT_RULES, ...COURT_RULES, ...DETENTION_RULES, ...COUNTED_RULES, ...SIGNATURE_RULES, ...NATIONAL_RULES, ...CHANNEL_RULES, ...CARRIER_RULES, ...ARREST_SITE_RULES, ...OWNER_RULES, ...ORGANISER_RULES, ...SIGNATORY_RULES, ...FOUNDER_RULES, ...BACKING_RULES, ...RESULT_RULES, ...VENUE_RULES, ...BENCH_RULES, ...HEADQUARTERS_RULES, ...DONOR_RULES, ...SAYER_RULES, ...ORIGIN_RULES];

export const RELATION_DEFAULTS = {
  /** Evidence spans kept per relation: enough to show it is stated more than once. */
  maxEvidence: 3,
  /** Each extra sentence stating the same fact raises confidence by this much, up to 0.95. */
  corroborationBonus: 0.05,
};

export function extractRelations(doc: Doc): Candidate[] {
  const all: Candidate[] = [];
  for (const view of doc.views) {
    // A sentence without mentions states nothing (a lone mention may still pair with a named body:
    // "Interior Minister X" and the ministry named earlier, or with the next sentence).
    if (view.mentions.length === 0) continue;
    for (const rule of RULES) all.push(...rule(view, doc));
  }
  all.push(...nameRelations(doc));
  const kept = all.filter((c) => allowed(doc, c));
  // Last, so every rule wins: the generic fallback only guesses for pairs no rule related.
  const related = new Set(kept.flatMap((c) => [`${c.source}|${c.target}`, `${c.target}|${c.source}`]));
  for (const view of doc.views) if (view.mentions.length > 1) kept.push(...fallbackRule(view, doc, related).filter((c) => allowed(doc, c)));
  // After every rule, since they read the arrests and charges the rules found.
  kept.push(...prosecutedBy(doc, kept).filter((c) => allowed(doc, c)));
  kept.push(...oneDrugSuspects(doc, kept).filter((c) => allowed(doc, c)));
  kept.push(...agreedSides(doc, kept).filter((c) => allowed(doc, c)));
  kept.push(...postsByField(doc, kept).filter((c) => allowed(doc, c)));
  kept.push(...colleagues(doc, kept).filter((c) => allowed(doc, c)));
  kept.push(...handovers(doc, kept).filter((c) => allowed(doc, c)));
  return merge(subdivisions(doc, kept));
}

/**
 * A city or region of a country is a subdivision of it (the contract's PART_OF between locations). What stays
 * LOCATED_IN: a building or site ("the State Palace in X", "the X Complex in Y"), a place within a state or
 * province ("Chula Vista, California"; a district or port within a city is PART_OF it), and a dateline alone ("LYON, France –" says where a story was filed, not
 * what the city belongs to); a pair stated both ways gets one type.
 */
const SITE = /\b(?:palace|house|prison|jail|hotel|hall|building|guesthouse|stadium|embassy|residence|museum|complex|cent(?:re|er)|base|headquarters|campus)\b/i;
function subdivisions(doc: Doc, candidates: Candidate[]): Candidate[] {
  const isSubdivision = (c: Candidate) => {
    const [inner, outer] = [doc.entities[c.source]!, doc.entities[c.target]!];
    return c.type === 'LOCATED_IN' && inner.type === 'Location' && outer.type === 'Location'
      && !COUNTRY_NAMES.has(inner.name) && !SITE.test(inner.name) && (COUNTRY_NAMES.has(outer.name) || (!isRegion(doc, outer.name) && !isRegion(doc, inner.name)));
  };
  const pairs = new Set(candidates.filter((c) => isSubdivision(c) && c.rule !== 'dateline-place').map((c) => `${c.source}|${c.target}`));
  const typed = candidates.map((c) => (isSubdivision(c) && pairs.has(`${c.source}|${c.target}`) ? { ...c, type: 'PART_OF' as const } : c));
  // A place some rule read as a subdivision ("Vigo, in the province of Pontevedra") is not also merely located there.
  const parts = new Set(typed.filter((c) => c.type === 'PART_OF' && doc.entities[c.source]!.type === 'Location').map((c) => `${c.source}|${c.target}`));
  return typed.filter((c) => !(c.type === 'LOCATED_IN' && doc.entities[c.source]!.type === 'Location' && parts.has(`${c.source}|${c.target}`)));
}

// A district, port or suburb within a town or city is a part of it (what recent annotation says), while a
// place within a state or region ("in Ostra province", "in Ohio", "the X region of Y") keeps LOCATED_IN.
const UNIT_WORD = /\b(?:State|Province|Region|Prefecture|Oblast|County|Territory|Department|Governorate|Island|Islands)\b/;
const UNIT = '(?:state|province|region|prefecture|oblast|county|territory|department)';
/** Named as a state or region: listed as one, a unit word in the name, or "X province" / "the region of X" / "an island of X" in the text. */
function isRegion(doc: Doc, name: string): boolean {
  if (DIVISIONS.has(name) || UNIT_WORD.test(name)) return true;
  const n = escapeRegExp(name);
  return new RegExp(`${n}\\s+${UNIT}\\b|\\b(?:${UNIT}|island) of (?:the )?${n}`, 'i').test(doc.text);
}

/** Courts and prosecution services try and charge people: "the X District Court convicted him of importing cocaine" does not deal in the drug. */
const JUDICIAL = /\b(?:Court|Courts|Tribunal|Prosecutors?|Prosecution|Prosecutor's|Prosecutors')\b/;

function allowed(doc: Doc, c: Candidate): boolean {
  if (c.source === c.target) return false;
  const from = doc.entities[c.source]!.type;
  const to = doc.entities[c.target]!.type;
  if (c.type === 'INVOLVED_WITH' && from === 'Organization' && to === 'Substance' && JUDICIAL.test(doc.entities[c.source]!.name)) return false;
  return allowsEndpoints(c.type, from, to);
}

function merge(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const [a, b] = RELATION_META[c.type].symmetric && c.source > c.target ? [c.target, c.source] : [c.source, c.target];
    const key = `${c.type}|${a}|${b}`;
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, { ...c, source: a, target: b, evidence: [...c.evidence], properties: c.properties ? { ...c.properties } : undefined }); continue; }
    const known = new Set(prev.evidence.map((e) => `${e.start}:${e.end}`));
    const fresh = c.evidence.filter((e) => !known.has(`${e.start}:${e.end}`));
    if (fresh.length) prev.confidence = Math.min(0.95, Math.max(prev.confidence, c.confidence) + RELATION_DEFAULTS.corroborationBonus);
    else prev.confidence = Math.max(prev.confidence, c.confidence);
    prev.evidence.push(...fresh.slice(0, Math.max(0, RELATION_DEFAULTS.maxEvidence - prev.evidence.length)));
    // Properties fill gaps only when both statements describe the same post (or the first names none).
    if (c.properties && (!prev.properties?.role || !c.properties.role || prev.properties.role === c.properties.role)) {
      prev.properties = { ...c.properties, ...prev.properties };
    }
  }
  return [...byKey.values()];
}
