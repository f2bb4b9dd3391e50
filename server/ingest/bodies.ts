// Names of bodies, events and "other" things, typed by their head word:
// "Ministry of X", "Y Bureau of the Z", "Operation W", "86th General Assembly".
import type { EntityType } from '../ontology/index.js';
import type { Chunk, Unit } from './chunks.js';
import { isCap } from './tokens.js';
import { lookup, COUNTRY_NAMES } from './lookup.js';
import { ORG_LEADING_HEADS, COMPANY_FORMS } from './gazetteer/organizations.js';
import { EVENT_LEADING, NAME_PARTICLES, VENUE_CENTRE } from './gazetteer/lexicon.js';
import { COMMON_WORDS } from './gazetteer/common.js';
import { GIVEN_NAMES } from './gazetteer/names.js';
import { type RawMention, phrase, isOrgHead, isEventHead, isOtherHead, isLocationHead, isRoleUnit } from './mention.js';

/** A word that can be part of a person's name (not a head, title, common word or known place). */
const nameWord = (u: Unit, inner: boolean) => (inner && NAME_PARTICLES.has(u.lower.replace(/-.*$/, '')))
  || (/^\p{Lu}[\p{L}'’-]*$/u.test(u.text) && !COMMON_WORDS.has(u.lower) && !isRoleUnit(u) && !isOrgHead(u) && !isEventHead(u)
    && !isOtherHead(u) && !isLocationHead(u) && !lookup(u.text))
  || /^\p{Lu}\.$/u.test(u.text);
const personShaped = (units: Unit[]) => units.length >= 2 && units.length <= 4 && units.every((u, k) => nameWord(u, k > 0 && k < units.length - 1));

/** Persons named before "of" after a title: "Lorna Veckstein and Tobiah Marrel" → two names. */
function personsIn(units: Unit[], titled: boolean): RawMention[] | null {
  const groups: Unit[][] = [[]];
  for (const u of units) if (u.lower === 'and') groups.push([]); else groups.at(-1)!.push(u);
  // After a title a surname alone is a name ("Inspector Cutajar of the X"), and so is a given name that is also
  // a place ("Commander Sofia Lind of the X").
  const shaped = (g: Unit[]) => personShaped(g) || (titled && groups.length === 1
    && ((g.length === 1 && nameWord(g[0]!, false) && /\p{Ll}/u.test(g[0]!.text)) || (g.length >= 2 && lookup(g[0]!.text)?.type === 'Location' && !lookup(g[0]!.text)?.demonym && g.length <= 4 && g.slice(1).every((u) => nameWord(u, false)))));
  if (!groups.every(shaped)) return null;
  return groups.map((g) => ({ start: g[0]!.start, end: g.at(-1)!.end, type: 'Person' as const, name: phrase(g), kind: 'name' as const, priority: 2, titled: true }));
}

/** Romance names put the head first: "Policía Nacional", "Guardia Civil", "Banco Austral de X". */
export const ROMANCE_HEADS = /^(?:policía|polícia|policia|polizia|guardia|gendarmer[ií]a|audiencia|fiscal[ií]a|procuradur[ií]a|ministerio|ministério|secretar[ií]a|dirección|direção|superintendencia|juzgado|servicio|banco|banca|universidad|universidade)$/;

/** Lower-case words inside place names: "Brod nad Vltavou", "Frankfurt am Main", "Torre de Valdera". */
const PLACE_PARTICLES = /^(?:nad|am|de|del|da|do|du|di)$/;

/** Title words that say nothing alone: "Second Section of the X", "General Coordination for Y" are bodies. */
const WEAK_TITLES = /^(?:general|first|second|third|senior|junior|state|deputy|acting|vice|former|interim|executive|assistant|member)$/;

/** Words that finish a title after "of": "Chief of Staff", "Head of Mission", "Chief of Police". */
const TITLE_OBJECT = /^(?:staff|mission|police|customs|prisons|immigration|delegation|cabinet|protocol|operations|investigations|station)$/;

/** Organizations, events and "other" names, typed by their last head word. */
export function namedBody(units: Unit[], chunk: Chunk): RawMention[] | null {
  const first = units[0]!;
  // Leading role words are a title, not part of the body: "Director General of the X Department".
  let from = 0;
  // "U.S. Attorney", "Senior Lieutenant General": a place or demonym inside the title run counts with it.
  // ...but not the first word of a name whose head follows: "General Secretariat", "Executive Committee in Lyon".
  const headNext = (k: number) => { const n = units[k + 1]; return !!n && (isOrgHead(n) || isEventHead(n)) && (k + 2 >= units.length || /^(?:of|in|for|at|and)$/.test(units[k + 2]!.lower)); };
  // "State" is a title only before another ("State Secretary X"): "State Revenue Committee" is the body's own name.
  const titleWord = (k: number) => units[k + 1]?.lower !== "'s" && units[k + 1]?.lower !== '’s' && !headNext(k) && (isRoleUnit(units[k]!) && !isOrgHead(units[k]!) && !(units[k]!.lower === 'state' && units[k + 1] && isCap(units[k + 1]!.text)))
    || (k + 1 < units.length && isRoleUnit(units[k + 1]!) && !isOrgHead(units[k + 1]!) && !isOrgHead(units[k]!)
      && !(units[k + 1]!.lower === 'state' && units[k + 2] && isCap(units[k + 2]!.text)) // "Albanian State Police"
      && (lookup(units[k]!.text)?.type === 'Location' || (k === 0 && /^\p{Lu}\p{Ll}+$/u.test(units[k]!.text) && !lookup(units[k]!.text))));
  while (from < units.length - 2 && titleWord(from)) from++;
  // "Associate Justice X of the High Court", "Justice X of the Y Court": a judge's title opens the run (tune19).
  if (from === 0) {
    const j = /^(?:madam|mr|mrs|ms|chief|associate|puisne|principal|senior)$/.test(first.lower) ? 1 : 0;
    if (units[j]?.text === 'Justice' && units.length > j + 3 && isCap(units[j + 1]!.text) && units.some((u) => u.lower === 'of')) from = j + 1;
  }
  // "Attorney General's Office", "Special State Prosecutor's Office": the title words owning the office are its name.
  const owner = units.findIndex((u) => /^['’]s?$/.test(u.text));
  if (owner > 0) {
    let q = owner - 1;
    while (q > 0 && isCap(units[q - 1]!.text)) q--;
    from = Math.min(from, q);
  }
  if (from > 0 && units[from]?.lower === 'of') from++;
  // "Chief of Staff of the X Navy", "Head of Mission of the Y": the title ends with its own "of" phrase.
  if (from > 1 && units[from - 1]!.lower === 'of' && TITLE_OBJECT.test(units[from]?.lower ?? '') && units[from + 1]?.lower === 'of' && from + 2 < units.length) from += 2;
  if (from > 0 && units[from]?.lower === 'the') from++;
  const body = units.slice(from);
  if (!body.length) return null;
  const meeting = meetingOf(body, chunk);
  if (meeting) return meeting;
  // "Assistant Attorney General X of the Justice Department": a titled person, then the body.
  const of = body.findIndex((u) => u.lower === 'of' || u.lower === 'for');
  if (of > 0) {
    const persons = (from > 0 || chunk.titled || GIVEN_NAMES.has(body[0]!.lower)) && !EVENT_LEADING.has(body[0]!.lower) ? personsIn(body.slice(0, of), from > 0 && isRoleUnit(units[from - 1]!) && !WEAK_TITLES.test(units[from - 1]!.lower)) : null;
    if (persons) {
      let r = of + 1;
      if (body[r]?.lower === 'the') r++;
      const rest = body.slice(r);
      const known = lookup(phrase(rest));
      const restMentions: RawMention[] = known
        ? [{ start: rest[0]!.start, end: rest.at(-1)!.end, type: known.type, name: known.canonical, kind: known.demonym ? 'demonym' : 'lexicon', priority: 1, surface: phrase(rest) }]
        : rest.length ? namedBody(rest, chunk) ?? [] : [];
      return [...persons, ...restMentions];
    }
  }
  let type: EntityType | null = null;
  let headAt = -1;
  if (EVENT_LEADING.has(body[0]!.lower) && body.length > 1) { type = 'Event'; headAt = 0; }
  for (let i = body.length - 1; i >= 0 && !type; i--) {
    const u = body[i]!;
    if ((!isCap(u.text) && !COMPANY_FORMS.has(u.lower)) || u.lower === 'general') continue;
    const nextUnit = body[i + 1];
    // Romance names put the head first: "Policía Nacional", "Polícia Federal", "Guardia Civil".
    const headFirst = i === 0 && ROMANCE_HEADS.test(u.lower);
    // "Joint Interagency Task Force South": a task force may end in a compass word.
    const forceSuffix = u.lower === 'force' && i === body.length - 2 && /^(?:North|South|East|West|Central)$/.test(nextUnit?.text ?? '');
    if (nextUnit && !headFirst && !forceSuffix && !/^(?:of|for|on|in|against|and|[IVX]+|\d+|No\. \d+)$/.test(nextUnit.text) && !EVENT_LEADING.has(body[0]!.lower)) continue;
    if (isOtherHead(u)) { type = 'Other'; headAt = i; }
    else if (isEventHead(u) && !(isOrgHead(u) && !/^\d/.test(first.text))) { type = 'Event'; headAt = i; }
    else if (isOrgHead(u) && !lookup(u.text)) { type = 'Organization'; headAt = i; }
  }
  // tune17: "Carbones del Sur S.R.L. of Rosario": a company form closes the name; the place after "of" is its own mention.
  if (type === 'Organization' && COMPANY_FORMS.has(body[headAt]!.lower) && body[headAt + 1]?.lower === 'of' && headAt + 2 < body.length) {
    return [...(namedBody(body.slice(0, headAt + 1), { ...chunk, acronym: undefined }) ?? []), ...segmentPlain(body.slice(headAt + 2))];
  }
  // "Ministry of Trade and Fair Policy", "Velmora Bureau of Standards": a body's head before "of"/"for" governs a
  // complement that ends in a document word, when the complement joins two fields with "and" or is that word alone
  // ("Council of Europe Action Plan" stays a plan).
  if (type === 'Other' && headAt === body.length - 1) {
    const j = body.findIndex((u, k) => k < headAt - 1 && isCap(u.text) && isOrgHead(u) && !isOtherHead(u) && !isEventHead(u) && /^(?:of|for)$/.test(body[k + 1]!.lower));
    if (j >= 0 && (j + 2 === headAt || body.slice(j + 2, headAt).some((u) => u.lower === 'and'))) { type = 'Organization'; headAt = j; }
  }
  // "Joint Task Force on Online Scam Operations": a body's head comes before its "on"/"against" complement, whose
  // own head word ("Operations") only says what the body works on.
  if (type === 'Event' && headAt > 1 && !EVENT_LEADING.has(body[0]!.lower)) {
    const on = body.findIndex((u, k) => k > 0 && k < headAt && /^(?:on|against)$/.test(u.lower) && isOrgHead(body[k - 1]!) && !isEventHead(body[k - 1]!));
    if (on > 0) { type = 'Organization'; headAt = on - 1; }
  }
  // "the 13th RMMOC", "the 5th ASEANAPOL": an ordinal before a short name numbers a meeting.
  if (!type && body.length >= 2 && /^\d+(?:st|nd|rd|th)$/.test(body[0]!.text) && body.slice(1).every((u) => /^\p{Lu}[\p{Lu}\d-]+$/u.test(u.text) || /^[IVX]+$/.test(u.text))) { type = 'Event'; headAt = body.length - 1; }
  // "National Convention Centre", "Port of Rotterdam", "Mekong River": a named site.
  // "X Cargo Centre", "X International Mail Centre", "X One Stop Border Post": a site where goods are checked.
  const venue = body.findIndex((u, i) => i > 0 && ((/^(?:centre|center)$/.test(u.lower) && VENUE_CENTRE.test(body[i - 1]!.lower))
    || (u.lower === 'post' && body[i - 1]!.lower === 'border' && i === body.length - 1)));
  if (venue > 0 && (type === 'Organization' || !type) && (headAt <= venue)) { type = 'Location'; headAt = venue; }
  // tune17: "Port of Walvis Bay", "Freeport of Riga": a port named "of" a place is one site, even where the place's
  // own name ends in a head word ("Bay") or the word is also a town's name ("Freeport").
  if (!type && body.length >= 3 && /^(?:Port|Freeport|Harbour|Harbor)$/.test(body[0]!.text) && body[1]!.lower === 'of' && body.slice(2).every((u) => isCap(u.text))) { type = 'Location'; headAt = 0; }
  for (let i = body.length - 1; i >= 0 && !type; i--) {
    const u = body[i]!;
    const nextUnit = body[i + 1];
    // "Tocumen International Airport in Panama City": the place after "in" is cut off below.
    if (!isCap(u.text) || (nextUnit && !/^(?:of|for|de|des|du|in|[IVX]+|\d+)$/.test(nextUnit.text))) continue;
    if (isLocationHead(u)) { type = 'Location'; headAt = i; }
  }
  // "the Naval Prefecture", "the Maritime Prefecture": a coast guard force, not a division of a country.
  if (type === 'Location' && body[headAt]!.lower === 'prefecture' && /^(?:naval|maritime)$/.test(body[headAt - 1]?.lower ?? '')) type = 'Organization';
  // "Ituri Province of the Democratic Republic of the Congo": a division, then the country that holds it.
  // (A US "Southern District of Florida" is a court's district, one name: only a country is cut off.)
  if (type === 'Location' && /^(?:province|region|governorate|oblast|prefecture)$/.test(body[headAt]!.lower) && body[headAt + 1]?.lower === 'of') {
    const rest = body.slice(body[headAt + 2]?.lower === 'the' ? headAt + 3 : headAt + 2);
    const country = rest.length ? lookup(phrase(rest)) : undefined;
    if (country?.type === 'Location' && !country.demonym && COUNTRY_NAMES.has(country.canonical)) return [...(namedBody(body.slice(0, headAt + 1), chunk) ?? []), ...segmentPlain(rest)];
  }
  if (type === 'Location' && headAt > 0) {
    // "Patrols on the X River": the site's name starts after the last lower-case word before its head.
    let k = headAt - 1;
    // "Brod nad Vltavou Region": a particle between capitalized words stays inside the site's name.
    while (k >= 0 && (isCap(body[k]!.text) || (k > 0 && PLACE_PARTICLES.test(body[k]!.lower) && isCap(body[k - 1]!.text)))) k--;
    // "Papua New Guinea and Solomon Islands": a known place before "and" is a mention of its own.
    if (k > 0 && body[k]!.lower === 'and') return [...segmentPlain(body.slice(0, k)), ...(namedBody(body.slice(k + 1), chunk) ?? [])];
    if (k >= 0) return namedBody(body.slice(k + 1), chunk);
  }
  if (!type) return null;
  if (body.length === 1 && !lookup(body[0]!.text)) return null; // "Post", "Council" alone name nothing
  // "Convention against Illicit Traffic in Narcotic Drugs": a treaty, not a gathering; its subject may hold an "in".
  const treaty = body[headAt]!.lower === 'convention' && /^(?:against|on|for)$/.test(body[headAt + 1]?.lower ?? '');
  if (treaty) type = 'Other';
  const cut = body.findIndex((u, i) => i > headAt && (u.lower === 'in' || u.lower === 'at')
    && !(treaty && !lookup(phrase(body.slice(i + 1))) && !body.slice(i + 1).some(isLocationHead)));
  if (cut > 0) {
    // "the 2030 Games in Spain": the place after the name is a mention of its own.
    const place = body.slice(cut + 1);
    // "the Gulf Centre (GC) in Doha": an acronym before the place belongs to the name.
    const acronym = chunk.acronym && chunk.acronym.start < body[cut]!.start ? chunk.acronym : undefined;
    // "the X Police in Operation Nordlys": what follows "in" may be a name with a head of its own.
    const known = segmentPlain(place);
    const after = known.length || !place.length ? known : (namedBody(place, { ...chunk, acronym: undefined }) ?? []).filter((m) => m.type === 'Event');
    return [...(namedBody(body.slice(0, cut), { ...chunk, acronym }) ?? []), ...after];
  }
  // "the Organised Crime Team in Algeciras and the Customs Surveillance Service": a body, its place, a second body.
  const inPlace = body.findIndex((u, i) => i > 0 && u.lower === 'in' && isOrgHead(body[i - 1]!) && lookup(body[i + 1]?.text ?? '')?.type === 'Location');
  if (inPlace > 0 && inPlace < headAt) {
    const rest = body.slice(inPlace + 1);
    const and = rest.findIndex((u) => u.lower === 'and');
    const second = and > 0 ? rest.slice(rest[and + 1]?.lower === 'the' ? and + 2 : and + 1) : [];
    const first = namedBody(body.slice(0, inPlace), { ...chunk, acronym: undefined }) ?? [];
    if (first.length && and > 0 && second.length) return [...first, ...segmentPlain(rest.slice(0, and)), ...(namedBody(second, chunk) ?? [])];
  }
  // "the Pharmacy and Poisons Board and the Kenya Revenue Authority": "and the" after a head word ends the first name.
  const andThe = body.findIndex((u, i) => i > 1 && u.lower === 'and' && body[i + 1]?.lower === 'the' && isOrgHead(body[i - 1]!) && i + 2 < body.length);
  if (andThe > 0) {
    const first = namedBody(body.slice(0, andThe), { ...chunk, acronym: undefined }) ?? [];
    const second = namedBody(body.slice(andThe + 2), chunk) ?? [];
    if (first.length && second.length) return [...first, ...second];
  }
  // "Customs and Excise" is one portfolio, not two bodies.
  const and = body.findIndex((u, i) => i > 0 && u.lower === 'and' && !(body[i - 1]!.lower === 'customs' && body[i + 1]?.lower === 'excise') && (i < headAt || standsAlone(body.slice(i + 1))));
  if (and > 0) {
    const left = body.slice(0, and);
    const leftKnown = lookup(phrase(left));
    if (and > headAt && !leftKnown) {
      // "Ministry of Security of Peru and INTERPOL": two names, the first carrying the head.
      const rightUnits = body.slice(and + 1);
      const right = rightUnits[0]?.lower === 'the' ? rightUnits.slice(1) : rightUnits;
      const rightKnown = lookup(phrase(right));
      const rightMentions: RawMention[] = rightKnown
        ? [{ start: right[0]!.start, end: right.at(-1)!.end, type: rightKnown.type, name: rightKnown.canonical, kind: rightKnown.demonym ? 'demonym' : 'lexicon', priority: 1, surface: phrase(right) }]
        : namedBody(right, chunk) ?? [];
      return [...(namedBody(left, { ...chunk, acronym: undefined }) ?? []), ...rightMentions];
    }
    // "The GDNC and the Gulf Criminal Intelligence Centre": an acronym, then a second name.
    if (rightUnits0(body, and) && left.length === 1 && /^\p{Lu}[\p{Lu}\d]{1,9}$/u.test(left[0]!.text) && !leftKnown && body.length - and > 2) {
      return [{ start: left[0]!.start, end: left[0]!.end, type: 'Organization', name: left[0]!.text, kind: 'name', priority: 2 }, ...(namedBody(body.slice(and + 2), chunk) ?? [])];
    }
    const coordinated = rightUnits0(body, and) && left.length >= 2 && left.every((u) => isCap(u.text) && !COMMON_WORDS.has(u.lower));
    // "the X Joint Statement and the Y Pact": a left name with a head of its own.
    const ownHead = rightUnits0(body, and) && left.length >= 2 && (isOtherHead(left.at(-1)!) || isEventHead(left.at(-1)!));
    if (ownHead && !leftKnown && !isOrgHead(left.at(-1)!)) {
      const rightUnits = body.slice(and + 2);
      return [...(namedBody(left, { ...chunk, acronym: undefined }) ?? []), ...(namedBody(rightUnits, chunk) ?? [])];
    }
    // "the Ministry of X of A and the Ministry of Y of B": two complete names, each with its own head.
    const rightAfterThe = body.slice(and + 2);
    const twoHeads = rightUnits0(body, and) && left.length >= 2 && rightAfterThe.length >= 2
      && left.some(isOrgHead) && rightAfterThe.some(isOrgHead) && (ORG_LEADING_HEADS.has(left[0]!.lower) || isOrgHead(left.at(-1)!) || left.some((u, k) => isOrgHead(u) && left[k + 1]?.lower === 'of'));
    if (twoHeads && !leftKnown) {
      return [...(namedBody(left, { ...chunk, acronym: undefined }) ?? []), ...(namedBody(rightAfterThe, chunk) ?? [])];
    }
    // "Commissioner P Q and the X Police": after a title, or opening with a given name, a person-shaped left is the
    // person, not a body coordinated with the right.
    if (coordinated && !leftKnown && left.length <= 3 && !left.some((u) => isOrgHead(u) || isLocationHead(u))
      && ((from > 0 && isRoleUnit(units[from - 1]!)) || GIVEN_NAMES.has(left[0]!.lower)) && personShaped(left)) {
      const right = namedBody(body.slice(and + 2), chunk) ?? [];
      return [{ start: left[0]!.start, end: left.at(-1)!.end, type: 'Person', name: phrase(left), kind: 'name', priority: 2, titled: true }, ...right];
    }
    if (leftKnown || isOrgHead(left.at(-1)!) || coordinated) {
      const rightUnits = body.slice(and + 1);
      const right = namedBody(rightUnits[0]?.lower === 'the' ? rightUnits.slice(1) : rightUnits, chunk) ?? [];
      const leftMention: RawMention = leftKnown
        ? { start: left[0]!.start, end: left.at(-1)!.end, type: leftKnown.type, name: leftKnown.canonical, kind: leftKnown.demonym ? 'demonym' : 'lexicon', priority: 1, surface: phrase(left) }
        : { start: left[0]!.start, end: left.at(-1)!.end, type: 'Organization', name: phrase(left), kind: 'name', priority: 2 };
      return [leftMention, ...right];
    }
  }
  const parts = splitNested(body);
  return parts.map((p, k) => {
    const name = phrase(p.units);
    const known = lookup(name);
    const last = k === parts.length - 1;
    return {
      start: p.units[0]!.start, end: last && chunk.acronym ? Math.max(p.units.at(-1)!.end, chunk.acronym.end) : p.units.at(-1)!.end,
      type: known?.type ?? p.type ?? type!, name: known?.canonical ?? name, kind: known ? 'lexicon' : 'name', priority: 2,
      acronym: last ? chunk.acronym?.text : undefined, ...(known ? { surface: name } : {}),
    } satisfies RawMention;
  }).filter((m) => headAt >= 0 && m.name.length > 1);
}

/**
 * "26th Annual Conference of the Oceania Customs Organisation (OCO)": a numbered meeting of a body. The event keeps
 * the whole name, its mention stops before "of" so the body (and its acronym) is a mention of its own.
 */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+(?:ieth|teenth))$/;
function meetingOf(body: Unit[], chunk: Chunk): RawMention[] | null {
  const of = body.findIndex((u) => u.lower === 'of');
  if (!ORDINAL.test(body[0]!.text) || of < 2 || !isEventHead(body[of - 1]!)) return null;
  const rest = body.slice(body[of + 1]?.lower === 'the' ? of + 2 : of + 1);
  if (!rest.length || rest.some((u) => u.lower === 'of' || u.lower === 'in')) return null;
  const known = lookup(phrase(rest));
  const owner: RawMention[] = known
    ? (known.type === 'Organization' ? [{ start: rest[0]!.start, end: rest.at(-1)!.end, type: known.type, name: known.canonical, kind: 'lexicon', priority: 1, surface: phrase(rest) }] : [])
    : /^\p{Lu}[\p{Lu}\d-]{2,9}$/u.test(rest[0]!.text) && rest.length === 1
      ? [{ start: rest[0]!.start, end: rest[0]!.end, type: 'Organization', name: rest[0]!.text, kind: 'name', priority: 2 }]
      : (namedBody(rest, chunk) ?? []).filter((m) => m.type === 'Organization');
  if (owner.length !== 1) return null;
  const event: RawMention = { start: body[0]!.start, end: body[of - 1]!.end, type: 'Event', name: phrase(body), kind: 'name', priority: 2 };
  return [event, ...owner];
}

/** "Cyber Crime Bureau of the Ministry of Internal Affairs" is two bodies, not one. */
function splitNested(body: Unit[]): Array<{ units: Unit[]; type?: EntityType }> {
  for (let i = 1; i < body.length - 1; i++) {
    if (body[i]!.lower !== 'of' && body[i]!.lower !== 'for') continue;
    const left = body.slice(0, i);
    let r = i + 1;
    if (body[r]?.lower === 'the') r++;
    const right = body.slice(r);
    if (right.length === 1 && /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(right[0]!.text) && !lookup(right[0]!.text) && isOrgHead(left.at(-1)!)) {
      return [{ units: left, type: 'Organization' }, { units: right, type: 'Organization' }];
    }
    // "Central Directorate of Criminal Police": without "the", a short tail with no leading head of its own is the portfolio.
    if (r === i + 1 && right.length <= 2 && !ORG_LEADING_HEADS.has(right[0]!.lower) && !lookup(phrase(right)) && isOrgHead(left.at(-1)!)) continue;
    // "Directorate for Combating Organised Crime of the Hellenic Police": a body whose name starts with its head
    // ends where "of the" brings in a second body with a head of its own.
    const leadingLeft = ORG_LEADING_HEADS.has(left[0]!.lower) && left.length >= 3 && r === i + 2 && isOrgHead(right.at(-1)!);
    const leftHead = leadingLeft || left.some((u) => isOrgHead(u) && !ORG_LEADING_HEADS.has(left[0]!.lower));
    // "... of the National Police of Colombia": a head word followed by "of" and a known place also closes a name.
    // "… of the Ruritanian Ministry of Interior": a demonym before a leading head still opens a body.
    const ownedLead = right.length >= 3 && lookup(right[0]!.text)?.demonym === true && ORG_LEADING_HEADS.has(right[1]!.lower);
    const rightOrg = right.some(isOrgHead) && (ORG_LEADING_HEADS.has(right[0]!.lower) || ownedLead || isOrgHead(right.at(-1)!) || !!lookup(phrase(right))
      || (right.length >= 3 && right.some((u, k) => k > 0 && isOrgHead(u) && right[k + 1]?.lower === 'of' && lookup(phrase(right.slice(k + 2)))?.type === 'Location')));
    if (leftHead && rightOrg && lookup(phrase(right))?.type !== 'Location') {
      return [{ units: left, type: 'Organization' }, ...splitNested(right)];
    }
  }
  return [{ units: body }];
}

/** "... of Peru and INTERPOL": what follows "and" is a name of its own. */
function standsAlone(units: Unit[]): boolean {
  const rest = units[0]?.lower === 'the' ? units.slice(1) : units;
  return rest.length > 0 && (!!lookup(phrase(rest)) || (isOrgHead(rest.at(-1)!) && rest.length > 1) || ORG_LEADING_HEADS.has(rest[0]!.lower));
}

/** "X and the Y Police": the word after "and" starts a second name. */
const rightUnits0 = (body: Unit[], and: number) => body[and + 1]?.lower === 'the';

/** Gazetteer names in a run of units, for the tail cut off a name ("... in Beijing"). */
function segmentPlain(units: Unit[]): RawMention[] {
  const start = units[0]?.lower === 'the' ? 1 : 0;
  const text = phrase(units.slice(start));
  const entry = lookup(text);
  if (!entry) return [];
  return [{ start: units[start]!.start, end: units.at(-1)!.end, type: entry.type, name: entry.canonical, kind: entry.demonym ? 'demonym' : 'lexicon', priority: 1, surface: text }];
}
