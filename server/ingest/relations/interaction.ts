// Between actors: meetings (MET_WITH), cooperation (COOPERATES_WITH),
// launching things (FOUNDED) and taking part in events (PARTICIPATED_IN).
import { type Rule, type View, type Doc, type Candidate, M, LIST, LIST_THE, candidate, matchAll, refs, dateIn, span, guarded } from './context.js';

const BODY = M('OLD');
/** Text and place or body names between a meeting word and a person: "his Lao counterpart". */
const SKIP = '(?:[^<]|<[LDO]\\d+>)';
const COOP_VERB = "(?:will |would |to |have |has |had |jointly |also |further |agreed to |plan to |vow(?:ed)? (?:to )?|pledged to )*(?:(?:hold|conduct|run|carry out|launch|set up|establish|stage|held|conducted|launched|staged)\\w* (?:an? )?(?:joint|coordinated|combined)|cooperat\\w*|collaborat\\w*|strengthen\\w*|team(?:ed)? up|join(?:ed)? forces|renew\\w*|sign\\w*|launch\\w*|agree\\w*|work(?:ed|ing)? together|(?:exchang|shar)\\w* (?:[a-z]+ )?(?:intelligence|information|data|liaison officers)|vow\\w*|explore\\w*|enhance\\w*|deepen\\w*|step(?:ped)? up|boost\\w*)";
const COOP_NOUN = '(?:memorandum of understanding|memorandum|MoU|MOU|accord|treaty|pact|protocol|letter of intent|cooperation|co-operation|collaboration|partnership|talks|agreement|declaration|dialogue|ties|engagement|hotline|relations|coordination|exchanges?)';
const COOP_CUE = /\b(?:cooperat|co-operat|collaborat|joint|partnership|agreement|accord|memorandum|deal|jointly)/i;

const pairs = (view: View, ids: number[], rule: string, confidence: number, props?: Record<string, string>): Candidate[] => {
  const out: Candidate[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    if (view.mentions[ids[i]!]!.entity !== view.mentions[ids[j]!]!.entity) out.push(candidate(view, 'COOPERATES_WITH', ids[i]!, ids[j]!, rule, confidence, props));
  }
  return out;
};

/** "a meeting between X, ..., and Y", "X has met with Y", "summit between X and his counterpart Y" */
const meetings: Rule = (view) => [
  ...matchAll(view, new RegExp(`\\b(?:[Mm]eetings?|[Tt]alks|[Ss]ummit|[Dd]iscussions?|met|meet|[Dd]ialogue|[Cc]onversation) between ${SKIP}{0,40}?(${M('P')})(?:[^<]|<[LDOX]\\d+>){0,140}? and ${SKIP}{0,60}?(${M('P')})`, 'gu'),
    (m) => candidate(view, 'MET_WITH', refs(m[1])[0]!, refs(m[2])[0]!, 'meeting-between', 0.8, dateProps(view))),
  ...matchAll(view, new RegExp(`(${M('P')})(?:[^<.]|<[LDOX]\\d+>){0,100}?\\b(?:has |had |have |also )?(?:met|meets|meet|held talks|holds talks|talked|spoke) (?:with )?${SKIP}{0,50}?(${M('P')})`, 'gu'),
    (m) => (/\bsaid\b(?! (?:he|she) (?:would|will|had|has) )/.test(m[0]) ? null : candidate(view, 'MET_WITH', refs(m[1])[0]!, refs(m[2])[0]!, 'met-with', 0.75, dateProps(view)))),
  ...matchAll(view, new RegExp(`(${M('P')}) and (?:his |her )?(?:[a-z]+ )?(?:counterpart )?(${M('P')}),? (?:also |later |then )?(?:held talks|met|hold talks|holds talks|had talks|talked|conferred)\\b`, 'gu'),
    (m) => candidate(view, 'MET_WITH', refs(m[1])[0]!, refs(m[2])[0]!, 'pair-met', 0.75, dateProps(view))),
  // "She thanked A, with whom she met in X": the pronoun is the sentence's subject, whoever it was resolved to.
  ...matchAll(view, new RegExp(`^(?:[^<]{0,30})?(${M('P')})(?:[^<.]|<[LDOX]\\d+>){0,100}?(${M('P')}),? with whom (?:${M('P')}|he|she) (?:had |has |later |also )?(?:met|held talks|had talks)\\b`, 'gu'),
    (m) => candidate(view, 'MET_WITH', refs(m[1])[0]!, refs(m[2])[0]!, 'with-whom', 0.7, dateProps(view))),
];

