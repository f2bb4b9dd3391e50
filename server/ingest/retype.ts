// What a sentence says of a name can overrule its head word: "Mongolia is a
// member of the Asian Forum on Drug Control" makes the forum a body (things
// with members are organizations), not a meeting or a programme.
import type { Sentence } from './sentences.js';
import type { EntityTable, Resolved } from './coref.js';

const MEMBERS_OF = /\bmembers? of (?:the )?$/i;
/** Meetings and operations stay events: "a member of the 5th Review Conference" is a delegate to it. */
const EVENT_NAME = /^(?:\d|operation\b)/i;

export function retypeByContext(sentences: Sentence[], perSentence: Resolved[][], table: EntityTable): void {
  const changed = new Set<number>();
  sentences.forEach((s, k) => {
    for (const m of perSentence[k]!) {
      if (m.type !== 'Event' && m.type !== 'Other') continue;
      const e = table.entities[m.entity]!;
      if (EVENT_NAME.test(e.name)) continue;
      if (MEMBERS_OF.test(s.text.slice(Math.max(0, m.start - s.start - 20), m.start - s.start))) changed.add(m.entity);
    }
  });
  if (!changed.size) return;
  for (const i of changed) table.entities[i]!.type = 'Organization';
  for (const own of perSentence) for (const m of own) if (changed.has(m.entity)) m.type = 'Organization';
}
