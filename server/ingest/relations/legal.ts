// Charges, arrests and substances: "X was charged by Y", "Y indicted X",
// "X has been arrested in Lima", "India plans to list tramadol as controlled",
// "accused of operating labs that produced fentanyl".
import { COUNTRY_NAMES } from '../lookup.js';
import { type Rule, type View, type Candidate, LETTER, M, LIST, LIST_THE, candidate, matchAll, refs, dateIn, guarded } from './context.js';
import { notActor } from './fallback.js';

/** Nouns for people in an unnamed subject: "a former port inspector", "one of Peru's most wanted fugitives". */
const PERSON_NOUN = '(?:m[ae]n|wom[ae]n|person|people|suspects?|officers?|officials?|nationals?|citizens?|fugitives?|traffickers?|smugglers?|dealers?|leaders?|ringleaders?|bosses|boss|kingpins?|brokers?|couriers?|members?|executives?|businessm[ae]n|defendants?|accused|wanted|criminals?|gangsters?|inspectors?|guards?|detectives?|police(?:wo)?m[ae]n|judges?|politicians?|mayors?|drivers?|doctors?|students?|employees?|workers?|agents?|chemists?|pilots?|captains?|sailors?|soldiers?|lawyers?|brothers?|sisters?|residents?|mules?)';
/** A perfect auxiliary, with the adverb it may carry: "has since been charged", "have all been detained". */
const PERFECT = '(?:has|have|had)(?: (?:since|now|already|also|subsequently|reportedly|recently|each|both|all|formally))? been';
const CHARGE = '(?:charged|indicted|sentenced|convicted|prosecuted|tried|accused|fined)';
const ARREST = '(?:arrested|detained|apprehended|captured|caught|held|intercepted|taken into custody)';
/** "by officers of the X": the body whose officers made the arrest. */
export const AGENTS_OF = '(?:officers|agents|members|officials|detectives|investigators|police(?:men)?) (?:of|from) ';

/** How many persons a word pointing back at them counts ("both men", "all three", "the four suspects"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

/** Who the passive clause is about: named persons before the verb, else the persons named in the next sentence. */
export interface Subjects { ids: number[]; other?: View; gathered?: { persons: number[]; from: View } }
export function passiveSubjects(view: View, at: number): Subjects {
  const clause = view.template.slice(0, at);
  // "…; and a Paraguayan national, P3, who was detained by X": a relative clause is about the person it follows.
  const relative = /<P(\d+)>(?:, \d{1,3})?,? who $/.exec(clause);
  if (relative) return { ids: [Number(relative[1])] };
  const persons = refs(clause).filter((i) => view.mentions[i]!.type === 'Person');
  if (persons.length) return { ids: persons.slice(-4) };
  // "One of Peru's most wanted ... has been arrested in Quito. Peruvian national X is ...": named a sentence later.
  // "A former port inspector was sentenced ... . <P>, 51, was convicted": a person noun, named in the next sentence
  // (often the next paragraph of a news lede); "The case was prosecuted by ..." is about no one.
  // "Both were charged by …", "All three suspects have been charged …": the persons of the sentence before.
  // "They were arraigned …", "The suspects appeared …": as many as the sentence before names (at least two).
  // "The two were arrested by …": a bare count before the verb counts persons too (tune19).
  const plural = /^(?:[^<]{0,30}?\b)?(?:Both(?: men| women| suspects)?|All (two|three|four|five|six|\d+)(?: [a-z]+){0,2}|The (two|three|four|five|six|\d+)(?: (?:men|women|suspects|defendants|accused|nationals|citizens|detainees|crew members|people|persons|individuals))?(?= ?$| (?:were|have|had|are)\b)|(They|The (?:suspects|defendants|detainees|accused)))\b(?:[^<]|<L\d+>)*$/.exec(clause);
  if (plural) {
    const n = plural[1] ?? plural[2];
    const count = n ? (COUNT_WORDS[n] ?? Number(n)) : 2;
    // A stated count opening a paragraph ("The two were arrested by …") points back over the paragraph break, to
    // the persons given with their age there ("A, 36, and B, 41, …"): officials named there carry no age.
    const across = !view.prev && !!n && !view.sentence.bullet;
    const start = view.prev ?? (across ? view.preceding : undefined);
    for (let v = start, back = 0; v && back < 2; v = v.prev, back++) {
      const aged = (i: number) => !across || new RegExp(`<P${i}>(?:,| \\() ?\\d{1,3}\\b`).test(v!.template);
      const persons = refs(v.template).filter((i) => v!.mentions[i]!.type === 'Person' && v!.mentions[i]!.kind !== 'anaphor' && aged(i));
      const distinct = [...new Map(persons.map((i) => [v!.mentions[i]!.entity, i])).values()];
      if (distinct.length >= count) return { ids: plural[3] ? distinct.slice(-4) : distinct.slice(-count), other: v };
    }
    // "P1 was arrested in X. A chemist, P2, was detained … . Both were charged": one person a sentence. Only for
    // a stated count, and only when the sentences before name exactly that many (more would be a guess).
    if (n || !plural[3]) {
      const gathered = gatherPersons(view, count);
      if (gathered) return { ids: [], gathered };
    }
    // Not named before: perhaps named in the next sentence (below).
  }
  const next = view.next ?? view.following;
  // Across a paragraph break only when the next one opens with the name.
  if (next && (next === view.next || /^<P\d+>/.test(next.template)) && new RegExp(`^(?:One|A|An|The|Two|Three|Four|Five|Several|All)\\b(?:[^<]|<[LDO]\\d+>){0,60}?\\b${PERSON_NOUN}\\b`).test(clause.replace(DATELINE, ''))) {
    const named = refs(next.template.slice(0, 80)).filter((i) => next.mentions[i]!.type === 'Person');
    if (named.length) return { ids: named, other: next };
  }
  return { ids: [] };
}

