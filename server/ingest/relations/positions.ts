// Posts, memberships, nationality and education: appositions ("X, director
// of Y"), titles before names ("INTERPOL Secretary General X", "Chinese
// President X"), "served as R at Y", "Y promoted X", "a degree from Y".
import { ROLE_WORDS, SAY_VERBS } from '../gazetteer/lexicon.js';
import { ROLE_TEXT, isRole, cleanRole, post } from './post.js';
import { HONORIFIC } from './appositions.js';
import { type Rule, type View, type Candidate, M, ACTOR, LIST, candidate, matchAll, refs, dateIn, guarded } from './context.js';

/** Ranks and honorifics between a title and the name: "Defence Minister Pol. Col. X", "Tourism Minister Datuk Seri X". */
const RANK_BEFORE_NAME = "General|Lieutenant|Major|Colonel|Brigadier|Admiral|Commissioner|Ambassador|Judge|Senior|Police|Datuk|Dato'?|Seri|Sri|Tan|Tun|Sheikh|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?|Pol\\.|Gen\\.|Lt\\.|Col\\.|Maj\\.";

const NATIONAL = /^(?:national|citizen|man|woman|nationals|citizens|men|women|suspect|businessman|businesswoman)$/i;

/** "X, the director of Y of Z," — the post and every body in the chain. */
const appositionAfter: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('P')}),\\s+(?:\\d+,\\s+)?(${ROLE_TEXT})(?: (?:of|at|for|in|with|to) (?:the |its )?(?:\\p{Lu}\\p{Ll}+ (?=<O))?|, )(?:${M('D')} (?:force|police|agency|service|customs|navy)'s )?(${M('OL')}(?:(?:'s | of (?:the |its )?)${M('O')})*)`, 'gu'),
  (m) => {
    // "A, and the Minister of X of Y, B": the title after "and" is B's; "A, met the Director General of Y, B": so is one after a verb.
    // "A, commended the Director-General of Y, B": a verb in the past before the title makes it another person's.
    if (!isRole(m[2]!) || /<|\bsaid\b|^(?:and|or|but)\b|^[a-z]+ed (?:the|a|an|his|her|its|their)\b/.test(m[2]!) || SAY_VERBS.test(m[2]!)) return null;
    const [person] = refs(m[1]);
    const chain = refs(m[3]);
    const out = chain.flatMap((t, k) => post(view, doc, person!, t, m[2]!, 'apposition', k === 0 ? 0.8 : 0.6));
    // "P, Inspector General of the A and current chairperson of the B,": a second post in the same apposition.
    const second = new RegExp(`^ and (?:the |its )?(?:current |former |outgoing |incoming |acting )?(${ROLE_TEXT}) (?:of|at|for) (?:the |its )?(${M('O')})`, 'u').exec(view.template.slice(m.index + m[0].length));
    if (second && isRole(second[1]!)) out.push(...post(view, doc, person!, refs(second[2])[0]!, second[1]!, 'apposition-second', 0.7));
    return out;
  });

/** "X, Kenya's assistant minister for internal security," */
const appositionPossessive: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('P')}),\\s+(?:the |a )?(${M('OLD')})(?:'s)? (${ROLE_TEXT})(?: (?:in|at) ${M('L')})?(?=[,.;]| said| who|$)`, 'gu'),
  (m) => {
    if (!isRole(m[3]!) || /</.test(m[3]!)) return null;
    // "A, Peru's Minister for Justice, Human Rights ... Affairs B": in a list the title is B's.
    if (new RegExp(`^\\.?(?:,? (?:\\p{Lu}[\\p{L}.'-]*|and|of|for|the))*,? ${M('P')}`, 'u').test(view.template.slice(m.index + m[0].length))) return null;
    const [person] = refs(m[1]);
    const [owner] = refs(m[2]);
    // "X, a Togolese businessman": a demonym before a plain occupation tells nationality, not a post.
    if (view.mentions[owner!]!.kind === 'demonym' && NATIONAL.test(m[3]!.trim())) return candidate(view, 'NATIONALITY', person!, owner!, 'apposition-national', 0.75);
    return post(view, doc, person!, owner!, m[3]!, 'apposition-owner', 0.75);
  });