/** "China and the United States will strengthen ...", "cooperation between INTERPOL and China", "U.S.-China cooperation" */
const cooperation: Rule = (view) => [
  ...matchAll(view, new RegExp(`(${BODY}(?:(?:, | and | and the |, and )${BODY})+)(?: today| yesterday| on [A-Z][a-z]+day| formally)? ${COOP_VERB}`, 'gu'),
    (m) => pairs(view, refs(m[1]), 'joint-subject', 0.7)),
  ...matchAll(view, new RegExp(`\\b${COOP_NOUN} (?:of intent |on [a-z ]{0,30})?(?:(?:signed|concluded|agreed|reached|struck)(?: (?:in|at) (?:the )?${M('L')})?(?: (?:on|in) [^<.]{1,25}?)? )?between (?:the )?(${BODY}) and (?:the )?(${BODY})`, 'gu'),
    (m) => pairs(view, [...refs(m[1]), ...refs(m[2])], 'between', 0.75)),
  ...matchAll(view, new RegExp(`(${M('LD')}) ?[–-] ?(${M('LD')}) (?:${COOP_NOUN}|cooperation)`, 'giu'),
    (m) => pairs(view, [...refs(m[1]), ...refs(m[2])], 'pair-noun', 0.7)),
  ...matchAll(view, new RegExp(`\\b(?:delivered|organi[sz]ed|run|conducted|hosted) (?:jointly )?by (?:the )?(${BODY}) and (?:the )?(${BODY})`, 'gu'),
    (m) => pairs(view, [...refs(m[1]), ...refs(m[2])], 'joint-agents', 0.6)),
  ...withPartners(view),
  ...matchAll(view, new RegExp(`\\b(?:delegation|team|officials?|ministers?) from (?:the )?(${M('OLD')})(?:'s ${M('O')})?[^<.]{0,20}? visited (?:the )?(${M('LD')})`, 'gu'), (m) => {
    if (!COOP_CUE.test(view.template) && !/\bto discuss\b/.test(view.template)) return null;
    const [visitor] = refs(m[1]);
    const [host] = refs(m[2]);
    return pairs(view, [visitor!, host!], 'delegation-visit', 0.6);
  }),
  ...agreement(view),
  // "a security agreement signed in Santiago in 2024 by Chile's A and Bolivia's B": the signing bodies, not their countries.
  ...matchAll(view, new RegExp(`\\b(?:agreement|memorandum|accord|treaty|protocol|pact|declaration)(?: of (?:understanding|intent))?,? (?:which was |that was )?signed (?:[^<.]{0,30}?)?(?:in ${M('L')} )?(?:[^<.]{0,20}?)?by ((?:the )?(?:${M('L')}'s )?${M('OL')}(?:(?:, | and |, and )(?:the )?(?:${M('L')}'s )?${M('OL')})+)`, 'gu'),
    (m) => pairs(view, refs(m[1]).filter((p) => !new RegExp(`<L${p}>'s`).test(m[1]!) && actorDemonym(view, p)), 'agreement-signed-by', 0.65)),
  // "The accord was signed by Kenya and Uganda", "signed by the A, the B and C": the signatories cooperate.
  ...matchAll(view, new RegExp(`\\b(?:was|were|has been|had been|is|are|will be) (?:jointly |formally )?(?:signed|concluded|agreed|ratified|renewed) (?:[^<.]{0,30} )?by (?:the )?(?:(?:heads of state|heads of government|leaders|ministers|representatives|delegates|officials|chiefs)(?: and [a-z ]{1,30})? of (?:the )?)?(${LIST_THE('OLD')})`, 'gu'),
    (m) => pairs(view, refs(m[1]).filter((p) => actorDemonym(view, p)), 'signed-by', 0.65)),
  ...matchAll(view, new RegExp(`(${M('O')})(?:,[^<]{0,60}?,|, (?:which|that)(?: has| had| also)*|,(?= worked| works)| (?:investigators|officers|agents|officials|analysts|detectives|teams?|units?)| (?:will|would|is to) [^<.]{0,80}? and(?: will| would)?| (?:is|was) (?:an? |the )[a-z -]{1,40}? (?:of|in|for|under) (?:the )?${M('OL')} and| (?:will|would|shall|must|is to|plans to|intends to)(?: also)?(?: continue to)?| (?:continues|continued|seeks|sought|plans|intends) to)? (?:also |already |still |now )?(?:has |had |have )?(?:works?|worked|work|working|partners?|partnered|liaises?|cooperates?|cooperated|collaborates?|collaborated) (?:closely |together |jointly |throughout |fully |directly |regularly |"?hand in hand"? |side by side |in tandem )?with (?:the )?((?:${M('LO')}'s )?${LIST_THE('OLD')})((?:'s [a-z]+(?: [a-z]+)?)?(?:${WHERE}?,? and with (?:the )?(?:${M('LO')}'s )?${M('OLD')}(?:'s [a-z]+(?: [a-z]+)?)?)*)((?:[^<.]{0,40}?\\b(?:such as|including|like) (?:the )?${LIST('OLD')})?)`, 'gu'),
    // "works with INTERPOL's National Central Bureau": the partner is the unit, not its owner; "and with the
    // Navy's coastal wing" is a further partner (an unnamed unit stands for its owner).
    (m) => [...refs(m[2]!.replace(/^<[A-Z]\d+>'s /, '')), ...withMore(m[3]!), ...refs(m[4])].filter((p) => actorDemonym(view, p)).flatMap((p) => pairs(view, [refs(m[1])[0]!, p], 'works-with', 0.65))),
];

/**
 * What may stand between two partners of "works with A …, and with B": A's place ("in X, Y") or a relative clause
 * about A without a name in it ("…, whose radars track the boats, and with B").
 */
const WHERE = `(?: (?:in|at) ${M('L')}(?:, ${M('L')})?|, (?:whose|which|who) [^<.;]{1,80}?)`;

/** The partners of "and with the A", "and with B's C" (the unit C, not its owner). */
const withMore = (tail: string): number[] =>
  [...tail.matchAll(/and with (?:the )?(<[A-Z]\d+>(?:'s <[A-Z]\d+>)?)/g)].map((m) => refs(m[1]!).at(-1)!);

/** Whether mention `ref` stands in `text` only as the owner of the body after it ("the X's Drug Unit"). */
const ownerOf = (text: string, ref: number): boolean => new RegExp(`<[A-Z]${ref}>'s <O\\d+>`).test(text);

/** "European investigators" are not Europe; "Chinese authorities" act for China. */
function actorDemonym(view: View, ref: number): boolean {
  if (view.mentions[ref]!.kind !== 'demonym') return true;
  return new RegExp(`<D${ref}> (?:authorities|government|side|officials|police|counterparts|law enforcement)\\b`).test(view.template);
}

/** "Peru amended a 2015 policing agreement to remove Chilean officers": an agreement between the two places named. */
function agreement(view: View): Candidate[] {
  if (!/\b(?:agreement|accord|memorandum|treaty|pact)\b/.test(view.template)) return [];
  const places = refs(view.template).filter((i) => view.mentions[i]!.type === 'Location');
  const distinct = [...new Map(places.map((i) => [view.mentions[i]!.entity, i])).values()];
  if (distinct.length !== 2 || !new RegExp(`^(?:[^<]{0,30})?${M('L')}`).test(view.template)) return [];
  return pairs(view, distinct, 'agreement', 0.5);
}

/** "Italy ended joint police patrols with China", "X has engaged in cooperation through mechanisms like Y" */
function withPartners(view: View): Candidate[] {
  if (!COOP_CUE.test(view.template)) return [];
  return matchAll(view, new RegExp(`\\b(?:joint|cooperat\\w*|co-operat\\w*|collaborat\\w*|partner\\w*|agreements?|accords?|memorandum|deal)\\b[^<.]{0,80}?\\b(?:with|like|including|such as|through) (?:the )?(?:counterparts in |officials in |[a-z]+ )?(${LIST('OLD')}(?:'s ${M('O')})?)`, 'gu'), (m) => {
    const before = view.template.slice(0, m.index);
    // "The X's Drug Unit …": the unit acts, not its owner; "an office in Y, pending an accord with Z": nor a place it stands in.
    const actor = refs(before).find((i) => ['Organization', 'Location'].includes(view.mentions[i]!.type) && !ownerOf(before, i) && !new RegExp(`\\b(?:in|at) <L${i}>`).test(before));
    if (actor === undefined) return null;
    // "Việt Nam and Laos signed the memorandum with A, B and C": every subject of the clause.
    const subjects = new RegExp(`^(?:[^<]{0,30})?(${LIST_THE('OL')}) [a-z]`).exec(before);
    const actors = subjects ? refs(subjects[1]) : [actor];
    const props: Record<string, string> = {};
    if (/\b(?:ended|halted|suspended|terminated)\b/.test(view.template.slice(0, m.index))) { props.status = 'ended'; const d = dateIn(view.sentence.text); if (d) props.end = d; }
    return refs(m[1]).filter((p) => actorDemonym(view, p)).flatMap((p) => actors.flatMap((a) => pairs(view, [a, p], 'with-partners', 0.6, props)));
  });
}

/** "X introduced the Safe Seas Initiative", "who jointly launched the Y", "Y, which was founded in 2001 by A, B and C" */
const founding: Rule = (view) => [
  ...matchAll(view, new RegExp(`(${LIST('POLD')})(?:(?:[^<.]|<D\\d+>){0,60}? who)?,? (?:has |have |had |is |are |will |jointly |formally |also |now )*(?:launched|founded|established|created|set up|introduced|initiated|unveiled|inaugurated|co-founded|proposed|setting up|launching|establishing|creating) (?:the |a |an |its )?(?:new )?(${M('OEX')})`, 'gu'),
    (m) => refs(m[1]).map((a) => candidate(view, 'FOUNDED', a, refs(m[2])[0]!, 'launched', 0.75, dateProps(view)))),
  ...matchAll(view, new RegExp(`(${M('OEX')}),? (?:which |that )?(?:was |were |has been )?(?:jointly )?(?:founded|established|launched|created|set up|developed|introduced|initiated)(?: in ((?:19|20)\\d\\d))? by (?:the )?(?:(?:[a-z]+ ){1,4}of (?:the )?)?(${LIST_THE('POLD')})`, 'gu'),
    (m) => refs(m[3]).map((f) => candidate(view, 'FOUNDED', f, refs(m[1])[0]!, 'founded-by', 0.8, m[2] ? { date: m[2] } : dateProps(view)))),
];

/** "took part in Y", "Coordinated by X's Z, Operation Y was conducted", "supported by X" */
const participation: Rule = (view, doc) => [
  // "The A and the B will both take part in Y": every subject of the list.
  ...matchAll(view, new RegExp(`(${LIST_THE('POLD')})[^<.]{0,40}?\\b(?:participated|took part|takes part|take part|taking part|taken part|joined|attended|attends|participates|participate) in (?:the )?(?:${M('O')}'s )?(${M('E')})`, 'gu'),
    (m) => refs(m[1]).map((a) => candidate(view, 'PARTICIPATED_IN', a, refs(m[2])[0]!, 'took-part', 0.75))),
  ...matchAll(view, new RegExp(`\\b(?:coordinated|co-ordinated|led|organi[sz]ed|supported|backed|run|hosted) by (?:the )?(${M('O')}(?:'s ${M('O')})?(?:(?:, | and |, and )(?:the )?${M('O')})*)`, 'giu'), (m) => {
    const events = refs(view.template).filter((i) => view.mentions[i]!.type === 'Event');
    const agents = refs(m[1]);
    return events.flatMap((e) => agents.map((o) => candidate(view, 'PARTICIPATED_IN', o, e, 'agent-by', 0.65, { role: 'coordinator' })));
  }),
  ...describedOperation(view),
  ...matchAll(view, new RegExp(`(${M('E')}),? (?:an? |the )?(?:[a-z-]+ ){0,2}?(${M('O')})[- ](?:led|coordinated|co-ordinated|run|backed|supported|funded)\\b|(${M('O')})[- ](?:led|coordinated|co-ordinated|run) (${M('E')})`, 'gu'),
    (m) => candidate(view, 'PARTICIPATED_IN', refs(m[2] ?? m[3])[0]!, refs(m[1] ?? m[4])[0]!, 'led-event', 0.7, { role: 'coordinator' })),
  ...matchAll(view, new RegExp(`\\b(?:funded|financed|sponsored|co-funded) by (?:the )?(${LIST('OL')})`, 'gu'), (m) => {
    const events = refs(view.template).filter((i) => view.mentions[i]!.type === 'Event');
    return events.flatMap((e) => refs(m[1]).map((o) => candidate(view, 'PARTICIPATED_IN', o, e, 'funded-by', 0.6, { role: 'funder' })));
  }),
  ...supportFrom(view),
  ...openedBy(view, doc),
  // "Operation X, a joint A-B operation", "Operation X, a joint operation by A and B", "the A-B Operation X"
  ...matchAll(view, new RegExp(`(${M('E')}),? (?:which (?:is|was) )?(?:an? |the )?(?:joint |multi-agency |combined |coordinated |[a-z]+-day |cross-border |international )*(?:(${M('OLD')}(?:(?: ?[–/-] ?| and |, )${M('OLD')})+) (?:operation|investigation|exercise|initiative|campaign|action)|(?:operation|investigation|exercise|campaign) (?:by|between|involving|of) (?:the )?(${LIST_THE('OLD')}))`, 'gu'),
    (m) => refs(m[2] ?? m[3]).map((o) => candidate(view, 'PARTICIPATED_IN', o, refs(m[1])[0]!, 'joint-event', 0.7))),
  ...matchAll(view, new RegExp(`(${M('E')}),? (?:which |that )?(?:was |were |is )?(?:attended|joined) by (?:delegations |representatives |officials |delegates |ministers )?(?:from (?:the )?)?(${LIST('POLD')})`, 'gu'),
    (m) => refs(m[2]).map((a) => candidate(view, 'PARTICIPATED_IN', a, refs(m[1])[0]!, 'attended-by', 0.7))),
];

/** The event a sentence is about: one it names, else the last one named in the two sentences before ("the operation", "it"). */
function eventOf(view: View): number[] {
  const here = refs(view.template).filter((i) => view.mentions[i]!.type === 'Event');
  if (here.length) return here.map((i) => view.mentions[i]!.entity);
  if (!/\b(?:[Tt]he (?:operation|meeting|assembly|conference|summit|action day|raids?|forum|session|event|exercise)|[Ii]t)\b/.test(view.template)) return [];
  for (let v = view.prev, n = 0; v && n < 2; v = v.prev, n++) {
    const found = refs(v.template).filter((i) => v!.mentions[i]!.type === 'Event');
    if (found.length) return [v.mentions[found.at(-1)!]!.entity];
  }
  return [];
}

/** "coordinated by Europol, with judicial support from Eurojust", "investigating the case, with assistance from X and Y", "in cooperation with X" */
function supportFrom(view: View): Candidate[] {
  return matchAll(view, new RegExp(`\\b(?:with (?:the )?(?:[a-z]+ )?(?:support|assistance|help|participation|cooperation|co-operation) (?:from|of)|in (?:close )?(?:cooperation|co-operation|partnership|coordination|collaboration) with|assisted by|supported by) (?:the )?(?:${M('LO')}'s )?(${M('O')}(?:(?:, | and |, and )(?:the )?(?:${M('LO')}'s )?${M('O')}(?! [a-z]))*)`, 'gu'), (m) => {
    // The helper named, not its owner: "supported by the Tax Agency's Customs Service" is the service.
    const helpers = refs(m[1]!.replace(/<[A-Z]\d+>'s /g, ''));
    const events = eventOf(view);
    if (events.length) return events.flatMap((e) => helpers.map((h) => ({ ...candidate(view, 'PARTICIPATED_IN', h, h, 'support-from', 0.6, { role: 'support' }), target: e })));
    const before = view.template.slice(0, m.index);
    const actor = refs(before).filter((i) => view.mentions[i]!.type === 'Organization' && !ownerOf(before, i))[0];
    return actor === undefined ? [] : helpers.flatMap((h) => pairs(view, [actor, h], 'support-from', 0.6));
  });
}

/** "It was opened by X and Y", "chaired by X", "Among those attending were A, B and C", "Myanmar was represented by ..." */
function openedBy(view: View, doc: Doc): Candidate[] {
  const m = /\b(?:opened|chaired|addressed|presided over|co-chaired|hosted|attended) by\b|\b(?:[Aa]mong )?(?:those |delegates |ministers |officials )?(?:attending|present|taking part) (?:were|was|included)\b/.exec(view.template);
  const represented = new RegExp(`^(?:[^<]{0,20})(${M('LO')}) was represented by\\b`, 'u').exec(view.template);
  if (!m && !represented) return [];
  const events = eventOf(view).length ? eventOf(view) : recentEvent(view, doc);
  if (!events.length) return [];
  const ids = represented ? refs(represented[1]) : refs(view.template.slice(m!.index)).filter((i) => view.mentions[i]!.type === 'Person');
  return events.flatMap((e) => ids.map((p) => ({ ...candidate(view, 'PARTICIPATED_IN', p, p, 'opened-by', 0.6), target: e })));
}

/** The last event named in the few sentences before (across paragraphs): attendance lists follow the event's sentence. */
function recentEvent(view: View, doc: Doc): number[] {
  const k = doc.views.indexOf(view);
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const v = doc.views[j]!;
    const found = refs(v.template).filter((i) => v.mentions[i]!.type === 'Event');
    if (found.length) return [v.mentions[found[0]!]!.entity];
  }
  return [];
}

/** "ministers will meet counterparts from Japan, India and Australia at the X Dialogue": those places take part. */
const counterparts: Rule = (view) => matchAll(view,
  new RegExp(`\\b(?:counterparts|delegations?|delegates|representatives|officials|ministers|police chiefs) (?:from|of) (?:the )?(${LIST_THE('LO')})(?:[^<.]{0,30}?) (?:at|during|on the sidelines of) (?:the )?(${M('E')})`, 'gu'),
  (m) => refs(m[1]).map((a) => candidate(view, 'PARTICIPATED_IN', a, refs(m[2])[0]!, 'counterparts-at', 0.65)));

/** "A Europol-coordinated operation ... .Operation Iron Gate, which ...": the agent of an unnamed operation, named in the next sentence. */
function describedOperation(view: View): Candidate[] {
  const agent = new RegExp(`(${M('O')})[- ](?:led|coordinated|co-ordinated|supported|backed|run) (?:[a-z-]+ ){0,3}operation|operation (?:[a-z-]+ ){0,4}(?:co-ordinated|coordinated|led|supported|run) by (?:the )?(${M('O')})|^(${M('O')}) (?:is |has )?[a-z]+ (?:[^<]|<[EX]\\d+>){0,60}\\boperation\\b`, 'u').exec(view.template);
  if (!agent) return [];
  const org = refs(agent[1] ?? agent[2] ?? agent[3])[0]!;
  const here = refs(view.template).filter((i) => view.mentions[i]!.type === 'Event');
  if (here.some((e) => /^operation\b/i.test(view.mentions[e]!.name))) return [];
  // The name may open the next paragraph: "... an operation coordinated by X, the agency said. ¶ Operation Y, which ran ...".
  const opening = view.next ? undefined : view.following && /^<E\d+>/.test(view.following.template) ? view.following : undefined;
  for (const next of [view.next ?? opening, view.next?.next]) {
    if (!next) break;
    const named = refs(next.template).find((i) => next.mentions[i]!.type === 'Event' && /^operation\b|codenamed|code-named/i.test(next.mentions[i]!.name + next.template));
    if (named === undefined) continue;
    const evidence = { start: view.sentence.start, end: next.sentence.end };
    const event = next.mentions[named]!.entity;
    const out: Candidate[] = [{ type: 'PARTICIPATED_IN', source: view.mentions[org]!.entity, target: event, rule: 'described-operation', confidence: 0.6, properties: { role: 'coordinator' }, evidence: [evidence] }];
    // Where the described operation ran: "across Asia", "in Asia" (not the dateline before the dash).
    const body = view.template.replace(/^<L\d+>(?:, <L\d+>)? ?[–-] /, (d) => ' '.repeat(d.length));
    for (const place of body.matchAll(new RegExp(`\\b(?:across|in|throughout) (?:the )?(${LIST('L')})`, 'gu'))) {
      for (const l of refs(place[1])) out.push({ type: 'LOCATED_IN', source: event, target: view.mentions[l]!.entity, rule: 'described-operation-place', confidence: 0.5, evidence: [evidence] });
    }
    return out;
  }
  return [];
}

const dateProps = (view: View) => { const d = dateIn(view.sentence.text); return d ? { date: d } : undefined; };

export const INTERACTION_RULES: Rule[] = [
  guarded(/\b(?:[Mm]eet|met\b|[Tt]alk|[Ss]ummit|[Dd]iscussion|[Dd]ialogue|[Cc]onversation|spoke)/, meetings),
  guarded(/<[OLD]\d+>(?:.|\n)*<[OLD]\d+>/, cooperation),
  guarded(/\b(?:launch|found|establish|creat|set up|setting up|introduc|initiat|unveil|inaugurat|propos|develop)/, founding),
  guarded(/\b(?:participat|took part|takes part|take part|taking part|taken part|joined|attend|by|led|coordinated|co-ordinated|supported|operation|[Oo]peration|run|with|present|funded)/, participation),
  guarded(/\b(?:counterparts|delegations?|delegates|representatives|officials|ministers|chiefs) (?:from|of)\b/, counterparts),
];
export { span };