export function emit(view: View, type: Candidate['type'], subjects: Subjects, target: number, rule: string, props?: Record<string, string>): Candidate[] {
  const g = subjects.gathered;
  if (g) {
    const evidence = [{ start: g.from.sentence.start, end: view.sentence.end }];
    return g.persons.map((source) => ({ type, source, target: view.mentions[target]!.entity, rule: `${rule}-gathered`, confidence: 0.5, properties: props, evidence }));
  }
  return subjects.ids.map((p) => {
    const source = (subjects.other ?? view).mentions[p]!.entity;
    const other = subjects.other?.sentence;
    const evidence = other ? [{ start: Math.min(view.sentence.start, other.start), end: Math.max(view.sentence.end, other.end) }] : [{ start: view.sentence.start, end: view.sentence.end }];
    return { type, source, target: view.mentions[target]!.entity, rule, confidence: subjects.other ? 0.55 : 0.75, properties: props, evidence };
  });
}

/** Someone quoted ("…, P said", "said Commissioner P") speaks about the case rather than being in it. */
const SPEAKER = (i: number) => new RegExp(`<P${i}>(?:,? [^<.]{0,40})? (?:said|says|told|added|noted|stated)\\b|\\b(?:said|says|told|added|according to) (?:[A-Z][\\w.-]* ){0,4}<P${i}>`);

/**
 * The persons named one a sentence in the sentences just before (same paragraph, up to three back), when
 * together they are exactly `count`: "P1 … was arrested at the airport. A chemist, P2, was detained. Both were
 * charged". Speakers are left out; more persons than the count means the plural is not theirs to read.
 */
function gatherPersons(view: View, count: number): Subjects['gathered'] {
  const persons: number[] = [];
  let from: View | undefined;
  for (let v = view.prev, back = 0; v && back < 3 && persons.length < count; v = v.prev, back++) {
    const here = refs(v.template).filter((i) => v!.mentions[i]!.type === 'Person' && v!.mentions[i]!.kind !== 'anaphor' && !SPEAKER(i).test(v!.template));
    const fresh = [...new Set(here.map((i) => v!.mentions[i]!.entity))].filter((e) => !persons.includes(e));
    if (fresh.length) { persons.push(...fresh); from = v; }
  }
  return persons.length === count && from && from !== view.prev ? { persons, from } : undefined;
}