const TRADES = /^(?:broker|trader|businessman|businesswoman|chemist|courier|driver|skipper|pilot|fisherman|mechanic|pharmacist|smuggler|trafficker|dealer|engineer|lawyer|farmer|exporter|importer|banker|accountant)$/;
/** "INTERPOL Secretary General X", "Chinese President X", "Peru's Vice-Minister for Internal Affairs, X", "his Chilean counterpart X" */
const titleBefore: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('OLD')})(?:'s)? ((?:[\\p{L}-]+|<L\\d+>)(?:,? (?:[\\p{L}-]+|<L\\d+>)){0,11}?)(,? (?:(?:${RANK_BEFORE_NAME}) ){0,4})(${M('P')})`, 'gu'),
  (m) => {
    const roleText = m[2]!.trim();
    // A comma inside the title only in a list of capitalized portfolio words.
    if (/,(?! \p{Lu})/u.test(roleText) || /, \p{Lu}[\p{L}-]* (?!and )\p{Ll}/u.test(roleText)) return null;
    const [owner] = refs(m[1]);
    const [person] = refs(m[4]);
    // tune18: a unit's commander, chair, coordinator, rector or governor ("The X's commander, Colonel P") too.
    if (m[3]!.startsWith(',') && !/(?:minister|director|secretary|president|ambassador|chief|head|member|representative|commissioner|prosecutor|spokes(?:wo)?m[ae]n|spokesperson|commander|chair(?:man|woman|person)?|co-?ordinator|rector|governor)\b/i.test(roleText)) return null;
    if (NATIONAL.test(roleText)) return candidate(view, 'NATIONALITY', person!, owner!, 'demonym-national', 0.8);
    if (!isRole(roleText) || /\b(?:said|says|with|by|between|met|and his|and her)\b/.test(roleText.replace(/<L\d+>/g, ''))) return null;
    const lastWord = roleText.split(' ').at(-1)!.toLowerCase();
    const titleOf = /\b(?:minister|secretary|director|ambassador|head|chief|commissioner|president|chairman|chair|member|envoy)(?:-general)? (?:of|for|to) (?:the )?[\p{L} ,<>\d]+$/iu.test(roleText);
    if (!ROLE_WORDS.has(lastWord) && !titleOf) return null;
    // "the Norlandic broker P": a trade, not a post a country gives; the nationality is read elsewhere (tune16).
    if (view.mentions[owner!]!.kind === 'demonym' && TRADES.test(lastWord)) return null;
    // "senior Thai officials and Secretary General X": the owner belongs to the first phrase, not to X's title.
    const beforeAnd = roleText.split(' and ').slice(0, -1).join(' and ');
    if (beforeAnd && beforeAnd.split(' ').some((w) => /^\p{Ll}.*s$/u.test(w) && !ROLE_WORDS.has(w))) return null;
    const out = post(view, doc, person!, owner!, roleText.replace(/<L(\d+)>/g, (_, i) => view.sentence.text.slice(view.mentions[Number(i)]!.start - view.sentence.start, view.mentions[Number(i)]!.end - view.sentence.start)), 'title', 0.75);
    // "Norlandic Justice Minister P", "a Norlandic police officer, P": the demonym tells nationality; "Norland's Minister of
    // Justice, P" names the government P serves (the post), which annotation does not read as a nationality.
    if (view.mentions[owner!]!.type === 'Location' && view.mentions[owner!]!.kind === 'demonym') out.push(candidate(view, 'NATIONALITY', person!, owner!, 'title-nationality', 0.5));
    // "Norland's Ambassador to Y, P": P serves Norland, posted to Y; the host country is not where P holds the post.
    return out;
  });

/** "He served as police counsellor at the Y", "rising to become its director", "after serving as director of the Y" */
const servedAs: Rule = (view, doc) => matchAll(view,
  new RegExp(`(?:(${M('P')})[^<]{0,40}?)?\\b(?:served|serving|serves|worked|working|works|become|became|becoming|appointed|named|elected|promoted|made) (?:as |to (?:be )?)?(?:an? |the |its )?(${ROLE_TEXT}) (?:at|of|in|for|with|on) (?:the |its )?(${M('OL')})((?: of (?:the |its )?${M('O')}|'s ${M('O')})*)`, 'gu'),
  (m) => {
    const person = refs(m[1])[0] ?? subjectPerson(view, m.index);
    if (person === undefined || !isRole(m[2]!)) return null;
    const after = view.template.slice(m.index + m[0].length);
    const date = /^ (?:in|since) ((?:19|20)\d\d)/.exec(after)?.[1];
    let targets = [...refs(m[3]), ...refs(m[4])];
    // "delegate for Africa on Europol's advisory board": the portfolio is not the employer.
    if (view.mentions[targets[0]!]!.type === 'Location' && / for (?:the )?<L\d+>$/.test(m[0])) {
      const on = new RegExp(`^ on (?:the )?(${M('O')}(?:'s ${M('O')})?)`).exec(view.template.slice(m.index + m[0].length));
      if (!on) return null;
      targets = refs(on[1]);
    }
    const extra: Record<string, string> = {};
    if (/\b(?:served|worked|after serving)\b/.test(m[0])) extra.status = 'former';
    if (date) extra.start = date;
    return targets.flatMap((t, k) => post(view, doc, person, t, m[2]!, 'served-as', k === 0 ? 0.7 : 0.55, extra));
  });

