// A post named by the body's field, not by the body's name: "The Commissioner
// of Police, P, said …", "Director of Tax and Excise P", "Customs Risk
// Director P". When the document names exactly one body whose
// name holds that field word ("the Ruritania Police Force", "the Tax and
// Excise Board"), P holds the post there. Runs after the rules and only for a
// person none of them gave a post: a rule that read the post from a name wins.
import type { Candidate, Doc } from './context.js';
import { ROLE_WORDS } from '../gazetteer/lexicon.js';
import { postsByPerson } from './served.js';

const CAP = "\\p{Lu}[\\p{Ll}-]+";
/** "Commissioner (General) of Police, ", "Minister of State for Finance, ", "National Director of Customs ". */
const ROLE_OF = new RegExp(`(?:^|[,;:] |\\bsaid )(?:[Tt]he )?((?:${CAP} ){0,2}?(${CAP})(?: ${CAP})?(?: of State)? (?:of|for) (${CAP}(?: and ${CAP})?)),? $`, 'u');
/** "Customs Risk Director " (a field word, then words of a post ending in a role word). */
const FIELD_ROLE = new RegExp(`(?:^|[,;:] |\\bsaid )(?:[Tt]he )?((${CAP})(?: ${CAP}){0,2} (${CAP})),? $`, 'u');
/** Words that name no field: "Commissioner of State", "Director of Operations" say which post, not which body. */
const NO_FIELD = /^(?:National|International|Regional|Federal|Provincial|Deputy|Senior|Chief|General|State|Operations|Investigations|Intelligence|Public|Prosecutions|Administration|Staff|Studies|Research|Communications|Affairs)$/;

/** "Police Colonel P" is a rank, not a post in the police. */
const RANK = /^(?:Colonel|General|Captain|Lieutenant|Major|Sergeant|Brigadier|Corporal|Constable|Inspector|Superintendent|Admiral|Commander|Officer)$/;
/** Bodies that bring officials of several states together: a national post is not held there. */
const GROUPING = /\b(?:Council|Ministers|Conference|Association|Organi[sz]ation|Union|Group|Network|Forum|Community)\b/;

export function postsByField(doc: Doc, kept: Candidate[]): Candidate[] {
  const posted = new Set(postsByPerson(doc, kept).keys());
  const bodies = doc.entities.filter((e) => e.type === 'Organization');
  const out: Candidate[] = [];
  for (const view of doc.views) {
    for (const m of view.template.matchAll(/<P(\d+)>/g)) {
      const person = view.mentions[Number(m[1])]!.entity;
      if (posted.has(person)) continue;
      const before = view.template.slice(0, m.index);
      const of = ROLE_OF.exec(before);
      const pre = of ? null : FIELD_ROLE.exec(before);
      // The post must open or end with a role word: "Commissioner of Police", "Investigations Manager".
      const [role, field] = of && ROLE_WORDS.has(of[2]!.toLowerCase()) ? [of[1]!, of[3]!]
        : pre && ROLE_WORDS.has(pre[3]!.toLowerCase()) && !RANK.test(pre[3]!) && !ROLE_WORDS.has(pre[2]!.toLowerCase()) ? [pre[1]!, pre[2]!] : [undefined, undefined];
      if (!role || !field || field.split(' and ').some((w) => NO_FIELD.test(w))) continue;
      const word = new RegExp(`(?:^|\\s)${field}(?:\\s|$)`, 'u');
      // Several bodies with the word: the one the document is about (named at least twice as often as any other).
      const holders = bodies.filter((e) => word.test(e.name) && !GROUPING.test(e.name)).sort((a, b) => b.mentions.length - a.mentions.length);
      if (!holders.length || (holders.length > 1 && holders[0]!.mentions.length < 2 * holders[1]!.mentions.length)) continue;
      posted.add(person);
      out.push({ type: 'HOLDS_POSITION', source: person, target: holders[0]!.index, rule: 'post-by-field', confidence: 0.55,
        properties: { role: role.toLowerCase() }, evidence: [{ start: view.sentence.start, end: view.sentence.end }] });
    }
  }
  return out;
}
