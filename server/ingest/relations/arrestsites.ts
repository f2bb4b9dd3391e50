// Where a passive arrest took place when time and a site stand between the
// verb and the place, which legal.ts reads only one at a time: "P was arrested
// on Monday at his home in X", "were detained on 2 May 2025 at a roadblock
// near X by officers of the Y", "was arrested by police in X", "was picked up
// in X the following day". The persons of the clause (or those a plural
// subject points back at) are ARRESTED_BY the place (a city or region after it
// as well, not a country) and by a body named after "by".
import { COUNTRY_NAMES } from '../lookup.js';
import { type Rule, type View, M, refs, guarded } from './context.js';
import { passiveSubjects, emit, AGENTS_OF, type Subjects } from './legal.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A time or an unnamed site between the verb and the place. */
const ADVERBIAL = [
  `on (?:${WEEKDAY}(?:,? (?:\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})(?:,? \\d{4})?)?|\\d{1,2} ${MONTH}(?:,? \\d{4})?|${MONTH} \\d{1,2}(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th) ${MONTH}(?:,? \\d{4})?)`,
  `in (?:the early hours|the morning|the evening|the afternoon)(?: of ${WEEKDAY}(?:,? \\d{1,2} ${MONTH})?)?`,
  '(?:last|this|early|late) (?:week|month|year|night|morning|[A-Z][a-z]+day)',
  'the (?:same|next|following|previous) (?:day|morning|evening|week|night)',
  '(?:a|one|two|three|four|five|\\d+) (?:days?|weeks?|months?) later',
  'at (?:a|an|the|his|her|their) (?:[a-z-]+ ){0,3}?(?:home|house|flat|apartment|residence|office|warehouse|hotel|guesthouse|farm|shop|roadblock|checkpoint|post|terminal|restaurant|villa|hideout|property|premises|site|scene|port|airport|station)',
  'by (?:the )?(?:local )?police',
].join('|');
const ARREST = '(?:arrested|detained|apprehended|captured|picked up|taken into custody)';
const SITE = new RegExp(`\\b(?:was|were|(?:has|have|had) (?:since |also |now )?been|being) ${ARREST}((?:,? (?:${ADVERBIAL})){0,3}),? (?:in|at|near) (?:the )?(?:(?:village|town|city|port|district|municipality) of )?(${M('L')})(?:,? (?:in )?(${M('L')})(?=[,.;]|$| on\\b| by\\b| as\\b| when\\b| after\\b))?((?:,? (?:on [^<,.;]{3,30}?|the (?:same|next|following) day))?,? by (?:${AGENTS_OF})?(?:the )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?(${M('O')}))?`, 'gu');

/** The persons of this clause: after the last clause break before the verb ("A was held in X, and B was arrested in Y" is B's). */
function subjects(view: View, at: number): Subjects {
  const before = view.template.slice(0, at);
  const brk = Math.max(before.lastIndexOf(', and '), before.lastIndexOf('; '), before.lastIndexOf(', while '), before.lastIndexOf(', but '));
  if (brk >= 0) {
    const own = refs(before.slice(brk)).filter((i) => view.mentions[i]!.type === 'Person');
    if (own.length) return { ids: own };
  }
  return passiveSubjects(view, at);
}

const arrestSites: Rule = (view, doc) => {
  if (/\brespectively\b/.test(view.template)) return [];
  const out = [];
  SITE.lastIndex = 0;
  for (let m = SITE.exec(view.template); m; m = SITE.exec(view.template)) {
    const who = subjects(view, m.index);
    if (!who.ids.length && !who.gathered) continue;
    const place = refs(m[2])[0]!;
    const targets = [place];
    // "near X, Y": the region after a town (a country says less than the town does).
    const region = refs(m[3])[0];
    if (region !== undefined && !COUNTRY_NAMES.has(doc.entities[view.mentions[region]!.entity]!.name)) targets.push(region);
    const body = refs(m[5])[0];
    if (body !== undefined) targets.push(body);
    for (const t of targets) out.push(...emit(view, 'ARRESTED_BY', who, t, 'arrested-at-site'));
  }
  return out;
};

export const ARREST_SITE_RULES: Rule[] = [guarded(new RegExp(`\\b${ARREST},? (?:on|in|at|last|this|early|late|the|a|one|two|three|four|five|\\d|by (?:the )?(?:local )?police)`), arrestSites)];