/** "The ministry also promoted X", "X was appointed ... in Y", "elevated in Y" */
const appointedBy: Rule = (view) => [
  ...matchAll(view, new RegExp(`(${M('O')}) (?:has |had |also |on \\w+ )*(?:promoted|appointed|named) (${M('P')})`, 'gu'),
    (m) => candidate(view, 'HOLDS_POSITION', refs(m[2])[0]!, refs(m[1])[0]!, 'appointed-by', 0.6)),
  ...matchAll(view, new RegExp(`\\b(?:elevated|promoted) (?:in|within|at) (?:the )?(${M('O')})`, 'gu'), (m) => {
    const person = subjectPerson(view, m.index);
    return person === undefined ? null : candidate(view, 'HOLDS_POSITION', person, refs(m[1])[0]!, 'elevated-in', 0.6);
  }),
];

/** "as member of the Y", "seats ... on Y's executive committee", "X joined Y" */
const membership: Rule = (view) => [
  // "is a member of the A and the B (BB)": every body of the list (tune16; an owner "the X's Y" is left out).
  ...matchAll(view, new RegExp(`\\b(?:as |a |an )?members? of (?:the |its )?(?:${M('O')}'s )?(${M('O')})((?:(?: \\([^)<]*\\))?(?:, | and |, and )(?:of )?(?:the )?${M('O')}(?!'s))*)`, 'gu'), (m) => {
    const actor = subjectPerson(view, m.index) ?? subjectActor(view, m.index);
    // "X is not a member of the EU" denies the membership.
    if (actor === undefined || /\b(?:not|never|no longer)\s*$/.test(view.template.slice(0, m.index))) return null;
    return [...refs(m[1]), ...refs(m[2])].map((b) => candidate(view, 'MEMBER_OF', actor, b, 'member-of', 0.65, { role: 'member' }));
  }),
  ...matchAll(view, new RegExp(`\\bseats? (?:[^<]|<[LD]\\d+>){0,60}?\\bon (?:the )?(?:${M('O')}'s )?(${M('O')})`, 'gu'), (m) => {
    const person = subjectPerson(view, m.index);
    const date = dateIn(view.template.slice(0, m.index));
    return person === undefined ? null : candidate(view, 'MEMBER_OF', person, refs(m[1])[0]!, 'seat-on', 0.6, { role: 'member', ...(date ? { start: date } : {}) });
  }),
  ...matchAll(view, new RegExp(`(${M('POL')})(?:, (?:which|who) )? ?(?:has |have |had |formally |also )*(?:joined|became a member of|is a member of|are members of) (?:the )?(${M('O')})`, 'gu'),
    (m) => candidate(view, 'MEMBER_OF', refs(m[1])[0]!, refs(m[2])[0]!, 'joined', 0.7)),
];

/** "X is a national of Colombia", "A, B and C, all citizens of the People's Republic of China" */
const nationalOf: Rule = (view) => matchAll(view,
  new RegExp(`(?:\\b(?:is|are|was|were) (?:an? |both |all )?|\\b(?:all|both|each),? (?:an? )?|(?: \\(\\d{1,3}\\))?,(?: \\d{1,3},)? an? )(?:nationals?|citizens?) of (?:the )?(?:People's Republic of |Republic of |Kingdom of |Federal Republic of )?(${M('L')})`, 'gu'),
  (m) => {
    const clause = view.template.slice(0, m.index).split(/\b(?:which|who|said|but)\b|;/).at(-1)!;
    const offset = m.index - clause.length;
    const persons = refs(clause).filter((i) => view.mentions[i]!.type === 'Person');
    void offset;
    // ", a citizen of" describes the name right before the comma only.
    // "X (33), a citizen of": an age in parentheses may stand between.
    const appos = /^(?: \(\d{1,3}\))?,/.test(m[0]);
    if (appos && !/<P\d+>$/.test(view.template.slice(0, m.index))) return null;
    const mine = /^(?:is|was)\b/.test(m[0].trim()) || appos ? persons.slice(-1) : persons.slice(-6);
    return mine.map((p) => candidate(view, 'NATIONALITY', p, refs(m[1])[0]!, 'national-of', 0.8));
  });