// The agency in parentheses may hold a place ("(Coastal Wire)" with a known place word) and the dash may be an em dash.
const DATELINE = /^(?:<L\d+>|\p{Lu}[\p{Lu}'’. -]{2,30}(?=, <L))(?:, <L\d+>)?(?:, (?:[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+(?: \d{4})?))?(?: \((?:[^()<]|<[LD]\d+>){1,24}\))? ?[–—-] /u;
const QUANTITY = /^[a-z]+ (?:(?:about|some|nearly|almost|more|than|over|another|a|further|total|of|roughly|around|an|estimated|up|to) )*(?:\d[\d.,]*|tonnes?|tons?|kilo(?:gram)?s?|kg|grams?|pounds?|litres?|liters?|tablets|pills|packages|bales|bricks|doses)\b/;

const dateProps = (view: View) => { const d = dateIn(view.sentence.text); return d ? { date: d } : undefined; };

const charges: Rule = (view) => [
  // "They were taken to X and charged by Y": a second verb of the same passive clause.
  ...matchAll(view, new RegExp(`\\b(?:was|were|${PERFECT}|being|is|are|and) (?:formally |also |later |then )?${CHARGE}\\b(?:[^<.]{0,30}?|(?: to| in)[^<.]{0,50}?)\\bby (?:the )?(?:<L\\d+>'s )?(${M('OLD')})`, 'gu'),
    (m) => emit(view, 'CHARGED_BY', passiveSubjects(view, m.index), refs(m[1])[0]!, 'charged-by', dateProps(view))),
  // "P was referred to the X, which indicted P on 16 March": the relative clause is about the body.
  ...matchAll(view, new RegExp(`(${M('OLD')})(?:,? (?:which|who|that))?(?: [a-z]+){0,2} (?:has |have |had )?(?:charged|indicted|sentenced|convicted|prosecuted) (${LIST('P')})`, 'gu'),
    (m) => refs(m[2]).map((p) => candidate(view, 'CHARGED_BY', p, refs(m[1])[0]!, 'charged', 0.75, dateProps(view)))),
];

/** "A and B were detained in X and Y respectively": the n-th person goes with the n-th place. */
const respectively: Rule = (view) => matchAll(view, new RegExp(`\\b(?:was|were|had been|have been) (?:${ARREST}|${CHARGE}) (?:in|by) (?:the )?(${LIST('OLD')}),? respectively`, 'gu'), (m) => {
  const targets = refs(m[1]);
  const persons = refs(view.template.slice(0, m.index)).filter((i) => view.mentions[i]!.type === 'Person');
  if (targets.length < 2 || persons.length !== targets.length) return null;
  const type = new RegExp(ARREST).test(m[0]) ? 'ARRESTED_BY' : 'CHARGED_BY';
  return persons.map((p, k) => candidate(view, type, p, targets[k]!, 'respectively', 0.8, dateProps(view)));
});

/** "X was sentenced by the court in Rotterdam", "indicted by a federal grand jury in San Diego": the court's place. */
const courtIn: Rule = (view) => matchAll(view, new RegExp(`\\b(?:was|were|${PERFECT}|being|and) (?:formally |also )?(?:${CHARGE}|placed in (?:[a-z-]+ )?(?:detention|custody)|remanded(?: in custody)?)\\b[^<.]{0,30}?\\bby (?:a |an |the )?(?:[a-z]+ ){0,3}(?:court|jury|judge|tribunal|magistrate)s? (?:in|of|at) (?:the )?(${M('L')})`, 'gu'),
  (m) => {
    // "Both have been charged by X and placed in detention by a court in Y": the subject of the first verb.
    const at = m[0].startsWith('and') ? /\b(?:was|were|has|have|had)\b/.exec(view.template)?.index ?? m.index : m.index;
    // A remand is custody, not a charge: the court's place holds the person.
    const held = /\b(?:placed|remanded)\b/.test(m[0]);
    return emit(view, held ? 'ARRESTED_BY' : 'CHARGED_BY', passiveSubjects(view, at), refs(m[1])[0]!, held ? 'held-by-court-in' : 'court-in', dateProps(view));
  });

/** "The Justice Department today unsealed an indictment ... . A, B and C are charged with ...": the agent a sentence before. */
const INDICTING = new RegExp(`(${M('OLD')})(?:'s (${M('O')}))?(?: [a-z]+){0,2} (?:has |have |had )?(?:unsealed|filed|announced|returned|brought|laid|unveiled) (?:an? |the |new |formal |criminal )*(?:indictments?|charges|complaints?|charging documents?)`, 'u');
const chargedByContext: Rule = (view, doc) => matchAll(view, new RegExp(`\\b(?:is|are|was|were|has been|have been) (?:formally |also |each |jointly )?(?:charged|indicted) (?!by\\b)(?:with|for|on|in)\\b`, 'gu'), (m) => {
  const subjects = passiveSubjects(view, m.index);
  if (!subjects.ids.length || subjects.other) return null;
  const k = doc.views.indexOf(view);
  for (const v of [view, doc.views[k - 1], doc.views[k - 2]]) {
    if (!v) continue;
    const found = INDICTING.exec(v === view ? view.template.slice(0, m.index) : v.template);
    if (!found) continue;
    const agent = refs(found[2] ?? found[1])[0]!;
    const evidence = v === view ? [{ start: view.sentence.start, end: view.sentence.end }] : [{ start: v.sentence.start, end: v.sentence.end }, { start: view.sentence.start, end: view.sentence.end }];
    return subjects.ids.map((p) => ({ type: 'CHARGED_BY' as const, source: view.mentions[p]!.entity, target: v.mentions[agent]!.entity, rule: 'charged-context', confidence: 0.6, evidence }));
  }
  return null;
});

const arrests: Rule = (view, doc) => [
  // "was detained the same day in X", "was arrested at his flat in X, Y": Y the city or region X lies in (not a country,
  // which says less: "arrested in Santos, Brazil" is an arrest in Santos).
  ...matchAll(view, new RegExp(`\\b(?:was|were|${PERFECT}|being) ${ARREST} (?:on [A-Z][a-z]+\\.? \\d{1,2},? |on \\d{1,2} [A-Z][a-z]+ |on [A-Z][a-z]+day |last [a-z]+ |the (?:same|next|following) (?:day|morning|evening|week) |(?:a|one|two|three) days? later |at (?:a |an |the |his |her |their )[a-z -]{1,30}? )?(?:in|by|at) (?:${AGENTS_OF})?(?:the )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?(${M('OLD')})(?: (?:authorities|police|officers|agents|forces|detectives|investigators|teams?|units?))?(?: (?:in|at) (${M('L')}))?(?:, (${M('L')})(?=[,.;]|$| on\\b))?`, 'gu'),
    (m) => (/\brespectively\b/.test(view.template) ? null : [...refs(m[1]), ...refs(m[2]), ...(view.mentions[refs(m[1])[0]!]!.type === 'Location' ? refs(m[3]).filter((l) => !COUNTRY_NAMES.has(doc.entities[view.mentions[l]!.entity]!.name)) : [])].flatMap((t) => emit(view, 'ARRESTED_BY', passiveSubjects(view, m.index), t, 'arrested-in', dateProps(view))))),
  // "the X detained the company's director, P,", "detained two Latvian citizens, A and B": a description may come first.
  // "officers of the X at Bagratashen arrested a Georgian truck driver, P": the post where the body works may come between.
  ...matchAll(view, new RegExp(`(${M('OLD')})(?: (?:in|at) (?:${M('L')}|\\p{Lu}[\\p{L}-]+))?(?: [a-z]+){0,2} (?:has |have |had )?(?:arrested|detained|apprehended) (?:(?:[^<.;,]|<D\\d+>){1,40}?, )?(${LIST('P')})`, 'gu'),
    (m) => refs(m[2]).map((p) => candidate(view, 'ARRESTED_BY', p, refs(m[1])[0]!, 'arrested', 0.75, dateProps(view)))),
  // "X officers in Duhok detained two men suspected of …: A, a Syrian national, and B": everyone named after the colon.
  ...matchAll(view, new RegExp(`(${M('OLD')})(?: [a-z]+){0,2}(?: (?:in|at) (${M('L')}))? (?:has |have |had )?(?:arrested|detained|apprehended) [^<:;.]{1,80}: (.*)$`, 'gu'),
    (m) => refs(m[3]).filter((p) => view.mentions[p]!.type === 'Person').flatMap((p) => [
      candidate(view, 'ARRESTED_BY', p, refs(m[1])[0]!, 'arrested-list', 0.7, dateProps(view)),
      ...(m[2] ? [candidate(view, 'ARRESTED_BY', p, refs(m[2])[0]!, 'arrested-list', 0.65, dateProps(view))] : []),
    ])),
  // "the arrest of A and B in Lima", "the arrest of X by Spanish police"
  ...matchAll(view, new RegExp(`\\b(?:arrest|arrests|detention|capture) of (${LIST_THE('P')})(?:, \\d{1,3},?)? (?:(?:on|at|near) [^<.]{1,40}? )?(?:in|by) (?:the )?(${M('OLD')})(?: (?:police|authorities))?(?: in (${M('L')}))?`, 'gu'),
    (m) => refs(m[1]).flatMap((p) => [...refs(m[2]), ...refs(m[3])].map((t) => candidate(view, 'ARRESTED_BY', p, t, 'arrest-of', 0.7, dateProps(view))))),
  // "police detained two suspects, A and B, in Perpignan", "The AFP arrested X, 41, at a warehouse in western Sydney": where.
  // "arrested a suspected organiser, Estonian national X, 41, in Tallinn": a description with a nationality first.
  ...matchAll(view, new RegExp(`\\b(?:arrested|detained|apprehended) (?:(?:[a-z0-9 '-]|<D\\d+>){1,40}?, )?(?:<D\\d+> (?:national |citizen )?)?(${LIST('P')})(?:, \\d{1,3})?,? (?:(?:on|at|near) [^<.]{1,40}? )?in (?:the )?(?:(?:north|south|east|west|central|northern|southern|eastern|western|central) )?(${M('L')})`, 'gu'),
    (m) => refs(m[1]).map((p) => candidate(view, 'ARRESTED_BY', p, refs(m[2])[0]!, 'arrested-place', 0.7, dateProps(view)))),
  // "In Batam, officers arrested … X", "Among those detained in Belgrade was X": the place opens the clause.
  ...matchAll(view, new RegExp(`^(?:[^<]{0,15}\\b)?(?:In (${M('L')}),(?:[^<.;]|<[OD]\\d+>(?:'s)?){0,80}?\\b(?:arrested|detained|apprehended) (?:(?:[^<.;]|<D\\d+>){0,40}?)|Among (?:those|the [a-z]+) (?:arrested|detained) in (${M('L')}) (?:was|were) (?:(?:[^<.;]|<D\\d+>){0,40}?))(${LIST('P')})`, 'gu'),
    (m) => refs(m[3]).map((p) => candidate(view, 'ARRESTED_BY', p, refs(m[1] ?? m[2])[0]!, 'in-place-arrested', 0.65, dateProps(view)))),
];

/**
 * "X, who was arrested on Aug. 19 at the airport in Y by the Z", "X was arrested in Y on 9 October by W's Z":
 * every "in <place>" and "by <body>" in the arrest clause, whatever dates and sites come between.
 */
const arrestTail: Rule = (view) => matchAll(view, new RegExp(`\\b(?:was|were|${PERFECT}) ${ARREST}\\b((?:[^<;]|<[LD]\\d+>(?:'s)?|<O\\d+>){1,140})`, 'gu'), (m) => {
  const clause = m[1]!.split(/, (?:who|where|which|said|and)\b| (?:on an?|under an?|requested|after|while|because)\b/)[0]!;
  // "taken into custody by A agents and the B": both bodies hold the person.
  const targets = [...clause.matchAll(new RegExp(`\\b(?:in|by) (?:${AGENTS_OF})?(?:the )?(?:(?:${M('LO')}|\\p{Lu}[\\p{L}-]*)'s )?(${M('OL')})(?:(?: (?:agents|officers|police|personnel))? and (?:the )?(${M('O')}))?`, 'gu'))].flatMap((x) => [...refs(x[1]), ...refs(x[2])]);
  if (targets.length < 2 || /\brespectively\b/.test(view.template)) return null;
  return targets.flatMap((t) => emit(view, 'ARRESTED_BY', passiveSubjects(view, m.index), t, 'arrest-tail', dateProps(view)));
});

/** "the Policía Nacional arrested 17 people in Vigo, including businessman X": the named one among those arrested. */
const arrestedIncluding: Rule = (view) => matchAll(view, new RegExp(`(${M('OLD')})(?: [a-z]+){0,2} (?:arrested|detained) [^<.;]{0,40}?(?:<L\\d+>[^<.;]{0,20}?){0,3}, including (?:[\\p{L}-]+ ){0,3}?(?:<D\\d+> )?(?:[a-z]+ )?(${LIST('P')})`, 'gu'),
  (m) => refs(m[2]).map((p) => candidate(view, 'ARRESTED_BY', p, refs(m[1])[0]!, 'arrested-including', 0.7, dateProps(view))));

/** "X, 44, was sentenced in the County Court", "the Court of Appeal sentenced him": a court tries the person. */
const COURT = /\b(?:court|tribunal|judiciary)\b/i;
const sentencedIn: Rule = (view, doc) => matchAll(view, new RegExp(`\\b(?:was|were|has been|had been) (?:sentenced|convicted|tried|found guilty)\\b[^<.]{0,20}?\\bin (?:the )?(${M('O')})|(${M('O')})(?: [a-z]+){0,2} (?:sentenced|convicted) (?:him|her)\\b`, 'gu'), (m) => {
  const court = refs(m[1] ?? m[2])[0]!;
  if (!COURT.test(doc.entities[view.mentions[court]!.entity]!.name)) return null;
  if (m[1]) return emit(view, 'CHARGED_BY', passiveSubjects(view, m.index), court, 'sentenced-in', dateProps(view));
  // "him": the person the sentences before were about.
  for (let v = view.prev, n = 0; v && n < 3; v = v.prev, n++) {
    const p = refs(v.template).filter((i) => v!.mentions[i]!.type === 'Person');
    if (p.length) return [{ ...candidate(view, 'CHARGED_BY', court, court, 'sentenced-him', 0.55, dateProps(view)), source: v.mentions[p[0]!]!.entity }];
  }
  return null;
});

const ACTIONS: Array<[RegExp, string]> = [
  [/\b(?:list(?:s|ed|ing)?|schedul\w*|control(?:s|led|ling)?|regulat\w*|ban(?:s|ned|ning)?|restrict\w*|classif\w*)\b/, 'regulates'],
  [/\b(?:produc\w*|manufactur\w*|synthesi[sz]\w*|mak(?:e|es|ing)|made|cook\w*)\b/, 'produces'],
  [/\b(?:traffick\w*|smuggl\w*|sell\w*|sold|ship(?:s|ped|ping)?|export\w*|import\w*|distribut\w*|suppl(?:y|ied|ies|ying)|advertis\w*|market(?:s|ed|ing))\b/, 'traffics'],
  [/\b(?:seiz\w*|confiscat\w*|intercept\w*|found|discovered|recovered)\b/, 'seizes'],
  [/\b(?:curb\w*|combat\w*|fight\w*|counter(?:s|ed|ing)?|crack(?:s|ed|ing)? down|tackl\w*|stop(?:s|ped|ping)?|stem\w*)\b/, 'combats'],
];

/** A substance after an action verb: the actor is the subject of that clause. */
const substances: Rule = (view) => {
  const out: Candidate[] = [];
  const t = view.template;
  for (const m of t.matchAll(/<S(\d+)>/g)) {
    const s = Number(m[1]);
    const before = t.slice(0, m.index);
    const window = before.slice(-120);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const listed = /^(?:[^<.]{0,20}?)\b(?:to (?:its|the|a) (?:list|schedule)|as (?:a )?controlled|under (?:national )?control)/.test(after);
    const verb = listed ? { index: Math.max(0, window.length - 1), action: 'regulates' } : lastAction(window);
    if (!verb) continue;
    // "found 84 kilograms of X" is a seizure; "found X in samples" is a finding.
    if (/^(?:found|discovered|recovered)\b/.test(window.slice(verb.index)) && !QUANTITY.test(window.slice(verb.index))) continue;
    const verbAt = before.length - window.length + verb.index;
    const actors = clauseSubject(view, Math.max(0, verbAt));
    for (const a of actors) out.push(candidate(view, 'INVOLVED_WITH', a, s, 'substance-action', 0.6, { action: verb.action }));
  }
  return out;
};

function lastAction(text: string): { index: number; action: string } | null {
  let best: { index: number; action: string } | null = null;
  for (const [pattern, action] of ACTIONS) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) if (!best || m.index > best.index) best = { index: m.index, action };
  }
  return best;
}

