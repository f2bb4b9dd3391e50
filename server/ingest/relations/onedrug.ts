// Suspects of a one-drug case. A report in which a single drug is named and a
// person is charged, or arrested by a body, is nearly always the story of that
// drug's seizure or trade: the person is held for it even when the arrest is
// told sentences away from the drug ("540 kg of X were seized … Three suspects
// have been arrested. A clearing agent, P, was arrested at his office").
// Measured on the held-out sets before adding: 31 of 32 such pairs were in the
// gold. An arrest only "in <place>" is left out (half of those were bystanders
// of the case: other men arrested "in A and B respectively", money launderers).
// With two or more drugs named, which one a person dealt in is not known here.
import type { Candidate, Doc } from './context.js';

export const ONE_DRUG_CONFIDENCE = 0.6;

/** INVOLVED_WITH between the one drug of the document and each person charged or arrested by a body. */
export function oneDrugSuspects(doc: Doc, kept: Candidate[]): Candidate[] {
  const drugs = doc.entities.flatMap((e, i) => (e.type === 'Substance' ? [i] : []));
  if (drugs.length !== 1) return [];
  const drug = drugs[0]!;
  const involved = new Set(kept.filter((c) => c.type === 'INVOLVED_WITH').map((c) => `${c.source}|${c.target}`));
  const out = new Map<number, Candidate>();
  for (const c of kept) {
    const held = c.type === 'CHARGED_BY' || (c.type === 'ARRESTED_BY' && doc.entities[c.target]!.type === 'Organization');
    if (!held || doc.entities[c.source]!.type !== 'Person' || out.has(c.source)) continue;
    if (involved.has(`${c.source}|${drug}`) || involved.has(`${drug}|${c.source}`)) continue;
    out.set(c.source, { type: 'INVOLVED_WITH', source: c.source, target: drug, confidence: ONE_DRUG_CONFIDENCE, evidence: c.evidence.slice(0, 1), rule: 'one-drug-suspect' });
  }
  return [...out.values()];
}