/** "Peruvian national X", "X, a Chilean citizen", "X, a Ghanaian," */
const nationality: Rule = (view) => matchAll(view,
  // "A Myanmar woman, P,": a country name used as the adjective ("a <L> woman") says the same.
  new RegExp(`(${M('D')}|(?<=\\b[Aa]n? )${M('L')}) (?:national|citizen|man|woman|businessman|businesswoman|suspect|fugitive|chemist|trader|buyer|driver|courier|skipper|captain|pilot|fisherman|mechanic|pharmacist|broker|smuggler|trafficker|dealer|engineer|lawyer),? (${M('P')})|(${M('P')})(?: \\(\\d{1,3}\\))?,(?: \\d{1,3},)? an? (?:\\d{1,3}-year-old )?(${M('D')})(?:-${M('D')})?(?: (?:national|citizen)|(?=[,.;]| who\\b))`, 'gu'),
  (m) => m[1] ? candidate(view, 'NATIONALITY', refs(m[2])[0]!, refs(m[1])[0]!, 'national', 0.85)
    : refs(m[0].slice(m[3]!.length)).map((d) => candidate(view, 'NATIONALITY', refs(m[3])[0]!, d, 'national', 0.85)));

/** "X holds a master's degree ... from the University of Y", "X studied at Y" */
/** "The X, which …, is headed by Rear Admiral P", "X is led by P": the person heads the body. */
const headedBy: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('O')})(?: \\([^)]*\\))?(?: (?:in|at) ${M('L')})?(?:,[^<]{0,80},)?(?: is| was| has been| will be|,)? (?:currently |now )?(headed|led|chaired|directed|commanded|presided over) by (?:(?:[A-Z][a-z]+\\.? ){0,4}|(?:[a-z]+ ){1,4})(${M('P')})`, 'gu'),
  (m) => post(view, doc, refs(m[3])[0]!, refs(m[1])[0]!, m[2] === 'chaired' ? 'chair' : m[2] === 'commanded' ? 'commander' : m[2] === 'presided over' ? 'presiding judge' : 'head', 'headed-by', 0.7));

/**
 * "met the Director General of the NCB, Mr P,": a post named before its holder. tune18: also a unit named with
 * its owner or parent ("the Director of the X of the Y, Major General P", "… of the X under the Y, Mr P": X), a
 * longer rank with a parenthesized service ("Admiral (Maritime) Datuk P", "Senior Deputy Inspector General P")
 * and a post opening a line of a speech's salutation ("National Director of the X, Dr P,").
 */
const postBeforeName: Rule = (view, doc) => matchAll(view,
  new RegExp(`(?:\\b(?:the |its )|^)(${ROLE_TEXT}) (?:of|at|for) (?:the |its )?(${M('O')})(?: \\([^)]*\\))?(?: (?:of|under) (?:the )?<[OL]\\d+>(?: \\([^)]*\\))?)?, (?:${HONORIFIC})?(?:(?:[A-Z][a-z]+\\.?|\\([A-Z][a-z]+\\)) ){0,5}(${M('P')})`, 'gu'),
  (m) => (isRole(m[1]!) && !/\b(?:said|and|with)\b/.test(m[1]!) ? post(view, doc, refs(m[3])[0]!, refs(m[2])[0]!, cleanRole(m[1]!), 'post-before-name', 0.7) : null));

/** "Military investigating judge P, of the Military Court in Beirut,": the person works there. */
const ofBody: Rule = (view) => matchAll(view, new RegExp(`(${M('P')}), of (?:the )?(${M('O')})(?: (?:in|at) ${M('L')})?,`, 'gu'),
  (m) => candidate(view, 'HOLDS_POSITION', refs(m[1])[0]!, refs(m[2])[0]!, 'of-body', 0.6));

/** "The X (XO), whose secretariat is in Abidjan": where the body sits. */
const whoseSeat: Rule = (view) => matchAll(view,
  new RegExp(`(${M('O')})(?: \\([^)]*\\))?,? whose (?:secretariat|headquarters|seat|head office|main office|offices?) (?:is|are) (?:located |based )?in (${M('L')})`, 'gu'),
  (m) => candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'whose-seat', 0.7));

const education: Rule = (view) => matchAll(view,
  // "holds a Bachelor of Laws from the A and a Master of Criminology from the B" (the degree named as a title),
  // "is also a graduate of the FBI National Academy".
  new RegExp(`\\b(?:(?:degree|degrees|studied|graduated|graduate|alumnus|alumna|educated|diploma|doctorate|phd)\\b[^<]{0,60}?\\b(?:from|at)|(?:holds|held|earned|received|obtained|has|and) (?:a |an )?(?:<X\\d+>|(?:Master|Bachelor|Doctor|Diploma|Certificate|PhD|MBA|LLM|LLB)\\b[^<]{0,40}?)(?: in [^<]{1,30}?)? from|\\bgraduate of) (?:the )?(${M('O')})`, 'giu'),
  (m) => {
    const person = subjectPerson(view, m.index);
    return person === undefined ? null : candidate(view, 'EDUCATED_AT', person, refs(m[1])[0]!, 'education', 0.75);
  });

const RANKS = /^(?:general|lieutenant|colonel|major|brigadier|admiral|commander|police|pol\.|gen\.|lt\.|col\.|maj\.|senior|junior|chief|superintendent|inspector|commissioner|deputy|datuk|seri|dato'?|tan|sri|dr\.?|professor|prof\.|judge|ambassador|mr\.?|ms\.?|mrs\.?)$/i;

/** "appointed retired police general X as director general of the Y", "elected X of Nigeria as the Organization's President" */
const appointedAs: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\b(?:appointed|named|elected|nominated|promoted|chose|picked|designated) (?:[^<.]{0,40}? )?(?:(?:Ms|Mr|Mrs|Dr|Hon)\\. )?(${M('P')})(?: of (?:the )?${M('LD')}|, [^<,]{0,40}?${M('O')},)? (?:as|to be|to the post of|to the position of) (?:the |its |an? |new )?(${ROLE_TEXT}) (?:of|at|for|in) (?:the |its )?(${M('OL')})((?: of (?:the |its )?${M('O')}|'s ${M('O')})*)`, 'gu'),
  (m) => {
    if (!isRole(m[2]!) || /<|\b(?:said|and)\b/.test(m[2]!)) return null;
    const targets = [...refs(m[3]), ...refs(m[4])];
    // "elected Ms. X, Comptroller of the Y, as Chair of the Z": the apposition names the post X already holds.
    const held = new RegExp(`^, ([^<,]{0,40}?)(${M('O')}),`).exec(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
    const now = held ? post(view, doc, refs(m[1])[0]!, refs(held[2])[0]!, isRole(held[1]!) ? held[1]! : 'official', 'appointed-as-held', 0.65) : [];
    return [...now, ...targets.flatMap((t, k) => post(view, doc, refs(m[1])[0]!, t, m[2]!, 'appointed-as', k === 0 ? 0.75 : 0.55))];
  });

