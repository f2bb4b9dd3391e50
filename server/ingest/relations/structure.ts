// Structure and place: "Y's X" and "X of Y" between bodies (PART_OF),
// "X is part of / sits within Y", "City, Country", "X in Y", "Y-based X",
// "hosted", and list lines "Event – 2017 – City" (LOCATED_IN).
import { COUNTRY_OF, COUNTRY_NAMES } from '../lookup.js';
import { type Rule, type View, type Doc, type Candidate, M, LIST, candidate, matchAll, refs, dateIn, guarded } from './context.js';

const RANK: Array<[RegExp, number]> = [
  [/\b(?:team|unit|section|division|desk|office|sub-bureaus?|branch)\b/i, 1],
  [/\b(?:bureau|department|directorate|secretariat|committee|agency|administration|centre|center|task force|service)s?\b/i, 2],
  [/\b(?:ministry|council|government|party|organi[sz]ation|interpol|union|nations|police|gendarmerie)\b/i, 3],
];
const rank = (name: string) => RANK.reduce((r, [p, v]) => (p.test(name) ? Math.max(r, v) : r), 0);
const nameOf = (view: View, doc: Doc, ref: number) => doc.entities[view.mentions[ref]!.entity]!.name;

/** "INTERPOL's Regional Bureau", "the ministry's Cyber Crime Bureau", "Lima's X hotel", "Kenya's Rift Valley region" */
const NATIONAL_BODY = /\b(?:ministry|bureau|department|police|embassy|agency|court|procuratorate|customs|guard|directorate|administration)\b/i;
const possessive: Rule = (view, doc) => matchAll(view, new RegExp(`(${M('OL')})'s (?:[a-z-]+ ){0,2}(${M('OLE')})`, 'gu'), (m) => {
  const [owner] = refs(m[1]);
  const [part] = refs(m[2]);
  const a = view.mentions[owner!]!.type;
  const b = view.mentions[part!]!.type;
  if (a === 'Organization' && b === 'Organization') return candidate(view, 'PART_OF', part!, owner!, 'possessive', 0.75);
  if (a === 'Location' && b === 'Location') return candidate(view, 'LOCATED_IN', part!, owner!, 'possessive', 0.75);
  if (a === 'Organization' && b === 'Event') return candidate(view, 'PARTICIPATED_IN', owner!, part!, 'possessive', 0.7);
  if (a === 'Location' && b === 'Event') return candidate(view, 'LOCATED_IN', part!, owner!, 'possessive', 0.5);
  // "Kenya's Ministry of X" is in Kenya; "Kenya's ruling party" or "Kenya's former Interpol delegate" say less.
  if (a === 'Location' && b === 'Organization' && new RegExp(`^${M('L')}'s ${M('O')}$`).test(m[0]) && NATIONAL_BODY.test(nameOf(view, doc, part!))) {
    return candidate(view, 'LOCATED_IN', part!, owner!, 'possessive', 0.55);
  }
  return null;
});

