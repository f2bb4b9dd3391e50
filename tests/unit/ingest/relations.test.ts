import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';

const rels = (text: string) => {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const r of doc.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  return doc.relations.map((r) => ({ s: name.get(r.source), type: r.type, t: name.get(r.target), p: r.properties ?? {} }));
};
const has = (list: ReturnType<typeof rels>, s: string, type: string, t: string) =>
  list.some((r) => r.type === type && ((r.s === s && r.t === t) || ((type === 'MET_WITH' || type === 'COOPERATES_WITH') && r.s === t && r.t === s)));

describe('relation patterns', () => {
  it('reads appositions and org chains: post, part-of', () => {
    const r = rels('Marta Kowalski, the deputy director of the Cybercrime Bureau of the Ministry of Internal Affairs, said the plan works.');
    expect(has(r, 'Marta Kowalski', 'HOLDS_POSITION', 'Cybercrime Bureau')).toBe(true);
    expect(has(r, 'Cybercrime Bureau', 'PART_OF', 'Ministry of Internal Affairs')).toBe(true);
    expect(r.find((x) => x.type === 'HOLDS_POSITION')?.p.role).toBe('deputy director');
  });

  it('reads titles before names', () => {
    const r = rels('Europol Executive Director Lena Brandt met Kenyan President Samuel Otieno.');
    expect(has(r, 'Lena Brandt', 'HOLDS_POSITION', 'Europol')).toBe(true);
    expect(has(r, 'Samuel Otieno', 'HOLDS_POSITION', 'Kenya')).toBe(true);
    expect(has(r, 'Lena Brandt', 'MET_WITH', 'Samuel Otieno')).toBe(true);
  });

  it('reads meetings between two people', () => {
    const r = rels('Talks between Thai police chief Somchai Wongsa and his Lao counterpart Khamla Vongsay focused on methamphetamine.');
    expect(has(r, 'Somchai Wongsa', 'MET_WITH', 'Khamla Vongsay')).toBe(true);
  });

  it('reads cooperation between countries and with lists of partners', () => {
    const r1 = rels('Brazil and Argentina will strengthen intelligence sharing.');
    expect(has(r1, 'Brazil', 'COOPERATES_WITH', 'Argentina')).toBe(true);
    const r2 = rels('Peru has held joint patrols with Colombia, Ecuador and Bolivia.');
    for (const c of ['Colombia', 'Ecuador', 'Bolivia']) expect(has(r2, 'Peru', 'COOPERATES_WITH', c)).toBe(true);
  });

  it('reads founding, active and passive', () => {
    const r = rels('In 2019, Prime Minister Aiko Tanaka launched the Safe Seas Initiative. The Pacific Policing Forum, which was founded in 2004 by Fiji and Samoa, met again.');
    expect(has(r, 'Aiko Tanaka', 'FOUNDED', 'Safe Seas Initiative')).toBe(true);
    expect(has(r, 'Fiji', 'FOUNDED', 'Pacific Policing Forum')).toBe(true);
    expect(has(r, 'Samoa', 'FOUNDED', 'Pacific Policing Forum')).toBe(true);
  });

  it('reads charges, arrests and substances', () => {
    const r = rels('Three men, Omar Haddad, Luis Ortega and Pavel Sokol, were charged by Spain with trafficking cocaine. Omar Haddad was arrested in Valencia.');
    expect(has(r, 'Omar Haddad', 'CHARGED_BY', 'Spain')).toBe(true);
    expect(has(r, 'Pavel Sokol', 'CHARGED_BY', 'Spain')).toBe(true);
    expect(has(r, 'Omar Haddad', 'ARRESTED_BY', 'Valencia')).toBe(true);
    const s = rels('India plans to list tramadol as a controlled substance.');
    expect(s.find((x) => x.type === 'INVOLVED_WITH')).toMatchObject({ s: 'India', t: 'tramadol', p: { action: 'regulates' } });
  });

  it('reads places: city in country, body based in a city, event held in a place', () => {
    const r = rels('NAIROBI, Kenya – The East Africa Police Chiefs Conference was held in Nairobi. The Rift Valley Institute, a Nairobi-based think tank, attended.');
    expect(has(r, 'Nairobi', 'LOCATED_IN', 'Kenya')).toBe(true);
    expect(has(r, 'East Africa Police Chiefs Conference', 'LOCATED_IN', 'Nairobi')).toBe(true);
    expect(has(r, 'Rift Valley Institute', 'LOCATED_IN', 'Nairobi')).toBe(true);
  });

  it('reads participation and possessive structure', () => {
    const r = rels("Europol's Operation Cold Chain targeted smugglers. The Asia Desk of Europol's Serious Crime Centre helped.");
    expect(has(r, 'Europol', 'PARTICIPATED_IN', 'Operation Cold Chain')).toBe(true);
    expect(has(r, 'Serious Crime Centre', 'PART_OF', 'Europol')).toBe(true);
  });

  it('respects the ontology: no relation between disallowed types', () => {
    const r = rels('Heroin was founded by Canada.');
    expect(r.filter((x) => x.type === 'FOUNDED')).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'Kenya and Uganda signed an agreement. Police Commissioner Ruth Akinyi visited Kampala.';
    expect(extractDocument({ id: 'a', text })).toEqual(extractDocument({ id: 'a', text }));
  });
});

describe('relations across sentences', () => {
  it('carries what is said of an unnamed group to the people named next', () => {
    const r = rels('Last month two Peruvian men were charged by Chile with smuggling cocaine. The two suspects, Mateo Quispe and Diego Huaman, deny it.');
    for (const p of ['Mateo Quispe', 'Diego Huaman']) {
      expect(has(r, p, 'NATIONALITY', 'Peru')).toBe(true);
      expect(has(r, p, 'CHARGED_BY', 'Chile')).toBe(true);
    }
  });

  it('links an operation described by its coordinator to the name given next', () => {
    const r = rels('ROME, Italy – A Europol-coordinated operation targeting arms trafficking across Europe has ended.Operation Iron Gate led to 40 arrests.');
    expect(has(r, 'Europol', 'PARTICIPATED_IN', 'Operation Iron Gate')).toBe(true);
    expect(has(r, 'Operation Iron Gate', 'LOCATED_IN', 'Europe')).toBe(true);
  });

  it('types an unknown name by its apposition', () => {
    const r = rels('Harbor Watch, a Lisbon-based monitoring group, published the data.');
    expect(has(r, 'Harbor Watch', 'LOCATED_IN', 'Lisbon')).toBe(true);
  });
});

describe('robustness', () => {
  it('handles empty, odd and very long input', () => {
    for (const text of ['', '  \n ', '... — !!!', '((((Operation X))))', 'A-B-C-D-E-F', 'The Ministry of Justice of Peru and INTERPOL met in Lima. '.repeat(500)]) {
      const doc = extractDocument({ id: 'x', text });
      for (const r of doc.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it('splits "X of Y and Z" when Z is a name of its own', () => {
    const doc = extractDocument({ id: 'x', text: 'The Ministry of Security of Peru and INTERPOL met.' });
    expect(doc.entities.map((e) => e.name)).toEqual(['Ministry of Security of Peru', 'INTERPOL']);
  });
});