/** "elected X of Ghana as the Authority's chair", "named X as the Agency's new director": the owner before the title. */
const appointedAsOwner: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\b(?:appointed|named|elected|re-elected|nominated|promoted|chose|picked|designated) (?:[^<.]{0,40}? )?(${M('P')})(?: of (?:the )?${M('LD')})? (?:as|to be) (?:the )?(${M('O')})'s (?:new |next |first )?(${ROLE_TEXT})(?=[,.;]| for| in| on| from| until| after|$)`, 'gu'),
  (m) => (!isRole(m[3]!) || /<|\b(?:said|and)\b/.test(m[3]!) ? null : post(view, doc, refs(m[1])[0]!, refs(m[2])[0]!, m[3]!, 'appointed-as-owner', 0.75)));

/** "X succeeds Y as head of Z", "Y was succeeded by X as chief of Z": both held the post, Y before X. */
const succession: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('P')}),? (?:who )?(succeeds|succeeded|replaces|replaced|took over from|takes over from|was succeeded by|was replaced by|is succeeded by|is replaced by) (?:[^<.]{0,30}? )?(${M('P')})(?: of (?:the )?${M('LD')})?,? as (?:the |its )?(?:new )?(${ROLE_TEXT}) (?:of|at|for|in) (?:the |its )?(${M('OL')})`, 'gu'),
  (m) => {
    if (!isRole(m[3 + 1]!) || /</.test(m[4]!)) return null;
    const passive = /\bby$/.test(m[2]!);
    const [a] = refs(m[1]);
    const [b] = refs(m[3]);
    const [body] = refs(m[5]);
    const [incoming, outgoing] = passive ? [b!, a!] : [a!, b!];
    return [...post(view, doc, incoming, body!, m[4]!, 'succession', 0.7), ...post(view, doc, outgoing, body!, m[4]!, 'succession', 0.6, { status: 'former' })];
  });

/** "Inspector-General X of the Kenya National Police Service", "Assistant Attorney General X of the Justice Department's Criminal Division" */
const titledOf: Rule = (view, doc) => matchAll(view,
  new RegExp(`((?:[\\p{L}.'-]+ ){1,5})(${M('P')}) of (?:the |its )?(?:${M('LD')}'s? )?(${M('O')}(?:(?:'s | of (?:the |its )?)${M('O')})*)`, 'gu'),
  (m) => {
    const words = m[1]!.trim().split(' ');
    const title: string[] = [];
    for (let k = words.length - 1; k >= 0 && (isRole(words[k]!) || RANKS.test(words[k]!) || (title.length > 0 && /^\p{Lu}/u.test(words[k]!) && isRole(words[k]!))); k--) title.unshift(words[k]!);
    if (!title.length || !title.some(isRole)) return null;
    const chain = refs(m[3]);
    // "X's Y": the innermost unit is the post's body, the owner a body it is part of.
    const ordered = /'s /.test(m[3]!) ? [...chain].reverse() : chain;
    return ordered.flatMap((t, k) => post(view, doc, refs(m[2])[0]!, t, title.join(' '), 'title-of', k === 0 ? 0.75 : 0.55));
  });

/** "Y ..., and its executives A, B and C" */
const itsStaff: Rule = (view, doc) => matchAll(view,
  new RegExp(`\\bits (?:[a-z]+ )?(executives|officers|directors|leaders|managers|officials|founders|chief [a-z]+)(?:, | )(${LIST('P')}(?:(?:, \\d{1,3})?(?:, | and |, and )${M('P')})*)`, 'gu'),
  (m) => {
    const owner = refs(view.template.slice(0, m.index)).filter((i) => view.mentions[i]!.type === 'Organization')[0];
    if (owner === undefined) return null;
    const role = m[1]!.replace(/s$/, '');
    return refs(m[2]).flatMap((p) => post(view, doc, p, owner, role, 'its-staff', 0.65));
  });

/** "Delegates also elected the following members of the Executive Committee:" and one person per bullet below. */
const memberList: Rule = (view) => {
  const head = new RegExp(`\\bmembers? of (?:the )?(${M('O')}):$`, 'u').exec(view.template);
  if (!head) return [];
  const body = view.mentions[refs(head[1])[0]!]!.entity;
  const out: Candidate[] = [];
  for (let v = view.following; v && v.sentence.bullet; v = v.following) {
    const persons = refs(v.template).filter((i) => v!.mentions[i]!.type === 'Person');
    if (persons.length !== 1) continue;
    const role = /^([^<:]{2,60}?)(?: (?:for|of) (?:the )?<L\d+>)?:/.exec(v.template)?.[1];
    out.push({ type: 'MEMBER_OF', source: v.mentions[persons[0]!]!.entity, target: body, rule: 'member-list', confidence: 0.65,
      properties: role && isRole(role) ? { role: cleanRole(role) } : { role: 'member' }, evidence: [{ start: v.sentence.start, end: v.sentence.end }] });
  }
  return out;
};

/** "the General Assembly admitted Tuvalu as INTERPOL's 197th member country" */
const admitted: Rule = (view) => matchAll(view,
  new RegExp(`\\badmitted (${M('LO')}) as (?:the |a |an |its )?(?:(${M('O')})'s )?(?:[a-z0-9]+ ){0,2}member`, 'gu'),
  (m) => {
    const body = refs(m[2])[0] ?? refs(view.template.slice(0, m.index)).filter((i) => view.mentions[i]!.type === 'Organization').at(-1);
    return body === undefined ? null : candidate(view, 'MEMBER_OF', refs(m[1])[0]!, body, 'admitted', 0.7);
  });


/** "X heads the Y", "X has led the Y since 2016", "X previously headed the Y": the subject holds the post. */
const heads: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('P')})(?:,[^<]{0,40}?,|(?:, [^<,]{0,40}?(?:${M('OL')}[^<,]{0,20}?){0,2})?, who)? (?:has |had |also |currently |previously |formerly |once |now )*(heads|headed|leads|has led|had led|led|chairs|chaired|directs|directed|commands|commanded|runs|ran) (?:the |its )?(?:(?:<L\\d+> |\\p{Lu}\\p{Ll}+ )?(?:[a-z-]+ ){0,2}(?:office|branch|unit|division|department|bureau|directorate|command|section) (?:of|at) (?:the )?)?(?:(${M('O')})'s )?(?:(${M('O')})(?!'s)((?: of (?:the |its )?${M('O')})*)|(?<=<O\\d+>'s )(?:[a-z-]+ ){1,2}(?:unit|office|branch|division|department|squad|team|section|command)\\b)`, 'gu'),
  (m) => {
    // "who heads the AFP's Organised Crime Command": the post is in the unit, and (less surely) in its owner.
    const after = view.template.slice(m.index + m[0].length);
    if (/^ (?:delegation|team|operation|investigation|raid)/.test(after)) return null;
    const extra: Record<string, string> = {};
    if (/previously|formerly|once|had led|headed|chaired|directed|commanded|\bran\b/.test(m[0]) && !/has led/.test(m[0])) extra.status = 'former';
    const since = /^ since ((?:19|20)\d\d)/.exec(after)?.[1];
    if (since) extra.start = since;
    const role = /chair/.test(m[2]!) ? 'chair' : /command/.test(m[2]!) ? 'commander' : /direct/.test(m[2]!) ? 'director' : 'head';
    return [...refs(m[4]), ...refs(m[5]), ...refs(m[3])].flatMap((t, k) => post(view, doc, refs(m[1])[0]!, t, role, 'heads', k === 0 ? 0.7 : 0.55, extra));
  });

/** "X had worked for the Y for 20 years", "X works at the Y": an employee of the body. */
const worksFor: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('P')})(?:,[^<]{0,40}?,)? (?:has |had |have |also |previously |formerly |once )*(?:worked|works|working|spent [a-z0-9 ]{1,20} (?:years?|decades?) (?:at|with|in)) (?:for |at )?(?:the )?(${M('O')})(?!'s)`, 'gu'),
  (m) => {
    if (/worked|works|working/.test(m[0]) && !/ (?:for|at) (?:the )?<O\d+>$/.test(m[0])) return null;
    const extra: Record<string, string> = /\b(?:had|previously|formerly|once|spent)\b/.test(m[0]) ? { status: 'former' } : {};
    return post(view, doc, refs(m[1])[0]!, refs(m[2])[0]!, 'staff', 'works-for', 0.6, extra);
  });

