// Bodies that act together on one case: "Officers of the A and the B seized …",
// "A and the B stopped a container", "a joint investigation by A, B and C",
// "The raid was led by A with B and C", "carried out jointly by A and B, with
// officers of C". Every pair of the bodies named works together. Only bodies
// (not countries): "Peru and Chile seized …" is as often two separate seizures.
import { type Rule, type View, type Candidate, M, refs, candidate, matchAll, guarded } from './context.js';

/** A body in a list, with what may stand around it: "the", "Sweden's", "Kenyan", "(ABF)"; not "X's" ("Y, X's police arm"). */
const ITEM = `(?:the )?(?:${M('L')}'s |<D\\d+> |${M('O')}'s )?${M('O')}(?!'s)(?: \\([^)<]*\\))?`;
const SEP = '(?:, | and |, and | & )';
const BODIES = `${ITEM}(?:${SEP}${ITEM})+`;
/** A list whose bodies may be named with their owner: "the A and the B of the C". */
const OWNED_BODIES = `${ITEM}(?: of (?:the )?${M('OL')}(?: \\([^)<]*\\))?)?(?:${SEP}${ITEM}(?: of (?:the )?${M('OL')}(?: \\([^)<]*\\))?)?)+`;
/** What enforcement bodies do together to a case. */
const ACTION = '(?:seized|seize|seizes|arrested|detained|raided|dismantled|intercepted|stopped|boarded|searched|inspected|examined|screened|assisted|uncovered|rescued|tracked|traced|confiscated|busted|broke up|located|recovered|carried out|conducted|found)';

