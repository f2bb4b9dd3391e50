// Thanks from an official: "Tonga Police Commissioner P thanked Australia",
// "She thanked the Hungarian Police and the National University …" (she was
// named as the X's director two sentences before). The official's body, or the
// country whose minister speaks ("Bolivia's Minister of Government thanked the
// EU"), works with each body or state thanked.
import { type Rule, type View, type Doc, type Candidate, M, refs, candidate, guarded } from './context.js';

/** A thanked body or state: "the A", "Russia's Ministry of X", "CBP". */
const ITEM = `(?:the )?(?:${M('L')}'s )?${M('OL')}(?: \\([^)<]*\\))?`;
/** tune18: a relative clause may follow an item ("the A, whose office in X helped, and the B"). */
const ASIDE_ONE = ', (?:whose|which|where|who) [^<,]{0,80}(?:<L\\d+>[^<,]{0,40})?(?=, and )';
const ASIDE = `(?:${ASIDE_ONE})?`;
const THANKED = new RegExp(`^(?:also )?(?:thanks|thanked) (${ITEM}(?:${ASIDE}(?:, | and |, and )${ITEM})*)`);

/**
 * The body a person speaks for, from a sentence naming both: "<O> Commissioner <P>", "<P>, director of the <O>",
 * "<O>'s director, <P>" (also capitalized: "<O>'s Executive Director, <P>"), "the director of the <O>, <P>".
 */
function bodyOf(v: View, entity: number): number | undefined {
  const p = v.mentions.findIndex((m) => m.entity === entity && m.type === 'Person');
  if (p < 0) return undefined;
  const t = v.template;
  const found = new RegExp(`<O(\\d+)>(?:'s)? (?:[A-Z][\\p{L}.-]+ ){1,4}<P${p}>|<P${p}>, (?:the |its )?(?:[A-Za-z-]+ ){1,5}(?:of|at) (?:the )?(?:${M('L')}'s )?<O(\\d+)>|<O(\\d+)>'s (?:[A-Za-z-]+ ){0,4}?[A-Za-z-]+, (?:[A-Z][\\p{L}.-]+ ){0,3}<P${p}>|\\b(?:[A-Za-z-]+ ){1,4}(?:of|at) (?:the )?<O(\\d+)>, (?:[A-Z][\\p{L}.-]+ ){0,3}<P${p}>`, 'u').exec(t);
  const ref = found ? Number(found[1] ?? found[2] ?? found[3] ?? found[4]) : undefined;
  return ref === undefined ? undefined : v.mentions[ref]!.entity;
}

/** The speaker of "X thanked …": a body or a country's official in this sentence, else the body a person was named with. */
function thanker(view: View, doc: Doc, at: number): number | undefined {
  const before = view.template.slice(0, at);
  const owner = new RegExp(`^(?:[^<]{0,20})?<L(\\d+)>'s (?:[A-Z][a-z]+ ){1,5}(?:of [A-Z][a-z]+ )?(?:[^<]{0,20})?$`).exec(before);
  if (owner) return view.mentions[Number(owner[1])]!.entity;
  const persons = refs(before).filter((i) => view.mentions[i]!.type === 'Person');
  if (!persons.length) return undefined;
  const person = view.mentions[persons.at(-1)!]!.entity;
  const k = doc.views.indexOf(view);
  for (let j = k; j >= 0 && j >= k - 4; j--) {
    const body = bodyOf(doc.views[j]!, person);
    if (body !== undefined) return body;
  }
  return undefined;
}

const thankedBy: Rule = (view, doc) => {
  const out: Candidate[] = [];
  for (const m of view.template.matchAll(/\b(?:also )?thank(?:s|ed)\b/g)) {
    const targets = THANKED.exec(view.template.slice(m.index));
    if (!targets) continue;
    const from = thanker(view, doc, m.index);
    if (from === undefined) continue;
    const owned = new Set([...targets[1]!.matchAll(/<L(\d+)>'s /g)].map((x) => Number(x[1])));
    // Places inside an aside ("whose office in X") are not thanked.
    const listed = targets[1]!.replace(new RegExp(ASIDE_ONE, 'g'), '');
    for (const t of refs(listed)) {
      const mention = view.mentions[t]!;
      if (owned.has(t) || mention.kind === 'demonym' || mention.entity === from) continue;
      out.push({ ...candidate(view, 'COOPERATES_WITH', t, t, 'thanked-by', 0.55), source: from });
    }
  }
  return out;
};

export const THANKS_RULES: Rule[] = [guarded(/\bthank(?:s|ed)\b/, thankedBy)];