/** "Interior Minister X", "Home Minister X": the ministry of that portfolio, when the document names it. */
const MINISTRY_FORMS = (subject: string) => [`${subject} Ministry`, `Ministry of ${subject}`, `Ministry of the ${subject}`, `Ministry of ${subject} Affairs`, `${subject} Affairs Ministry`];
const portfolioMinister: Rule = (view, doc) => matchAll(view,
  new RegExp(`(?<!(?:>|'s|\\p{Lu}[\\p{L}]*) |[\\p{L}>'])((?:[A-Z][a-z]+ ){1,3})Minister (?:(?:${RANK_BEFORE_NAME}) ){0,3}(${M('P')})`, 'gu'),
  (m) => {
    const subject = m[1]!.trim().replace(/^(?:Deputy|Vice|Assistant|Former|State|Acting|Junior|The)\s+/, '');
    if (!subject || /^(?:Prime|Foreign|Deputy)$/.test(subject) && subject !== 'Foreign') return null;
    for (const name of MINISTRY_FORMS(subject)) {
      const ministry = doc.find(name, 'Organization');
      if (ministry !== undefined) return { ...candidate(view, 'HOLDS_POSITION', refs(m[2])[0]!, refs(m[2])[0]!, 'portfolio-minister', 0.65, { role: cleanRole(`${m[1]!}Minister`) }), target: ministry };
    }
    return null;
  });