/** The bodies a list names, not their owners: "INTERPOL's Crime Unit" is the unit. */
const heads = (fragment: string | undefined) => refs(fragment?.replace(/<[A-Z]\d+>'s /g, ''));

function pairs(view: View, ids: number[], rule: string, confidence: number): Candidate[] {
  const bodies = [...new Map(ids.filter((i) => view.mentions[i]!.type === 'Organization').map((i) => [view.mentions[i]!.entity, i])).values()];
  const out: Candidate[] = [];
  for (let i = 0; i < bodies.length; i++) for (let j = i + 1; j < bodies.length; j++) out.push(candidate(view, 'COOPERATES_WITH', bodies[i]!, bodies[j]!, rule, confidence));
  return out;
}

/**
 * The drugs the bodies seized, when the clause goes on "… seized 212 kilograms of heroin and 1.6 million
 * methamphetamine tablets": each body that acted deals with each drug.
 */
const SEIZED = new RegExp(`^,? (?:have |has |had |also |jointly |together |then )*(?:seized|seize|seizes|intercepted|uncovered|confiscated|recovered|found|foiled (?:an? )?(?:attempt|bid|plot) to (?:smuggle|traffic))\\b([^;]*)`);
function seizedDrugs(view: View, bodies: number[], rest: string): Candidate[] {
  const m = SEIZED.exec(rest);
  if (!m) return [];
  // The clause ends at a relative or a new subject: "…, which", "…, and police".
  const clause = m[1]!.split(/, (?:which|who|where|and|while|after|before|but)\b/)[0]!;
  const drugs = refs(clause).filter((i) => view.mentions[i]!.type === 'Substance');
  return bodies.filter((b) => view.mentions[b]!.type === 'Organization')
    .flatMap((b) => drugs.map((d) => candidate(view, 'INVOLVED_WITH', b, d, 'joint-seizure', 0.6, { action: 'seizes' })));
}

/** "Officers of the A and the B have seized …", "In Mombasa, A and the B stopped …": the subject list of a clause. */
const jointSubject: Rule = (view) => matchAll(view,
  new RegExp(`(?:^|, |; )(?:[A-Z][a-z]+ [^<,]{0,30}, |On \\d{1,2} [A-Z][a-z]+(?: \\d{4})? (?=the ))?(?:(?:[Oo]fficers|[Aa]gents|[Ii]nvestigators|[Tt]eams|[Uu]nits|[Pp]ersonnel|[Mm]embers) (?:of|from) )?(${OWNED_BODIES})(?: (?:officers|agents|investigators|teams))?(?: (?:at|in) (?:the )?(${M('L')}))?(?=,? (?:have |has |had |also |jointly |together |then )*${ACTION}\\b)`, 'gu'),
  (m) => {
    // "officers of the A and the B of the C at X": the bodies of the list, not their owners after "of".
    const bodies = heads(m[1]!.replace(/ of (?:the )?<[A-Z]\d+>(?: \([^)<]*\))?/g, ''));
    const rest = view.template.slice(m.index + m[0].length);
    return [...pairs(view, bodies, 'joint-action', 0.6), ...seizedDrugs(view, bodies, rest), ...arrestedBy(view, bodies, m[2], rest)];
  });

/** "A and the B at X intercepted P": the persons right after an arrest verb are held by each body, and at X. */
function arrestedBy(view: View, bodies: number[], place: string | undefined, rest: string): Candidate[] {
  const m = /^,? (?:have |has |had |also |jointly |together |then )*(?:arrested|detained|intercepted|apprehended) (?:(?:[a-z0-9 '-]|<D\d+>){1,40}?, )?((?:<P\d+>(?:, \d{1,3})?(?:, | and |, and ))*<P\d+>)/.exec(rest);
  if (!m) return [];
  const holders = [...bodies.filter((b) => view.mentions[b]!.type === 'Organization'), ...refs(place)];
  return refs(m[1]).flatMap((p) => holders.map((h) => candidate(view, 'ARRESTED_BY', p, h, 'joint-arrest', 0.6)));
}

/** "a joint investigation by A, B and C", "the joint operation of A and B". */
const jointNoun: Rule = (view) => matchAll(view,
  new RegExp(`\\b(?:joint|coordinated|combined) (?:[a-z-]+ )?(?:investigation|operation|raid|inspection|patrol|action|effort|probe)s? (?:by|of|between|involving) (${BODIES})`, 'gu'),
  (m) => [...pairs(view, heads(m[1]), 'joint-noun', 0.65), ...seizedDrugs(view, heads(m[1]), view.template.slice(m.index + m[0].length))]);

/** "The ONCB, working with A and the B, seized …": the helpers seize the drugs too. */
const helpersSeized: Rule = (view) => matchAll(view,
  new RegExp(`(${ITEM}), (?:(?:working|acting) (?:closely |together |jointly )?with|in (?:close )?(?:cooperation|co-operation|coordination|partnership) with|together with|supported by|assisted by) (${ITEM}(?:${SEP}${ITEM})*),`, 'gu'),
  (m) => seizedDrugs(view, [...heads(m[1]), ...heads(m[2])], view.template.slice(m.index + m[0].length - 1)));

/** "The raid was led by A with B and C", "carried out jointly by A and B, with officers of C". */
const ledWith: Rule = (view) => matchAll(view,
  new RegExp(`\\b(?:was|were|is|are|been) (?:jointly )?(?:led|carried out|conducted|coordinated|co-ordinated|run|mounted) (?:jointly )?by (${ITEM}(?:${SEP}${ITEM})*),? (?:together )?(?:with|alongside) (?:(?:officers|agents|investigators|teams|units|personnel|members) (?:of|from) )?(${ITEM}(?:${SEP}${ITEM})*)`, 'gu'),
  (m) => pairs(view, [...heads(m[1]), ...heads(m[2])], 'led-with', 0.6));

/**
 * "The consignment was found … by officers of the A (ADSU) of the X and the B of the Y": the bodies whose
 * officers made the seizure work together (their owners only say whose they are), and each deals in the
 * drugs seized, named here or, for "The consignment/The drugs …", in the sentence before.
 */
const OWNED_ITEM = `${ITEM}(?: of (?:the )?${M('OL')}(?: \\([^)<]*\\))?)?`;
const PASSIVE_BY = new RegExp(`\\b(?:was|were|had been|has been|have been) (?:seized|found|intercepted|discovered|recovered|confiscated|uncovered|boarded|stopped|inspected|searched|raided|dismantled|arrested|detained)\\b[^;]{0,80}?\\bby (?:(?:officers|agents|investigators|teams|units|personnel|members) (?:of|from) )?(${OWNED_ITEM}(?:${SEP}${OWNED_ITEM})+)`, 'u');
const foundByOfficers: Rule = (view, doc) => {
  const m = PASSIVE_BY.exec(view.template);
  if (!m) return [];
  // The bodies of the list, not the owners after "of": "<O1> of the <O2>" is O1.
  const bodies = refs(m[1]!.replace(/ of (?:the )?<[A-Z]\d+>(?: \([^)<]*\))?/g, '').replace(/<[A-Z]\d+>'s /g, ''));
  const out = pairs(view, bodies, 'found-by-officers', 0.6);
  const here = refs(view.template).filter((i) => view.mentions[i]!.type === 'Substance');
  const prev = doc.views[doc.views.indexOf(view) - 1];
  const before = !here.length && prev && /^(?:[^<]{0,20}\b)?The (?:consignment|drugs|haul|shipment|cargo|load|package|parcels?|narcotics)\b/.test(view.template)
    ? refs(prev.template).filter((i) => prev.mentions[i]!.type === 'Substance') : [];
  for (const b of bodies.filter((i) => view.mentions[i]!.type === 'Organization')) {
    for (const d of here) out.push(candidate(view, 'INVOLVED_WITH', b, d, 'found-by-officers', 0.6, { action: 'seizes' }));
    for (const d of before) out.push({ ...candidate(view, 'INVOLVED_WITH', b, b, 'found-by-officers', 0.55, { action: 'seizes' }, [{ start: prev!.sentence.start, end: view.sentence.end }]), target: prev!.mentions[d]!.entity });
  }
  return out;
};

/** Sentences with two bodies and a word of acting together or of enforcement (most sentences have neither). */
const CUE = new RegExp(`${M('O')}.*${M('O')}`);
const ACTING = /\b(?:seiz|arrest|detain|raid|dismantl|intercept|stopp|board|search|inspect|examin|screen|assist|uncover|rescu|track|trac|confiscat|bust|broke|locat|recover|carried|conduct|found|joint|coordinat|co-ordinat|combined|led|run|mounted|working|acting|cooperation|co-operation|partnership|together|supported)/;

export const JOINT_RULES: Rule[] = [
  guarded(CUE, (view, doc) => (!ACTING.test(view.template) ? [] : [...jointSubject(view, doc), ...jointNoun(view, doc), ...ledWith(view, doc), ...helpersSeized(view, doc), ...foundByOfficers(view, doc)])),
];
