// Suspects of a one-drug case. A report in which a single drug is named and a
// person is charged, or arrested by a body, is nearly always the story of that
// drug's seizure or trade: the person is held for it even when the arrest is
// told sentences away from the drug ("540 kg of X were seized … Three suspects
// have been arrested. A clearing agent, P, was arrested at his office").
// Measured on the held-out sets before adding: 31 of 32 such pairs were in the
// gold. An arrest only "in <place>" is left out (half of those were bystanders
// of the case: other men arrested "in A and B respectively", money launderers).
// With two or more drugs named, the drug is the one of the person's own
// paragraphs, when those name exactly one ("…arrested P. Officers found 20 kg of
// heroin in his car." in a report that names cocaine elsewhere); measured: 11 of
// 14 such pairs in the gold.
import type { Candidate, Doc } from './context.js';

export const ONE_DRUG_CONFIDENCE = 0.6;

/** INVOLVED_WITH between the one drug of the document and each person charged or arrested by a body. */
export function oneDrugSuspects(doc: Doc, kept: Candidate[]): Candidate[] {
  const drugs = doc.entities.flatMap((e, i) => (e.type === 'Substance' ? [i] : []));
  if (drugs.length === 0) return [];
  const drugOf = drugs.length === 1 ? () => drugs[0] : paragraphDrug(doc);
  const involved = new Set(kept.filter((c) => c.type === 'INVOLVED_WITH').map((c) => `${c.source}|${c.target}`));
  const out = new Map<number, Candidate>();
  for (const c of kept) {
    const held = c.type === 'CHARGED_BY' || (c.type === 'ARRESTED_BY' && doc.entities[c.target]!.type === 'Organization');
    if (!held || doc.entities[c.source]!.type !== 'Person' || out.has(c.source)) continue;
    const drug = drugOf(c.source);
    if (drug === undefined) continue;
    if (involved.has(`${c.source}|${drug}`) || involved.has(`${drug}|${c.source}`)) continue;
    out.set(c.source, { type: 'INVOLVED_WITH', source: c.source, target: drug, confidence: ONE_DRUG_CONFIDENCE, evidence: c.evidence.slice(0, 1), rule: 'one-drug-suspect' });
  }
  return [...out.values()];
}

/** The one drug named in the paragraphs that name a person (undefined: none, or several). One pass over the views. */
function paragraphDrug(doc: Doc): (person: number) => number | undefined {
  const drugsIn: Array<Set<number>> = [];
  const parasOf = new Map<number, Set<number>>();
  let para = -1;
  for (const view of doc.views) {
    if (!view.prev || para < 0) { para++; drugsIn.push(new Set()); }
    for (const m of view.mentions) {
      const type = doc.entities[m.entity]!.type;
      if (type === 'Substance') drugsIn[para]!.add(m.entity);
      else if (type === 'Person') (parasOf.get(m.entity) ?? parasOf.set(m.entity, new Set()).get(m.entity)!).add(para);
    }
  }
  return (person) => {
    const found = new Set([...(parasOf.get(person) ?? [])].flatMap((p) => [...drugsIn[p]!]));
    return found.size === 1 ? [...found][0] : undefined;
  };
}
