// Constructions added for the seventh round of relation recall: embassies
// named with the place they stand in, "A and of B", membership as "member
// states of" / "the X's members", "has since been charged", a body's post
// before "arrested", "which indicted P", "They were taken to X and charged by
// Y", suspects and the drugs seized with them (or a sentence before), seizures
// "found by officers of A of X and the B", a tip named after the body acting on
// it, exchanged liaison officers, "State" kept in a body's name, and a
// country after "of" not read as the owner of a namesake. Every sentence here
// is made up.
import { describe, expect, it } from 'vitest';
import { extractText as run, hasRelation as has } from '../../helpers/extraction.js';

describe('entities', () => {
  it('names an embassy with the place it stands in, keeping the short form as an alias', () => {
    const t = 'The tip was passed on by the Embassy of Ruritania in Lisbon. Later the Embassy of Ruritania said it had helped.';
    const { doc } = run(t);
    const embassy = doc.entities.find((e) => e.name === 'Embassy of Ruritania in Lisbon');
    expect(embassy?.type).toBe('Organization');
    expect(embassy?.aliases).toContain('Embassy of Ruritania');
    expect(doc.entities.filter((e) => /Embassy/.test(e.name))).toHaveLength(1);
    expect(has(t, 'Embassy of Ruritania in Lisbon', 'LOCATED_IN', 'Lisbon')).toBe(true);
  });
  it('names "the Kenyan Embassy in Oslo" the same way, but not an embassy without a place', () => {
    expect(run('A diplomat of the Kenyan Embassy in Oslo attended.').doc.entities.some((e) => e.name === 'Kenyan Embassy in Oslo')).toBe(true);
    expect(run('A diplomat of the Kenyan Embassy attended in May.').doc.entities.some((e) => e.name === 'Kenyan Embassy')).toBe(true);
  });
  it('ends a name before "and of": two bodies', () => {
    const names = run('Both states are members of the Arctic Council and of Europol.').doc.entities.map((e) => e.name);
    expect(names).toContain('Arctic Council');
    expect(names).toContain('Europol');
  });
  it('keeps "State" in a body named with it, but not as a title before a name', () => {
    const names = run('Officers of the State Revenue Committee spoke to State Secretary Olav Brenna of the Ministry of Finance.').doc.entities.map((e) => e.name);
    expect(names).toContain('State Revenue Committee');
    expect(names).toContain('Olav Brenna');
    expect(names).not.toContain('Revenue Committee');
  });
});

describe('membership', () => {
  it('reads "member states of A and of B" and "are the X\'s members" with a parenthesis in the list', () => {
    const t = 'Norway and Iceland are both member states of the Arctic Council and of Europol. Chile, Peru and France (for Tahiti) are the Pacific Harbour Commission\'s members.';
    expect(has(t, 'Norway', 'MEMBER_OF', 'Arctic Council')).toBe(true);
    expect(has(t, 'Iceland', 'MEMBER_OF', 'Europol')).toBe(true);
    expect(has(t, 'France', 'MEMBER_OF', 'Pacific Harbour Commission')).toBe(true);
    expect(has(t, 'Tahiti', 'MEMBER_OF', 'Pacific Harbour Commission')).toBe(false);
  });
  it('does not make "X of <country>" a part of X', () => {
    const t = 'The National Guard of Chile met the National Guard in Lima.';
    expect(run(t).rels.some((r) => r.type === 'PART_OF')).toBe(false);
  });
});

