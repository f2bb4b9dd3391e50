// Equipment handed over: "Norland hands over two patrol boats to the X",
// "The Ambassador of Norland to Y, Mr P, handed over scanners and test kits to
// the X" make the giver (a country or body, or the country an ambassador
// speaks for) work with the body that receives. A receiver "the X's
// counter-narcotics unit" is X (the unit has no name of its own); "the A of
// the B" is A. Persons handed over (suspects, crews) are custody, read by
// custody.ts and handovers.ts, not here.
import { type Rule, M, candidate, guarded } from './context.js';

/** The giver: a country or body opening the sentence, or an ambassador's country ("the Ambassador of X", "the X-ian Ambassador", "X Ambassador P"). */
const GIVER = `^(?:[^<]{0,40}?\\b)?(?:(?:the )?(${M('OL')})(?: \\([^)]*\\))?|(?:[^<]{0,40}?)(?:(?:the )?Ambassador of (${M('L')})(?: to ${M('L')})?|(?:the )?(${M('LD')})(?:'s)? Ambassador(?: to ${M('L')})?),? (?:(?:Mr|Ms|Mrs|Dr|H\\.E\\.)\\.? )?${M('P')},?)`;
const VERB = `(?: [a-z]+){0,2} (?:(?:hands|handed|has handed|have handed|will hand) over|donated|donates|has donated) `;
/** What is given: no person and no word for people or offices (a presidency is handed over too). */
const GOODS = `((?:[^<;]|<[OL]\\d+>(?:'s)?){3,200}?)`;
const RECEIVER = ` to (?:the )?(?:(${M('O')})'s (?:[a-z-]+ ){0,3}(?:unit|bureau|department|directorate|service|brigade|division|squad|office|agency)\\b|(${M('O')}))`;
const PEOPLE = /\b(?:suspects?|detainees?|accused|men|women|persons?|people|crew|crews|him|her|them|nationals?|prisoners?|fugitives?|case|file|files|presidency|chair|chairmanship|command|leadership|post|office)\b/;

const donation: Rule = (view) => {
  const m = new RegExp(`${GIVER}${VERB}${GOODS}${RECEIVER}`, 'u').exec(view.template);
  // The giver opens the sentence: "The suspects were arrested by X and handed over to Y" is custody.
  if (!m || PEOPLE.test(m[4]!) || /\b(?:was|were|by)\b/.test(view.template.slice(0, m[0].indexOf('<')))) return [];
  const giver = Number((m[1] ?? m[2] ?? m[3])!.slice(2, -1));
  const receiver = Number((m[5] ?? m[6])!.slice(2, -1));
  if (view.mentions[giver]!.entity === view.mentions[receiver]!.entity) return [];
  return [candidate(view, 'COOPERATES_WITH', giver, receiver, 'donation', 0.6)];
};

export const DONOR_RULES: Rule[] = [guarded(/\b(?:hands|handed|hand|donated|donates) /, donation)];