/** The actors that begin the clause containing `at` (or the clause before it, for "labs that produced X"). */
function clauseSubject(view: View, at: number): number[] {
  // A dateline ("LYON, France – ", "LISBON, May 3 (Wire) - ") is where the story was filed, not who acts.
  const t = view.template.slice(0, at).replace(DATELINE, (d) => ' '.repeat(d.length));
  // ", and" starts a new clause unless it goes on a list of actors: "A, 38, B, 29, and C", "X, ..., and its executives A".
  const cuts = [...t.matchAll(/\b(?:that|which|who|said|says|;|but|charging|accusing|when|while)\b|, and (?!(?:its |their )?(?:[a-z]+ ){0,2}<[POL]\d+>)/g)].map((m) => m.index + m[0].length);
  const fromCut = (start: number, end: number): number[] => {
    const seg = t.slice(start, end);
    // "A, 38, B, 29, and the C": ages and articles inside the subject list.
    const first = new RegExp(`^(?:According to [^<,]{1,40}, )?[^<]{0,40}?(${M('POLD')}(?:, \\d{1,3})?(?:(?:, | and |, and | & )(?:the )?${M('POLD')}(?:, \\d{1,3})?)*)`).exec(seg);
    if (!first || /\b(?:in|at|from|to|of|on|across|by)\s*$/.test(seg.slice(0, first.index + first[0].length - first[1]!.length))) return [];
    // "Acting on information from the X, the Y seized …": the tipster opens the clause, the subject follows the comma.
    if (notActor(seg.slice(0, first.index + first[0].length - first[1]!.length))) {
      const comma = seg.indexOf(', ', first.index + first[0].length - first[1]!.length);
      return comma < 0 ? [] : fromCut(start + comma + 2, end);
    }
    // "China's Ministry of X announced ...": the body acts, not its country.
    const owned = new RegExp(`^'s (${M('O')})`).exec(seg.slice(first.index + first[0].length));
    if (owned) return refs(owned[1]);
    // "X, headquartered in Y, and its executives A, 52, and B, 41, are charged": the staff named after the body act with it.
    const staff = new RegExp(`, and (?:its|their) (?:[a-z]+ ){1,2}(${M('P')}(?:, \\d{1,3})?(?:(?:, | and |, and )${M('P')}(?:, \\d{1,3})?)*)`).exec(seg.slice(first.index + first[0].length));
    const more = staff ? refs(staff[1]) : [];
    // "two Peruvian men": a demonym acts only as "Peruvian authorities", "the Chinese side".
    // "a Peru-based exporter": the place only describes the actor.
    return [...refs(first[1]), ...more].filter((i) => view.mentions[i]!.type !== 'Substance' && !seg.includes(`<${LETTER[view.mentions[i]!.type]}${i}>-based`) &&
      (view.mentions[i]!.kind !== 'demonym' || new RegExp(`^<D${i}> (?:authorities|government|police|officials|officers|side|law enforcement|customs|forces|agents)`).test(seg.slice(seg.indexOf(`<D${i}>`)))));
  };
  const start = cuts.at(-1) ?? 0;
  const here = fromCut(start, t.length);
  if (here.length) return here;
  // "the X Taskforce, which will track captagon": a relative clause is about the name just before it.
  const relative = new RegExp(`(${M('OL')})(?: \\([^)]*\\))?, (?:which|that)$`).exec(t.slice(0, (cuts.at(-1) ?? 0)));
  if (relative) return refs(relative[1]);
  // "accused of operating labs that produced X": the accused are the agents of the relative clause.
  if (!cuts.length) return [];
  const prior = t.slice(cuts.at(-2) ?? 0, cuts.at(-1)!);
  return /\b(?:accused|charged|suspected|alleged|operat\w+|ran|running|run|owned|managed)\b/.test(prior) ? fromCut(cuts.at(-2) ?? 0, cuts.at(-1)!) : [];
}