/** "the Cyber Crime Bureau of the Ministry", "Y, Kenyan Ministry of X" */
const ofChain: Rule = (view, doc) => [
  ...matchAll(view, new RegExp(`(${M('O')}) (?:of|within|under) (?:the |its )?(?:${M('O')}'s )?(${M('O')})(?!'s)`, 'gu'), (m) => {
    const [part] = refs(m[1]);
    const [whole] = refs(m[2]);
    return rank(nameOf(view, doc, whole!)) >= rank(nameOf(view, doc, part!)) ? candidate(view, 'PART_OF', part!, whole!, 'of-chain', 0.7) : null;
  }),
  ...matchAll(view, new RegExp(`(${M('O')}), (?:the )?(${M('O')})(?=[,.]|$| has| is)`, 'gu'), (m) => {
    const [part] = refs(m[1]);
    const [whole] = refs(m[2]);
    // "Partners: A, B, the C, the D" is a list, not an apposition.
    if (/<[OL]\d+>,? (?:and )?(?:the )?$/.test(view.template.slice(0, m.index)) || /:[^<]*$/.test(view.template.slice(0, m.index))) return null;
    return rank(nameOf(view, doc, whole!)) > rank(nameOf(view, doc, part!)) && rank(nameOf(view, doc, part!)) > 0
      ? candidate(view, 'PART_OF', part!, whole!, 'comma-chain', 0.55) : null;
  }),
  ...matchAll(view, new RegExp(`(${M('O')})[^<]{0,40}?\\b(?:is|are|was|were|as|remains)? ?(?:a |an )?(?:part|unit|division|branch|subsidiary|arm|component|sub-bureau|member) of (?:the )?(${M('O')})`, 'gu'),
    // "X became a member of A in 2025 and has been a member of B": the second predicate is X's, not A's; "is not part of" denies it.
    (m) => (/\b(?:and|but|not|never)\b/.test(m[0].slice(m[1]!.length)) ? null : candidate(view, 'PART_OF', refs(m[1])[0]!, refs(m[2])[0]!, 'part-of', 0.8))),
  // "X, a regional office of the Y,", "X, an interagency body of the Y", "X, another Y office": an organ named in apposition.
  ...matchAll(view, new RegExp(`(${M('O')})(?: \\([^)<]*\\))?, (?:(?:a|an|the|one) (?:[a-z-]+ ){0,3}(?:office|body|unit|branch|arm|division|department|directorate|agency|service|command|wing|section|bureau|component|subsidiary) of (?:the )?(?:${M('L')}'s )?(${M('O')})|another (${M('O')}) (?:office|body|unit|branch|division|department|agency|command))`, 'gu'),
    (m) => candidate(view, 'PART_OF', refs(m[1])[0]!, refs(m[2] ?? m[3])[0]!, 'organ-apposition', 0.7)),
  // "the X, whose Regional Office for Y helped …": a body named right after "whose" is a part of the one before.
  ...matchAll(view, new RegExp(`(${M('O')})(?: \\([^)<]*\\))?, whose (${M('O')})`, 'gu'),
    (m) => candidate(view, 'PART_OF', refs(m[2])[0]!, refs(m[1])[0]!, 'whose-part', 0.65)),
  ...matchAll(view, new RegExp(`(${M('O')})[^<]{0,30}?\\b(?:sits|sit|is|are|operates|operate|falls|fall|functions|function|comes|come|works|work)(?: structurally| directly)? (?:within|under) (?:the )?(${M('O')})`, 'gu'),
    (m) => candidate(view, 'PART_OF', refs(m[1])[0]!, refs(m[2])[0]!, 'within', 0.8)),
];

/** "LYON, France", "Kowloon (Hong Kong)", "Suva, the capital of Fiji", "a town in Yunnan" */
const placeInPlace: Rule = (view, doc) => matchAll(view,
  new RegExp(`(${M('L')})(?:, (?:the )?(?:capital|a city|city|a province|province|a region|region|(?:(?:the )?(?:largest|main|biggest|second-largest|second) )?(?:island|city|port|town)) (?:of|in) (?:the )?|,? in (?:the )?${DIRECTION}(?:${M('L')}'s )?|,? in the (?:[A-Za-z]+ |<D\\d+> )?(?:region|province|state|department|district|county) of |, (?:the )?(?:Sultanate|Kingdom|Republic|State|Emirate|Principality|Commonwealth|Federation) of (?:the )?|, | \\(| in (?:the )?)(${M('L')})(?!(?:,? and|,) ${M('L')})`, 'gu'),
  (m) => {
    const [inner] = refs(m[1]);
    const [outer] = refs(m[2]);
    const a = nameOf(view, doc, inner!);
    const b = nameOf(view, doc, outer!);
    if (a === b) return null;
    const known = COUNTRY_OF.get(a);
    const stated = /capital|city|province|region|island|port|town|state|department|district|county|Sultanate|Kingdom|Republic|Emirate|Principality|Commonwealth|Federation/.test(m[0]);
    // A city or region "in" or "," a country the gazetteer places it in, or one the text calls its capital/city.
    // "Honolulu, Hawaii": a city then a division of the same country.
    const division = known !== undefined && known === COUNTRY_OF.get(b) && new RegExp(`^${M('L')},? (?:in (?:the )?${DIRECTION}(?:${M('L')}'s )?)?${M('L')}$`).test(m[0]);
    if (known === b || stated || division || (!COUNTRY_NAMES.has(a) && known === undefined && (COUNTRY_NAMES.has(b) || COUNTRY_OF.has(b)))) {
      // A dateline ("VISBY, Sweden, June 3 –", "LYON, France –") keeps LOCATED_IN (see relations/index.ts).
      const dateline = m.index === 0 && /^(?: ?[–-]|, (?:[A-Z][a-z]+ \d|\d))/.test(view.template.slice(m[0].length));
      return candidate(view, 'LOCATED_IN', inner!, outer!, dateline ? 'dateline-place' : 'place-in-place', known === b || stated ? 0.85 : 0.6);
    }
    // "captured in Pereval, Santara, by …": two places no gazetteer lists, the town after "in"/"at" and its region
    // closing the phrase (not a list: "in A, B and C" is cut above by the lookahead, "in A, B, C" by a lower-case word after).
    const before = view.template.slice(0, m.index);
    const after = view.template.slice(m.index + m[0].length);
    if (known === undefined && !COUNTRY_OF.has(b) && !COUNTRY_NAMES.has(b) && new RegExp(`^${M('L')}, ${M('L')}$`).test(m[0])
      && /\b(?:in|at|near) $/.test(before) && /^(?:[.;]|, [a-z])/.test(after)) {
      return candidate(view, 'LOCATED_IN', inner!, outer!, 'town-region', 0.5);
    }
    return null;
  });

