// Constructions added for the second round of recall on unseen text (titles before
// names, reporting lines, shared memberships, drug routes, fact-sheet runs, operations,
// arrests and courts). Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';

const run = (text: string) => {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const r of doc.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  return { rels: doc.relations.map((r) => ({ s: name.get(r.source)!, type: r.type, t: name.get(r.target)! })), entities: doc.entities };
};
const has = (text: string, s: string, type: string, t: string) => run(text).rels.some((r) => r.type === type &&
  ((r.s === s && r.t === t) || ((type === 'MET_WITH' || type === 'COOPERATES_WITH') && r.s === t && r.t === s)));

describe('a title before the name', () => {
  const text = 'The talks were attended by Deputy Minister of Home Affairs Tamsin Oduya; the head of the Border Intelligence Department, Rafael Quintero; and the Ambassador of Norway to Chile, Ingrid Solvang.';
  it('finds the people of a semicolon-separated attendee list', () => {
    const people = run(text).entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Tamsin Oduya', 'Rafael Quintero', 'Ingrid Solvang']));
  });
  it('links each to the body or country after the title, not to the posting', () => {
    expect(has(text, 'Rafael Quintero', 'HOLDS_POSITION', 'Border Intelligence Department')).toBe(true);
    expect(has(text, 'Ingrid Solvang', 'HOLDS_POSITION', 'Norway')).toBe(true);
    expect(has(text, 'Ingrid Solvang', 'HOLDS_POSITION', 'Chile')).toBe(false);
  });
  it('reads "the Minister of X of <Country>, Name," and gives the title after "and" to the second name', () => {
    const t = 'The Minister of Justice of Peru, Lucho Varela, and the Minister of Interior of the Republic of Chile, Marta Inostroza, signed the text. The Chilean Ministry of Interior published it.';
    expect(has(t, 'Marta Inostroza', 'HOLDS_POSITION', 'Chilean Ministry of Interior')).toBe(true);
    expect(has(t, 'Lucho Varela', 'HOLDS_POSITION', 'Chile')).toBe(false);
  });
});

describe('reporting lines and shared memberships', () => {
  it('reads "A and B, both of which report to C" and "C, to which the A reports"', () => {
    const t = 'The Rural Police Command and the Harbour Police Command, both of which report to the Ministry of Public Order, joined the effort.';
    expect(has(t, 'Rural Police Command', 'PART_OF', 'Ministry of Public Order')).toBe(true);
    expect(has(t, 'Harbour Police Command', 'PART_OF', 'Ministry of Public Order')).toBe(true);
    expect(has('She was named by Paulo Reis, who heads the Ministry of Public Order, to which the Federal Highway Agency reports.', 'Federal Highway Agency', 'PART_OF', 'Ministry of Public Order')).toBe(true);
  });
  it('reads "A and B cooperate within X and the Y, of which both are members"', () => {
    const t = 'Chile and Peru also cooperate within INTERPOL and the Pacific Alliance Council, of which both are members.';
    expect(has(t, 'Chile', 'MEMBER_OF', 'INTERPOL')).toBe(true);
    expect(has(t, 'Peru', 'MEMBER_OF', 'Pacific Alliance Council')).toBe(true);
  });
});

describe('drug routes', () => {
  it('reads origins and transit countries of a flow', () => {
    const t = 'Most of the cocaine that reaches Norway originates in Colombia and Bolivia and is moved along routes that cross Brazil, while ketamine is bought online from laboratories in India.';
    for (const [p, d] of [['Colombia', 'cocaine'], ['Bolivia', 'cocaine'], ['Brazil', 'cocaine'], ['India', 'ketamine']]) expect(has(t, p!, 'INVOLVED_WITH', d!)).toBe(true);
    expect(has(t, 'Norway', 'INVOLVED_WITH', 'cocaine')).toBe(false);
  });
  it('reads "X from A is trafficked through B", "X from the port of A" and "X production in A"', () => {
    expect(has('Heroin from Myanmar is trafficked southward through Laos into Cambodia.', 'Laos', 'INVOLVED_WITH', 'heroin')).toBe(true);
    expect(has('He arranged shipments of cocaine from the Peruvian port of Callao to Rotterdam.', 'Callao', 'INVOLVED_WITH', 'cocaine')).toBe(true);
    expect(has('The survey notes rising cannabis production in Albania.', 'Albania', 'INVOLVED_WITH', 'cannabis')).toBe(true);
    // Smugglers crossing a border: the sentence is about them, not the country.
    expect(has('Two men were charged with smuggling heroin across the border from Canada.', 'Canada', 'INVOLVED_WITH', 'heroin')).toBe(false);
  });
});

