// Bodies that pass a case's records through another body: "X shared the
// suspect's number through the Y", "A and B exchange intelligence through the
// secure network of the Z", "X exchanged information with W through the Z's
// channels", "intelligence from X, passed on through the Y". The body that
// shares works with the channel (and with a partner named after "with"); the
// channel is a body, not a place, and an owner before it ("the Z's Y") is left
// out, as in partners.ts.
import { type Rule, type View, type Candidate, M, candidate, matchAll, refs, guarded } from './context.js';

/** A body, perhaps owned ("Spain's X", "the Police's X"), perhaps with a short form: the owner is left out. */
const BODY = `(?:the )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?${M('O')}(?: \\([^)<]*\\))?`;
const BODIES = `${BODY}(?:(?:, | and |, and )${BODY})*`;
/** What passes: a case's records. */
const RECORD = '(?:information|intelligence|data|details|evidence|findings|records|leads|files|results|alerts?|numbers?|images|analysis|reports?)';
const VERB = '(?:shared|shares|share|sharing|exchanged|exchanges|exchange|exchanging|passed|passes|pass|relayed|relays|sent|sends|forwarded|forwards|transmitted|transmits)';
/** The channel: a body, or "the (secure) network/channels/platform of" a body, or a body's own network. */
const CHANNEL = `through (?:the |its |their )?(?:(?:[\\p{L}-]+ |<X\\d+> ){0,2}(?:channels?|networks?|platforms?|systems?|mechanisms?) of (?:the )?)?(?:(?:${M('LO')})'s (?=${M('O')}))?(${M('O')})`;

/** The bodies a matched list names, each without its owner ("Morocco's <O3>" is <O3>). */
const bodiesOf = (list: string | undefined) => refs(list?.replace(/<[A-Z]\d+>'s /g, '').replace(/ \([^)]*\)/g, ''))
  .filter((i) => i >= 0);

function cooperate(view: View, actors: number[], partners: number[], rule: string): Candidate[] {
  const out: Candidate[] = [];
  for (const a of actors) {
    for (const p of partners) {
      if (view.mentions[a]!.entity === view.mentions[p]!.entity || view.mentions[a]!.type !== 'Organization' || view.mentions[p]!.type !== 'Organization') continue;
      out.push(candidate(view, 'COOPERATES_WITH', a, p, rule, 0.6));
    }
  }
  return out;
}

/** "X (has) shared the phone data (with W and with V) through the Y": X works with Y, W and V. */
const sharedThrough: Rule = (view) => matchAll(view,
  new RegExp(`(${BODIES}) (?:(?:has|have|had|also|then|now|already|regularly|routinely|will|can|to|quickly) )*${VERB}\\b((?:[^<.;:]|${M('LDO')}(?:'s)?){0,90}?) ${CHANNEL}`, 'gu'),
  (m) => {
    const between = m[2]!;
    // The records must be named, so "passed through the Y" (a ship passing a port) is not a case shared.
    if (!new RegExp(`\\b${RECORD}\\b`).test(between)) return null;
    const partners = [...between.matchAll(new RegExp(`\\bwith (${BODY})`, 'gu'))].flatMap((w) => bodiesOf(w[1]));
    const actors = bodiesOf(m[1]);
    return [...cooperate(view, actors, [refs(m[3])[0]!], 'shared-through'), ...cooperate(view, actors, partners, 'shared-through')];
  });

/** "It followed intelligence from the X, passed on through the Y": the body the records came from works with Y. */
const fromThrough: Rule = (view) => matchAll(view,
  new RegExp(`\\b${RECORD} from (${BODY})(?:,? (?:which|who) [^<,]{0,40}(?:${M('O')}[^<,]{0,10})?)?,? (?:(?:was|were|had been|and) )?(?:passed|relayed|sent|forwarded|transmitted|shared)(?: on)? ${CHANNEL}`, 'gu'),
  (m) => cooperate(view, bodiesOf(m[1]), [refs(m[2])[0]!], 'from-through'));

export const CHANNEL_RULES: Rule[] = [
  guarded(/\bthrough (?:the |its |their )?(?:[\p{L}-]+ |<X\d+> ){0,4}(?:of (?:the )?)?<[LO]\d+>/u, (view, doc) => [...sharedThrough(view, doc), ...fromThrough(view, doc)]),
];