/** "A and B were arrested ... . Both men are French citizens.": a group's nationality, named a sentence before. */
const groupNationality: Rule = (view) => {
  const m = new RegExp(`^(?:Both|All|The two|The three|The four|All three|All four|All five)(?: (?:men|women|suspects|defendants|brothers|sisters|accused|of them))? (?:are|were|is)(?: both| all)? (?:an? )?(${M('D')}) (?:citizens|nationals)\\b|^(?:Both|All) (?:are|were) (${M('D')}) (?:citizens|nationals)\\b`, 'u').exec(view.template);
  if (!m || !view.prev) return [];
  const prev = view.prev;
  const persons = refs(prev.template).filter((i) => prev.mentions[i]!.type === 'Person');
  if (persons.length < 2 || persons.length > 6) return [];
  const d = view.mentions[refs(m[1] ?? m[2])[0]!]!.entity;
  return persons.map((p) => ({ type: 'NATIONALITY' as const, source: prev.mentions[p]!.entity, target: d, rule: 'group-nationality', confidence: 0.6, evidence: [{ start: prev.sentence.start, end: view.sentence.end }] }));
};

/** The person the clause is about: the last person named before `at`, else the first in the sentence. */
export function subjectPerson(view: View, at: number): number | undefined {
  const before = refs(view.template.slice(0, at)).filter((i) => view.mentions[i]!.type === 'Person');
  return before[0] ?? undefined;
}