/** "the Greek island of Corfu", "Laos' Bokeo province": a division named with the country it is in. */
const DIVISION = '(?:island|region|province|state|city|town|port|district|department|county|prefecture|governorate|oblast)';
const divisionOf: Rule = (view) => [
  // "the Greek island of Corfu": Corfu is in Greece; "the Chapare region of Cochabamba": Chapare is in Cochabamba.
  ...matchAll(view, new RegExp(`\\bthe (${M('DL')}) ${DIVISION} of (${M('L')})`, 'gu'), (m) => {
    const [before, after] = [refs(m[1])[0]!, refs(m[2])[0]!];
    return view.mentions[before]!.kind === 'demonym'
      ? candidate(view, 'LOCATED_IN', after, before, 'division-of', 0.7)
      : candidate(view, 'LOCATED_IN', before, after, 'division-of', 0.7);
  }),
  // "the Chapare region of Cochabamba", the division word inside the first name: it is in the second.
  ...matchAll(view, new RegExp(`\\bthe (${M('L')}) of (${M('L')})`, 'gu'), (m) => {
    const inner = view.mentions[refs(m[1])[0]!]!;
    const surface = view.sentence.text.slice(inner.start - view.sentence.start, inner.end - view.sentence.start);
    return new RegExp(` ${DIVISION}$`, 'i').test(surface) ? candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'division-of', 0.7) : null;
  }),
  // The division word may be inside the second name ("Bokeo province") or after it.
  ...matchAll(view, new RegExp(`(${M('L')})'s? (${M('L')})( ${DIVISION}\\b)?`, 'gu'), (m) => {
    const inner = view.mentions[refs(m[2])[0]!]!;
    const surface = view.sentence.text.slice(inner.start - view.sentence.start, inner.end - view.sentence.start);
    if (!m[3] && !new RegExp(` ${DIVISION}$`, 'i').test(surface)) return null;
    return candidate(view, 'LOCATED_IN', refs(m[2])[0]!, refs(m[1])[0]!, 'division-of', 0.7);
  }),
];

