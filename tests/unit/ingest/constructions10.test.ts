// Constructions added for the tenth round of relation recall. Every sentence
// here is made up.
import { describe, expect, it } from 'vitest';
import { extractText, hasRelation as has } from '../../helpers/extraction.js';

describe('places within a city or a state', () => {
  it('makes a district of a city a part of the city', () => {
    const t = 'Police arrested two men at a warehouse in Velkoby, Copenhagen, on Friday.';
    expect(has(t, 'Velkoby', 'PART_OF', 'Copenhagen')).toBe(true);
    expect(has(t, 'Velkoby', 'LOCATED_IN', 'Copenhagen')).toBe(false);
  });
  it('keeps a town in a state or a province located in it', () => {
    expect(has('Police arrested two men at a warehouse in Dunmore Falls, Ohio, on Friday.', 'Dunmore Falls', 'LOCATED_IN', 'Ohio')).toBe(true);
    expect(has('Police seized the cargo in the port of Varna Nova, in Lisbon province.', 'Varna Nova', 'PART_OF', 'Lisbon')).toBe(false);
  });
});

describe('partners of "works with"', () => {
  it('reads "already works with A\'s unit and with B": the owner of an unnamed unit, and each "and with"', () => {
    const t = 'The Harbour Crime Unit already works with the Ruritanian Navy\'s coastal wing and with the Customs Authority of Ostravia at the port of Velka.';
    expect(has(t, 'Harbour Crime Unit', 'COOPERATES_WITH', 'Ruritanian Navy')).toBe(true);
    expect(has(t, 'Harbour Crime Unit', 'COOPERATES_WITH', 'Customs Authority of Ostravia')).toBe(true);
  });
});

describe('memberships denied or of the subject', () => {
  it('reads no membership in "X is not a member of Y"', () => {
    expect(has('Norway is not a member of the European Union but has an agreement with Europol.', 'Norway', 'MEMBER_OF', 'European Union')).toBe(false);
  });
  it('does not make the first body part of the second in "X became a member of A in 2019 and has been a member of B"', () => {
    const t = 'Bhutan became the newest member of ASEAN in 2019 and has been a member of INTERPOL since 2001.';
    expect(has(t, 'ASEAN', 'PART_OF', 'INTERPOL')).toBe(false);
    expect(has(t, 'Bhutan', 'MEMBER_OF', 'INTERPOL')).toBe(true);
  });
});

describe('owners named by the start of a name', () => {
  it('does not make "Customs" the parent of a qualified body whose short form drops the qualifier', () => {
    const t = 'Investigators from Customs and the Dutch Customs Administration then ran Operation Tarn. Customs officers seized 40 kg of cocaine.';
    expect(has(t, 'Dutch Customs Administration', 'PART_OF', 'Customs')).toBe(false);
  });
});

describe('the people a speech addresses', () => {
  const speech = (line: string) => `Remarks at the Opening of the Border Post\n\nLindgrad, 4 May 2026\n\n${line}\nDistinguished guests, ladies and gentlemen,\n\nWelcome to Lindgrad.\n`;
  it('reads a title-case address line ending in a comma as running text, not a headline', () => {
    const { doc } = extractText(speech('The Honourable Minister of Home Affairs and Internal Security, Mr Tobias Kwenda-Mulo,'));
    expect(doc.entities.map((e) => e.name)).toContain('Tobias Kwenda-Mulo');
    expect(has(speech('The Permanent Secretary of the Ministry of Home Affairs, Mr Tobias Kwenda-Mulo,'), 'Tobias Kwenda-Mulo', 'HOLDS_POSITION', 'Ministry of Home Affairs')).toBe(true);
  });
  it('reads "Permanent Secretary" and "Her Excellency the High Commissioner of the United Republic of X" as titles', () => {
    expect(has('The Permanent Secretary of the Ministry of Home Affairs, Mr Tobias Kwenda-Mulo, spoke first.', 'Tobias Kwenda-Mulo', 'HOLDS_POSITION', 'Ministry of Home Affairs')).toBe(true);
    expect(has(speech('Her Excellency the High Commissioner of the United Republic of Tanzania to Kenya, Ms Amina Rukwa-Selemani,'), 'Amina Rukwa-Selemani', 'HOLDS_POSITION', 'Tanzania')).toBe(true);
  });
});

describe('names joined by "es"', () => {
  it('keeps "es" inside a name, as in "Dar es Salaam"', () => {
    const names = (t: string) => extractText(t).doc.entities.map((e) => e.name);
    expect(names('The Port Authority of Bandar es Nour seized the boat.')).toContain('Port Authority of Bandar es Nour');
    expect(names('The truck left Dar es Salaam on Monday.')).toContain('Dar es Salaam');
  });
});

describe('a short form in apposition', () => {
  it('takes "the X, XO, …" as the short form of X when the letters are its initials', () => {
    const t = 'We thank the Eastern Ports Customs Authority, EPCA, through which our agencies share data. Kenya and Uganda are both members of EPCA and of the Lake Basin Commission.';
    expect(has(t, 'Kenya', 'MEMBER_OF', 'Eastern Ports Customs Authority')).toBe(true);
  });
  it('leaves other capitals after a comma alone', () => {
    const { doc } = extractText('We thank the Eastern Ports Customs Authority, UNODC, and the police.');
    expect(doc.entities.find((e) => e.name === 'Eastern Ports Customs Authority')?.aliases ?? []).not.toContain('UNODC');
  });
});

describe('laws named with their year', () => {
  it('keeps the year after "… Act" in the name, not one before it', () => {
    const names = (t: string) => extractText(t).doc.entities.map((e) => e.name);
    expect(names('Ketamine is a Class C drug under the Harmful Substances Act 1981.')).toContain('Harmful Substances Act 1981');
    expect(names('In 1981 the Harmful Substances Act was passed.')).toContain('Harmful Substances Act');
  });
});

describe('"Counsel" as a title', () => {
  it('keeps "Counsel" out of the name in "Principal State Counsel P"', () => {
    const names = extractText('Principal State Counsel Miriam Otieno-Vale told the court the records were clear.').doc.entities.map((e) => e.name);
    expect(names).toContain('Miriam Otieno-Vale');
  });
});