/** "cocaine produced in Colombia and Peru", "Ecuador has become a transit country for cocaine": the place deals in the drug. */
const placeSubstance: Rule = (view) => [
  ...matchAll(view, new RegExp(`(${LIST('S')}) (?:(?:that|which) (?:is|are|was|were) )?(produced|grown|cultivated|manufactured|made|synthesi[sz]ed|refined|processed) (?:mainly |mostly |largely |chiefly )?in (?:the )?(?:neighbou?ring )?(${LIST('L')})`, 'gu'),
    (m) => refs(m[1]).flatMap((d) => refs(m[3]).map((l) => candidate(view, 'INVOLVED_WITH', l, d, 'produced-in', 0.65, { action: 'produces' })))),
  ...matchAll(view, new RegExp(`(${M('L')})(?: [a-z]+){0,3} (?:an? |the )?(?:[a-z]+ ){0,2}(?:transit|trafficking|smuggling|transshipment) (?:country|hub|point|route|corridor|state) for (${LIST('S')})`, 'gu'),
    (m) => refs(m[2]).map((d) => candidate(view, 'INVOLVED_WITH', refs(m[1])[0]!, d, 'transit-for', 0.65, { action: 'traffics' }))),
];

/** "the seizure of 1.2 tonnes of cocaine by the Guardia Civil", "cocaine seized by X": the body seizes the drug. */
const seizedBy: Rule = (view) => matchAll(view,
  new RegExp(`(?:\\b(?:seizure|interception|confiscation)s? of [^<.]{0,40}?(${LIST('S')})|(${LIST('S')})(?: (?:[^<.]|\\.\\d){0,40}?)? (?:was |were |had been |has been )?(?:seized|intercepted|confiscated)) (?:[^<.]{0,40}? )?by (?:the )?(${LIST_THE('OLD')})`, 'gu'),
  (m) => refs(m[1] ?? m[2]).flatMap((s) => refs(m[3]).map((o) => candidate(view, 'INVOLVED_WITH', o, s, 'seized-by', 0.7, { action: 'seizes' }))));

export const LEGAL_RULES: Rule[] = [
  guarded(/\b(?:seiz|intercept|confiscat)/, seizedBy),
  guarded(/<S\d+>/, placeSubstance),
  guarded(/\b(?:charged|indicted|sentenced|convicted|prosecuted|tried|accused|fined)\b/, charges),
  guarded(/\b(?:arrested|detained|apprehended|captured|caught|held|intercepted|arrests?|detention|capture|custody)\b/, arrests),
  guarded(/\b(?:arrested|detained|apprehended|captured|taken into custody)\b/, arrestTail), guarded(/\b(?:arrested|detained)\b.*, including\b/, arrestedIncluding),
  guarded(/\b(?:sentenced|convicted|tried|found guilty)\b/, sentencedIn),
  guarded(/\brespectively\b/, respectively), guarded(/\b(?:court|jury|judge|tribunal|magistrate)s?\b/, courtIn),
  guarded(/\b(?:charged|indicted) (?:with|for|on|in)\b/, chargedByContext),
  guarded(/<S\d+>/, substances),
];
