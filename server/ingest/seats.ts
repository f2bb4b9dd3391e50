// An embassy is named by where it stands: "the Embassy of Portugal in Doha",
// "the U.S. Embassy in Armenia" (annotators keep the place in the name, since
// a country has one embassy per capital). Detection stops the body at its head
// word, so the place is added here; the short form stays an alias ("U.S.
// Embassy"), and the place stays an entity of its own (`names.ts` then reads
// the name's "in X" as where the body is). A court whose name is only generic
// words ("the County Court in X") is one of many alike: annotators mostly keep
// the short name, some the place too, so the longer form becomes its alias.
import type { Sentence } from './sentences.js';
import type { EntityTable, Resolved } from './coref.js';

/** Missions abroad, by their head word: "Embassy", "Consulate General", "High Commission". */
const MISSION = /(?:\bEmbassy|\bConsulate(?: General)?|\bHigh Commission)(?: of (?:the )?[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,3}(?: of [\p{Lu}][\p{L}]*)?)?$/u;

/** "County Court", "High Court", "Magistrates' Court": a court's name that says nothing of where it sits. */
const GENERIC_COURT = /^(?:(?:County|District|City|High|Supreme|Regional|Provincial|Municipal|Sessions|Magistrates'?|Criminal|Special|Military|Federal|Circuit|Superior|Appeals?|Central|Civil|Juvenile|Local|State) ){1,3}Court$/;

export function nameMissionsBySeat(sentences: Sentence[], perSentence: Resolved[][], table: EntityTable): void {
  const named = new Set<number>();
  sentences.forEach((s, k) => {
    const own = perSentence[k]!;
    for (let i = 0; i + 1 < own.length; i++) {
      const m = own[i]!;
      const next = own[i + 1]!;
      const e = table.entities[m.entity]!;
      if (m.type !== 'Organization' || next.type !== 'Location' || named.has(m.entity)) continue;
      const court = GENERIC_COURT.test(e.name);
      if (/ in /.test(e.name) || !(MISSION.test(e.name) || court)) continue;
      const between = s.text.slice(m.end - s.start, next.start - s.start);
      if (!/^ in (?:the )?$/.test(between)) continue;
      named.add(m.entity);
      const seated = `${e.name}${between}${s.text.slice(next.start - s.start, next.end - s.start)}`;
      if (court) { e.aliases.add(seated); continue; }
      e.aliases.add(e.name);
      e.name = seated;
    }
  });
}