export function subjectActor(view: View, at: number): number | undefined {
  const before = refs(view.template.slice(0, at)).filter((i) => ['Person', 'Organization', 'Location'].includes(view.mentions[i]!.type));
  return before[0];
}

export const POSITION_RULES: Rule[] = [
  guarded(/<P\d+>,/, appositionAfter), guarded(/<P\d+>,/, appositionPossessive), guarded(/<[OLD]\d+>.*<P\d+>/, titleBefore),
  guarded(/\b(?:serv|work|becom|became|appointed|named|elected|promoted|made)/, servedAs),
  guarded(/\b(?:promoted|appointed|named|elevated)\b/, appointedBy), guarded(/\b(?:members?|seats?|joined)\b/, membership),
  guarded(/<D\d+> [a-z]+,? <P|\b[Aa]n? <L\d+> [a-z]+,? <P|<P\d+>(?: \(\d+\))?,(?: \d+,)? an? (?:\d+-year-old )?<D/, nationality), guarded(/\b(?:nationals?|citizens?) of\b/, nationalOf),
  guarded(/\b(?:appointed|named|elected|nominated|promoted|chose|picked|designated)\b/, appointedAs), guarded(/\b(?:appointed|named|elected|nominated|promoted|chose|picked|designated)\b.*<O\d+>'s/, appointedAsOwner),
  guarded(/\b(?:succe|replace|took over|takes over)/, succession), guarded(/<P\d+> of (?:the )?(?:<[LD]\d+>'s? )?<O/, titledOf),
  guarded(/\bits (?:[a-z]+ )?(?:executives|officers|directors|leaders|managers|officials|founders|chief)/, itsStaff),
  guarded(/\bmembers? of (?:the )?<O\d+>:$/, memberList), guarded(/\badmitted <[LO]\d+> as\b/, admitted),
  guarded(/\b(?:degrees?|studied|graduated?|alumn[ua]s|educated|diploma|doctorate|phd|holds|held|earned|received|obtained)\b/i, education),
  guarded(/\b(?:heads?|headed|leads|led|chair(?:s|ed)|direct(?:s|ed)|command(?:s|ed)|runs|ran)\b/, heads),
  guarded(/\b(?:work(?:ed|s|ing)|spent)\b/, worksFor), guarded(/Minister (?:[A-Z][\w.']* ){0,3}<P\d+>/, portfolioMinister),
  guarded(/^(?:Both|All|The (?:two|three|four))\b.*(?:citizens|nationals)/, groupNationality),
  guarded(/\b(?:headed|led|chaired|directed|commanded|presided over) by\b/, headedBy),
  guarded(/\bwhose (?:secretariat|headquarters|seat|head office|main office|offices?)\b/, whoseSeat),
  guarded(/(?:\b(?:the|its) |^)[^<]{1,90} (?:of|at|for) (?:the |its )?<O\d+>(?: \([^)]*\))?(?: (?:of|under) (?:the )?<[OL]\d+>(?: \([^)]*\))?)?, /, postBeforeName),
  guarded(/<P\d+>, of (?:the )?<O\d+>/, ofBody),
];
export { ACTOR };
