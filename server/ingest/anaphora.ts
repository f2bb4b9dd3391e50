// Mentions that name nothing themselves: "he"/"she" for the person last named,
// "the ministry" for the last ministry named, "its" for the body just named,
// and acronyms defined earlier ("MPS"). They feed relation patterns only.
import type { Sentence } from './sentences.js';
import type { Resolved, EntityTable } from './coref.js';

const BODY_HEADS = 'ministry|bureau|department|agency|committee|organization|organisation|council|university|institute|embassy|commission|court';

const THE_BODY = new RegExp(`\\b[Tt]he (${BODY_HEADS})\\b(?! of)`, 'g');

export function addAnaphora(sentences: Sentence[], perSentence: Resolved[][], table: EntityTable): Resolved[][] {
  const recent: Resolved[] = [];
  const words = table.wordAliases().map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const wordAlias = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return sentences.map((s, k) => {
    const own = perSentence[k]!;
    const extra: Resolved[] = [];
    const taken = (a: number, b: number) => own.some((m) => m.start < b && a < m.end) || extra.some((m) => m.start < b && a < m.end);
    const add = (start: number, end: number, entity: number, possessive = false) => {
      if (taken(start, end)) return;
      const e = table.entities[entity]!;
      extra.push({ start, end, type: e.type, name: e.name, kind: 'anaphor', priority: 0, entity, sentence: s.index, possessive });
    };
    for (const m of [...s.text.matchAll(/\b[A-Z][A-Z\d]{1,7}s?\b/g), ...(wordAlias ? s.text.matchAll(wordAlias) : [])]) {
      const entity = table.acronymEntity(m[0]);
      if (entity === undefined || taken(s.start + m.index, s.start + m.index + m[0].length)) continue;
      // An acronym is a name, not a pointer: it counts as a mention of the entity.
      add(s.start + m.index, s.start + m.index + m[0].length, entity);
      table.entities[entity]!.mentions.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
    const before = (at: number) => [...recent, ...own.filter((m) => m.end <= at), ...extra.filter((m) => m.end <= at)].sort((a, b) => a.start - b.start);
    for (const m of s.text.matchAll(/\b(?:he|she|He|She)\b/g)) {
      const at = s.start + m.index;
      const person = before(at).filter((r) => r.type === 'Person').at(-1);
      if (person) add(at, at + m[0].length, person.entity);
    }
    for (const m of s.text.matchAll(THE_BODY)) {
      const at = s.start + m.index;
      const head = m[1]!;
      const body = before(at).filter((r) => r.type === 'Organization' && table.entities[r.entity]!.name.toLowerCase().includes(head)).at(-1);
      if (body) add(at, at + m[0].length, body.entity);
    }
    for (const m of s.text.matchAll(/\b[Tt]he (conference|summit|forum|operation|meeting|assembly|seminar|games|workshop)\b(?! of)/g)) {
      const at = s.start + m.index;
      const event = before(at).filter((r) => r.type === 'Event' && table.entities[r.entity]!.name.toLowerCase().includes(m[1]!)).at(-1);
      if (event) add(at, at + m[0].length, event.entity);
    }
    for (const m of s.text.matchAll(/\bits\b/g)) {
      const at = s.start + m.index;
      const last = before(at).filter((r) => r.sentence === s.index && r.type !== 'Person' && r.type !== 'Substance').at(-1);
      if (last?.type === 'Organization') add(at, at + 3, last.entity, true);
    }
    const all = [...own, ...extra].sort((a, b) => a.start - b.start);
    recent.push(...all);
    if (recent.length > 60) recent.splice(0, recent.length - 60);
    return all;
  });
}
