// Constructions added for the third round of recall on unseen text (participant
// lists after a colon, events led by several bodies, laboratory raids, partners
// named after "working with", posts in a unit's owner, drug sources listed with
// "and", transit through ports). Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';

const run = (text: string) => {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const r of doc.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  return doc.relations.map((r) => ({ s: name.get(r.source)!, type: r.type, t: name.get(r.target)! }));
};
const has = (text: string, s: string, type: string, t: string) => run(text).some((r) => r.type === type &&
  ((r.s === s && r.t === t) || (type === 'COOPERATES_WITH' && r.s === t && r.t === s)));

describe('participants listed after a colon', () => {
  const text = 'Operation Grey Heron targeted cannabis farms in the region.\n\nThe following countries took part: Norway, Finland and Denmark, together with Iceland.';
  it('links every listed country to the event named before', () => {
    for (const c of ['Norway', 'Finland', 'Denmark', 'Iceland']) expect(has(text, c, 'PARTICIPATED_IN', 'Operation Grey Heron')).toBe(true);
  });
  it('needs an event to link to', () => {
    expect(run('The following countries took part: Norway and Finland.').some((r) => r.type === 'PARTICIPATED_IN')).toBe(false);
  });
});

describe('an event led by several bodies', () => {
  const text = "Operation Salt Marsh was led by the Coastal Drugs Directorate (CDD) and Austria's Criminal Intelligence Service.";
  it('has both leaders take part and work together', () => {
    expect(has(text, 'Coastal Drugs Directorate', 'PARTICIPATED_IN', 'Operation Salt Marsh')).toBe(true);
    expect(has(text, 'Criminal Intelligence Service', 'PARTICIPATED_IN', 'Operation Salt Marsh')).toBe(true);
    expect(has(text, 'Coastal Drugs Directorate', 'COOPERATES_WITH', 'Criminal Intelligence Service')).toBe(true);
  });
});

describe('a laboratory raid', () => {
  const text = 'In Portugal, officers of the Judiciary Police raided a methamphetamine lab outside Braga last week.';
  it('gives the drug to the raiding body and to the place', () => {
    expect(has(text, 'Judiciary Police', 'INVOLVED_WITH', 'methamphetamine')).toBe(true);
    expect(has(text, 'Braga', 'INVOLVED_WITH', 'methamphetamine')).toBe(true);
    expect(has(text, 'Portugal', 'INVOLVED_WITH', 'methamphetamine')).toBe(false);
  });
});

describe('partners after "working with" and "worked closely with"', () => {
  it('reads a list with articles after the conjunction', () => {
    const t = 'The inquiry was led by the Serious Fraud Office working with the Customs Service and the Coast Guard.';
    expect(has(t, 'Serious Fraud Office', 'COOPERATES_WITH', 'Customs Service')).toBe(true);
    expect(has(t, 'Serious Fraud Office', 'COOPERATES_WITH', 'Coast Guard')).toBe(true);
  });
  it('reads an appositive body as the subject', () => {
    const t = 'Her office, the Ministry of Finance, worked closely with the Tax Agency.';
    expect(has(t, 'Ministry of Finance', 'COOPERATES_WITH', 'Tax Agency')).toBe(true);
  });
});

describe("posts in a unit and in the unit's owner", () => {
  it('links "who heads X\'s Y" to both', () => {
    const t = '"The market is changing," said Ingrid Malmberg, who heads Europol\'s Financial Intelligence Unit.';
    expect(has(t, 'Ingrid Malmberg', 'HOLDS_POSITION', 'Financial Intelligence Unit')).toBe(true);
    expect(has(t, 'Ingrid Malmberg', 'HOLDS_POSITION', 'Europol')).toBe(true);
  });
  it('reads "chief of the <demonym> force\'s Unit"', () => {
    const t = "Pieter Holloway, chief of the Belgian force's Drugs Squad, said the work had only begun.";
    expect(has(t, 'Pieter Holloway', 'HOLDS_POSITION', 'Drugs Squad')).toBe(true);
  });
});

describe('drug sources and transit', () => {
  it('takes every place of an and-list after "shipments from"', () => {
    const t = 'Officials said cocaine shipments from Venezuela, Guyana and Suriname now reach West Africa.';
    for (const c of ['Venezuela', 'Guyana', 'Suriname']) expect(has(t, c, 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
  it('keeps only the city of "from City, Country"', () => {
    const t = 'The cocaine from Guayaquil, Ecuador was seized on arrival.';
    expect(has(t, 'Ecuador', 'INVOLVED_WITH', 'cocaine')).toBe(false);
  });
  it('reads "suppliers in A and B for <drug>" and "through the ports of"', () => {
    const t = 'He paid suppliers in Peru and Colombia for cocaine shipped to Spain through the ports of Valencia and Algeciras.';
    for (const c of ['Peru', 'Colombia', 'Valencia', 'Algeciras']) expect(has(t, c, 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
});