describe('fact sheets', () => {
  const text = ['Fact sheet', 'Full name: Andean Drug Intelligence Centre', 'Acronym: ADIC', 'Founding agreement: signed 2011',
    'Member States: Bolivia, Ecuador, Peru', 'Observers: Spain, Italy', 'Director: Mateo Quispe Huanca (Peru)', 'Other partners: INTERPOL, Europol', ''].join('\n');
  it('keeps the body named on a "Full name" line across other label lines', () => {
    expect(has(text, 'Bolivia', 'MEMBER_OF', 'Andean Drug Intelligence Centre')).toBe(true);
    expect(has(text, 'Andean Drug Intelligence Centre', 'COOPERATES_WITH', 'Europol')).toBe(true);
    expect(has(text, 'Andean Drug Intelligence Centre', 'COOPERATES_WITH', 'Spain')).toBe(true);
  });
  it('reads the person on a title line and the country in parentheses', () => {
    expect(has(text, 'Mateo Quispe Huanca', 'HOLDS_POSITION', 'Andean Drug Intelligence Centre')).toBe(true);
    expect(has(text, 'Mateo Quispe Huanca', 'NATIONALITY', 'Peru')).toBe(true);
  });
});

describe('operations', () => {
  it('reads the bodies of "In Operation X, A\'s B and C\'s D ... dismantled"', () => {
    const t = "In Operation Silver Fern (June 2024), Chile's Investigations Police and Peru's National Anti-Drug Directorate dismantled a network.";
    expect(has(t, 'Investigations Police', 'PARTICIPATED_IN', 'Operation Silver Fern')).toBe(true);
    expect(has(t, 'Investigations Police', 'COOPERATES_WITH', 'National Anti-Drug Directorate')).toBe(true);
  });
  it('reads "carried out jointly with", "an operation named X" and "who oversaw the operation"', () => {
    expect(has('Operation Red Tide ran for a month. It was carried out jointly with the Maritime Analysis Centre.', 'Maritime Analysis Centre', 'PARTICIPATED_IN', 'Operation Red Tide')).toBe(true);
    expect(has('The Federal Customs Service swapped the cargo and, in a controlled operation named Operation Grey Heron, followed the truck.', 'Federal Customs Service', 'PARTICIPATED_IN', 'Operation Grey Heron')).toBe(true);
    expect(has('"We will go on," said Ines Markovic, director of the Europol unit, who oversaw Operation Blue Lantern from The Hague.', 'Ines Markovic', 'PARTICIPATED_IN', 'Operation Blue Lantern')).toBe(true);
  });
});

describe('arrests and courts', () => {
  it('reads the place and the body after a date and a site', () => {
    const t = 'Among those detained was Rodrigo Salcedo Vidal, a 47-year-old Peruvian, who was arrested on Aug. 3 at Jorge Chávez International Airport in Lima by the National Police of Peru.';
    expect(has(t, 'Rodrigo Salcedo Vidal', 'ARRESTED_BY', 'National Police of Peru')).toBe(true);
    expect(has(t, 'Rodrigo Salcedo Vidal', 'ARRESTED_BY', 'Lima')).toBe(true);
  });
  it('reads "arrested 9 people in A, including X" and "sentenced in the Court"', () => {
    expect(has('In Portugal, the Polícia Judiciária arrested nine people in Porto, including shipping agent Duarte Malheiro Sousa.', 'Duarte Malheiro Sousa', 'ARRESTED_BY', 'Polícia Judiciária')).toBe(true);
    expect(has('Kieran Walsh, 39, was sentenced in the Supreme Court of Queensland on Monday.', 'Kieran Walsh', 'CHARGED_BY', 'Supreme Court of Queensland')).toBe(true);
  });
});