/** "the University of X in Beijing", "INTERPOL headquarters in Lyon", "the Forum held in eastern China", "Games in China" */
const bodyInPlace: Rule = (view) => [
  ...matchAll(view, new RegExp(`(${M('OE')})(?:\\.? (?:Ltd|Inc|LLC|Corp|S\\.A)\\.?)?(?: \\([^()<]{1,30}\\))?(?:'s)?(?: headquarters| offices?| secretariat)?,? (?:(?:which |that )?(?:is |was |were |are |will be |has been |would be )?(?:based|headquartered|located|held|hosted|staged|opened(?: today)?|convened|took place|taking place|being held)(?: today)? )?(?:in|at) (?:the )?${DIRECTION}(${M('L')})`, 'gu'),
    (m) => {
      // "Next year's conference will be held in X" is another meeting than the one the story is about.
      // "The 26th Conference of the X was held in Y": the meeting was, not its owner.
      if (otherMeeting(view, m.index) || /<E\d+> of (?:the )?$/.test(view.template.slice(0, m.index))) return null;
      // "arrested by the X in Y" says where the arrest was, not where the body is based.
      if (/\b(?:arrested|detained|apprehended|caught|intercepted) by (?:the )?$/.test(view.template.slice(0, m.index))) return null;
      // "handed over to officers of the X at Y airport": where the handover was, not where X is based.
      if (/\bhanded (?:[^<.;]{0,25}? )?to\b[^<.;]{0,30}$/.test(view.template.slice(0, m.index))) return null;
      const out = [candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'in-place', 0.7, dateProps(view))];
      // "held at the Amber Congress Centre in Riga": the event is in the city too.
      const city = new RegExp(`^,? in (?:the )?(${M('L')})`).exec(view.template.slice(m.index + m[0].length));
      if (city && view.mentions[refs(m[1])[0]!]!.type === 'Event') out.push(candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(city[1])[0]!, 'in-place', 0.6));
      return out;
    }),
  // "X, the Y network, which is based in Z": the relative clause after an apposition.
  ...matchAll(view, new RegExp(`(${M('O')}), (?:the |a |an )?[^<,]{0,30}?(?:${M('O')}[^<,]{0,30}?)?, (?:which|that) (?:is|was|has been|are) (?:based|headquartered|located) in (?:the )?(${M('L')})`, 'gu'),
    (m) => candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'apposition-based', 0.65)),
  ...matchAll(view, new RegExp(`(${M('OE')}), (?:a |an |the )?(${M('L')})-based|(${M('L')})-based (?:[a-z]+ ){0,3}?(${M('O')})`, 'gu'),
    (m) => (m[1] ? candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'based', 0.8)
      : candidate(view, 'LOCATED_IN', refs(m[4])[0]!, refs(m[3])[0]!, 'based', 0.8))),
  ...matchAll(view, new RegExp(`(${M('E')})[^<]{0,40}?\\b(?:conducted|held|carried out|staged|run|took place|taking place) (?:across|in|throughout) (?:the )?(${LIST('L')})`, 'gu'),
    (m) => (otherMeeting(view, m.index) ? null : refs(m[2]).map((l) => candidate(view, 'LOCATED_IN', refs(m[1])[0]!, l, 'held-across', 0.7)))),
  ...matchAll(view, new RegExp(`\\b(?:met|gathered|convened|assembled|meet|gather|convene) (?:in|at) (?:the )?(${M('L')})(?:, ${M('L')})?,? (?:for|to attend|at) (?:the )?(${M('E')})`, 'gu'),
    (m) => candidate(view, 'LOCATED_IN', refs(m[2])[0]!, refs(m[1])[0]!, 'met-in-for', 0.7, dateProps(view))),
  ...matchAll(view, new RegExp(`(${M('LD')}) (?:has |had |will |is to )?(?:hosted|hosts|host|is hosting) (?:its |the |a )?(?:first |second |annual )?(${M('E')})`, 'gu'),
    (m) => [candidate(view, 'LOCATED_IN', refs(m[2])[0]!, refs(m[1])[0]!, 'hosted', 0.75),
      candidate(view, 'PARTICIPATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'hosted', 0.7, { role: 'host' })]),
];

/** "Next year's conference", "last year's summit": another meeting than the one the story is about. */
const otherMeeting = (view: View, at: number) => /\b(?:[Nn]ext|[Ll]ast) (?:year|month|week)'s $/.test(view.template.slice(0, at));

const DIRECTION = '(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)? |(?:north|south)(?:east|west)ern )?';
const dateProps = (view: View) => { const d = dateIn(view.sentence.text); return d ? { date: d } : undefined; };

/** List lines: "90th General Assembly – 2022 – New Delhi" */
const listLine: Rule = (view) => matchAll(view, new RegExp(`^(${M('E')}) ?[–-] ?([^<]{0,40}?) ?[–-] ?(${M('L')})$`, 'gu'), (m) => {
  const date = dateIn(m[2]!);
  return candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[3])[0]!, 'list-line', 0.75, date ? { date } : undefined);
});

/** Dateline "NAIROBI, Kenya – The 12th session of X closed today": the event is in the dateline city. */
const dateline: Rule = (view) => {
  const m = new RegExp(`^(${M('L')}), ${M('L')} ?[–-] ([^<]{0,60}?)(${M('E')})`, 'u').exec(view.template);
  if (!m || /\bin <L/.test(view.template.slice(m[0].length, m[0].length + 80))) return [];
  return [candidate(view, 'LOCATED_IN', refs(m[3])[0]!, refs(m[1])[0]!, 'dateline', 0.55)];
};

export const STRUCTURE_RULES: Rule[] = [
  guarded(/<[OL]\d+>'s/, possessive), guarded(/<O\d+>.*<O\d+>/, ofChain), guarded(/<L\d+>.*<L\d+>/, placeInPlace), guarded(/<[LD]\d+>.*<L\d+>/, divisionOf),
  guarded(/<[OEL]\d+>.*<[LDE]\d+>|<L\d+>-based/, bodyInPlace), guarded(/^<E\d+>.*<L\d+>$/, listLine), guarded(/^<L\d+>, <L\d+> ?[–-].*<E/, dateline),
];
export type { Candidate };