describe('arrests and charges', () => {
  it('reads "has since been charged by" and a body\'s post before "arrested"', () => {
    const t = 'Officers of the Harbour Customs Service at Kelso arrested a truck driver, Ivo Brankovic-Lenz, on Monday. Brankovic-Lenz has since been charged by the Investigative Committee of Ruritania.';
    expect(has(t, 'Ivo Brankovic-Lenz', 'ARRESTED_BY', 'Harbour Customs Service')).toBe(true);
    expect(has(t, 'Ivo Brankovic-Lenz', 'CHARGED_BY', 'Investigative Committee of Ruritania')).toBe(true);
  });
  it('reads "which indicted P" and "They were taken to X and charged by Y"', () => {
    const t = 'The suspect, Mara Okonjo-Vale, 34, was referred to the Harbour District Prosecutors\' Office, which indicted Okonjo-Vale on 3 May. Police detained two men, Tomas Vrba-Kollar, 29, and Enzo Maratti-Ruiz, 31, at the pier. They were taken to Suva and charged by the Fiji Police Force.';
    expect(has(t, 'Mara Okonjo-Vale', 'CHARGED_BY', "Harbour District Prosecutors' Office")).toBe(true);
    expect(has(t, 'Tomas Vrba-Kollar', 'CHARGED_BY', 'Fiji Police Force')).toBe(true);
    expect(has(t, 'Enzo Maratti-Ruiz', 'CHARGED_BY', 'Fiji Police Force')).toBe(true);
  });
});

describe('suspects and the drugs of their case', () => {
  it('gives the persons arrested the drugs seized a sentence before', () => {
    const t = 'Border officers found 30 kilograms of cannabis and 2,000 ecstasy (MDMA) tablets in a lorry. The driver, Petar Ilic-Sorensen, and his cousin, Luka Ilic-Marr, were arrested at the port.';
    for (const p of ['Petar Ilic-Sorensen', 'Luka Ilic-Marr']) {
      expect(has(t, p, 'INVOLVED_WITH', 'cannabis')).toBe(true);
      expect(has(t, p, 'INVOLVED_WITH', 'MDMA')).toBe(true);
    }
  });
  it('gives an arrested person the drug found on them in the same sentence', () => {
    const t = 'Customs officers arrested a courier, Ansel Mbeki-Trow, with rhino horn in his luggage. The Coast Guard arrested a skipper, Odd Rask-Hallan, after finding 12 kilograms of cocaine aboard.';
    expect(has(t, 'Ansel Mbeki-Trow', 'INVOLVED_WITH', 'rhino horn')).toBe(true);
    expect(has(t, 'Odd Rask-Hallan', 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
  it('does not link a suspect to a drug only talked about', () => {
    const t = 'Heroin use has doubled since 2020, the ministry said. The driver, Petar Ilic-Sorensen, was arrested at the port.';
    expect(has(t, 'Petar Ilic-Sorensen', 'INVOLVED_WITH', 'heroin')).toBe(false);
  });
});

describe('bodies working together', () => {
  it('pairs the bodies whose officers found a consignment, and gives them the drugs of the sentence before', () => {
    const t = 'Police seized 40 kilograms of heroin at the port. The consignment was found by officers of the Anti Drug Unit of the Ruritania Police Force and the Customs Department of the Ruritania Revenue Authority.';
    expect(has(t, 'Anti Drug Unit', 'COOPERATES_WITH', 'Customs Department')).toBe(true);
    expect(has(t, 'Customs Department', 'INVOLVED_WITH', 'heroin')).toBe(true);
    expect(has(t, 'Ruritania Police Force', 'COOPERATES_WITH', 'Ruritania Revenue Authority')).toBe(false);
  });
  it('reads a tip named after the body that acted on it, but not a request to a court', () => {
    const t = 'Officers of the Drug Squad of the Ruritania Police, acting on information from the Hellenic Police\'s Attica Directorate, found 5 kilograms of cocaine. The Sofia District Court, acting on a request from the Sofia Prosecutor\'s Office, ordered him held.';
    expect(has(t, 'Drug Squad', 'COOPERATES_WITH', 'Attica Directorate')).toBe(true);
    expect(has(t, 'Sofia District Court', 'COOPERATES_WITH', "Sofia Prosecutor's Office")).toBe(false);
  });
  it('reads bodies that will exchange liaison officers', () => {
    expect(has('Under the protocol, the Harbour Police and the Coastal Police will exchange liaison officers.', 'Harbour Police', 'COOPERATES_WITH', 'Coastal Police')).toBe(true);
  });
});
