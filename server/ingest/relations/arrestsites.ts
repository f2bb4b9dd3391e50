// Where a passive arrest took place when time and a site stand between the
// verb and the place, which legal.ts reads only one at a time: "P was arrested
// on Monday at his home in X", "were detained on 2 May 2025 at a roadblock
// near X by officers of the Y", "was arrested by police in X", "was picked up
// in X the following day". The persons of the clause (or those a plural
// subject points back at) are ARRESTED_BY the place (a city or region after it
// as well, not a country) and by a body named after "by".
import { COUNTRY_NAMES } from '../lookup.js';
import { type Rule, type View, M, refs, guarded, candidate } from './context.js';
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

const PERSONS = `${M('P')}(?:(?:, | and |, and )${M('P')})*`;
/**
 * Active arrests with the site given by "at": "arrested the firm's director, P, at X on Monday", "At X, the Y arrested
 * a courier, P", "officers of the Y at X arrested P". Each person named is ARRESTED_BY the place.
 */
const ACTIVE = [
  new RegExp(`\\b(?:arrested|detained|apprehended) (?:(?:[^<.;]|<[OD]\\d+>'s){0,40}?, )?(?:(?:Mr|Ms|Mrs|Dr)\\.? )?(?:<D\\d+> (?:national |citizen )?)?(${PERSONS})(?:, \\d{1,3})?,? (?:(?:on|in) [^<.]{1,40}? )?at (?:the )?(${M('L')})`, 'gu'),
  new RegExp(`^(?:[^<]{0,15}\\b)?At (?:the )?(${M('L')}),(?:[^<.;]|<[OD]\\d+>(?:'s)?){0,80}?\\b(?:arrested|detained|apprehended) (?:(?:[^<.;]|<D\\d+>){0,40}?)(${PERSONS})`, 'gu'),
  new RegExp(`(?:${M('O')}|\\b(?:officers|police|agents|detectives)) at (${M('L')}) (?:(?:have|has|had|then|also) )?(?:arrested|detained|apprehended) (?:(?:[^<.;,]|<D\\d+>){1,40}?, )?(${PERSONS})`, 'gu'),
];

const activeSites: Rule = (view) => {
  const out = [];
  for (const [k, re] of ACTIVE.entries()) {
    re.lastIndex = 0;
    for (let m = re.exec(view.template); m; m = re.exec(view.template)) {
      const [who, where] = k === 0 ? [m[1], m[2]] : [m[2], m[1]];
      const place = refs(where)[0]!;
      for (const p of refs(who)) out.push(candidate(view, 'ARRESTED_BY', p, place, 'arrested-at', 0.65));
    }
  }
  return out;
};

export const ARREST_SITE_RULES: Rule[] = [guarded(/\b(?:arrested|detained|apprehended)\b.*\bat (?:the )?<L|\bAt (?:the )?<L\d+>,.*\b(?:arrested|detained|apprehended)\b|\bat <L\d+> (?:[a-z]+ )?(?:arrested|detained|apprehended)\b/, activeSites), guarded(new RegExp(`\\b${ARREST},? (?:on|in|at|last|this|early|late|the|a|one|two|three|four|five|\\d|by (?:the )?(?:local )?police)`), arrestSites)];
