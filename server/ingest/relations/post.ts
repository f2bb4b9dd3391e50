// A post a person holds, as relation rules emit it: HOLDS_POSITION (or
// MEMBER_OF for a plain "member") with the role cleaned, plus the "Ministry of
// X" the document names when the role is "Minister of X".
import { ROLE_WORDS } from '../gazetteer/lexicon.js';
import { lookup } from '../lookup.js';
import { type View, type Doc, type Candidate, candidate } from './context.js';

export const ROLE_TEXT = "[\\p{L}0-9' -]{1,90}?";
export const isRole = (text: string) => text.toLowerCase().split(/[\s-]+/).some((w) => ROLE_WORDS.has(w) && !['state', 'first', 'second', 'senior', 'former', 'general', 'acting'].includes(w));
export const cleanRole = (text: string) => text.replace(/^(?:the|a|an|its|his|her|their)\s+/i, '').replace(/^\d+-year-old\s+/i, '').replace(/\s+(?:of|at|for|in|to|the|and)(?:\s+the)?$/i, '').trim();

export function post(view: View, doc: Doc, person: number, target: number, role: string, rule: string, confidence: number, extra: Record<string, string> = {}): Candidate[] {
  const r = cleanRole(role);
  const props: Record<string, string> = { role: r, ...extra };
  if (/\bformer\b|\bthen\b|\bonce\b/i.test(role)) props.status = 'former';
  const onlyMember = /^(?:a |the )?member$/i.test(r);
  const out = [candidate(view, onlyMember ? 'MEMBER_OF' : 'HOLDS_POSITION', person, target, rule, confidence, props)];
  out.push(...ministryOf(view, doc, person, r, rule, target));
  return out;
}

/** "Minister of Public Security", "public security minister" → the "Ministry of Public Security" the document names. */
function ministryOf(view: View, doc: Doc, person: number, role: string, rule: string, owner?: number): Candidate[] {
  // "Minister of Interior of the Republic of X": the portfolio is the part before the country.
  const m = /minister(?:s)? (?:of|for) (?:the )?([a-z ]+?)(?: of (?:the )?[a-z ]+)?$/i.exec(role) ?? /\b([a-z]+(?: [a-z]+)?) minister\b/i.exec(role);
  if (!m) return [];
  const subject = m[1]!.replace(/^(?:assistant|deputy|vice)\s+/i, '');
  const place = owner === undefined ? undefined : doc.entities[view.mentions[owner]!.entity]!;
  // "Minister of State for Home Affairs" sits in the Ministry of Home Affairs; "Ministry of X of Georgia" is named with its country.
  const subjects = [subject, subject.replace(/^state (?:for|of) /i, '')];
  const names = subjects.flatMap((s) => [`Ministry of ${s}`, `Ministry of the ${s}`, ...(place?.type === 'Location' ? [`Ministry of ${s} of ${place.name}`] : [])]);
  const ministry = names.map((n) => doc.find(n, 'Organization')).find((e) => e !== undefined);
  if (ministry === undefined) return [];
  // "Chile's Deputy Minister of Security" does not sit in the "Peruvian Ministry of Security".
  const qualifier = lookup(doc.entities[ministry]!.name.split(' ')[0]!.replace(/['’]s$/, ''));
  if (place?.type === 'Location' && qualifier?.type === 'Location' && qualifier.canonical !== place.name) return [];
  return [{ ...candidate(view, 'HOLDS_POSITION', person, person, `${rule}:ministry`, 0.6, { role: cleanRole(role) }), target: ministry }];
}

