// Constructions added for the eleventh round of relation recall. Every
// sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractText, hasRelation as has } from '../../helpers/extraction.js';

const names = (t: string) => extractText(t).doc.entities.map((e) => e.name);

describe('defendants listed with their age in parentheses', () => {
  it('reads "Name (38)" as a person', () => {
    expect(names('Tomas Velkrin (38) is accused of recruiting couriers.')).toContain('Tomas Velkrin');
  });
  it('reads "Name (33), a citizen of X" as a nationality', () => {
    expect(has('Arvo Kessminen (33), a citizen of Estonia, is accused of driving the van.', 'Arvo Kessminen', 'NATIONALITY', 'Estonia')).toBe(true);
    expect(has('Arvo Kessminen (33), a Latvian, is accused of driving the van.', 'Arvo Kessminen', 'NATIONALITY', 'Latvia')).toBe(true);
  });
});

describe('custody pointing back at the persons named before', () => {
  const three = 'Dana Orlik, 34, Pavel Strand, 29, and Ivo Marek, 41, were arrested on Friday.';
  const named = 'Police in Dorrow arrested Dana Orlik, 34, and Pavel Strand, 29, on Sunday.';
  it('reads "ordered both men held in custody" as the body holding both', () => {
    const t = `${named} The Dorrow Regional Court on Monday ordered both men held in custody for a month.`;
    expect(has(t, 'Dana Orlik', 'ARRESTED_BY', 'Dorrow Regional Court')).toBe(true);
    expect(has(t, 'Pavel Strand', 'ARRESTED_BY', 'Dorrow Regional Court')).toBe(true);
    // As many persons as the pointer counts, or none.
    expect(has(`${named} The Dorrow Regional Court ordered all three held in custody.`, 'Dana Orlik', 'ARRESTED_BY', 'Dorrow Regional Court')).toBe(false);
  });
  it('reads "…, which arrested both men" as the body arresting them', () => {
    const t = `Dana Orlik and Pavel Strand are accused of importing cocaine. The case was run by the Harbour Crime Unit, which arrested both men at the quay.`;
    expect(has(t, 'Pavel Strand', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(true);
  });
  it('reads "ordered pre-trial detention for A, B and C"', () => {
    const t = `${three} The Dorrow Regional Court ordered pre-trial detention for Orlik, Strand and Marek in May.`;
    expect(has(t, 'Ivo Marek', 'ARRESTED_BY', 'Dorrow Regional Court')).toBe(true);
  });
  it('reads "The three remain in X Prison" and "he is being held at X Prison"', () => {
    const t = `${three} The three remain in Brekka Prison.`;
    expect(has(t, 'Pavel Strand', 'ARRESTED_BY', 'Brekka Prison')).toBe(true);
    expect(has('Ivo Marek was extradited on Monday. He is being held at Brekka Prison.', 'Ivo Marek', 'ARRESTED_BY', 'Brekka Prison')).toBe(true);
    expect(has(`${three} Both remain in Dorrow.`, 'Dana Orlik', 'ARRESTED_BY', 'Dorrow')).toBe(false);
  });
});

describe('a court named only by generic words', () => {
  it('has the place it sits in as an alias', () => {
    const aliases = (t: string) => extractText(t).doc.entities.flatMap((e) => e.aliases ?? []);
    expect(aliases('Prosecutors filed the case with the County Court in Velmora on Monday.')).toContain('County Court in Velmora');
    expect(aliases('Prosecutors filed the case with the Velmora County Court in Ostrava on Monday.')).not.toContain('Velmora County Court in Ostrava');
  });
});

describe('an arrest in a description after the name', () => {
  it('reads "P, a Ruritanian national arrested by the X in Y on <date>, is …" with no "was"', () => {
    const t = 'Mr Tamas Orveny, a Ruritanian national arrested by the Serious Crime Directorate in Velmora on 3 May in connection with the seizure, is the subject of an extradition request.';
    expect(has(t, 'Tamas Orveny', 'ARRESTED_BY', 'Serious Crime Directorate')).toBe(true);
    expect(has(t, 'Tamas Orveny', 'ARRESTED_BY', 'Velmora')).toBe(true);
    // Where the arrest was made is not where the body is based.
    expect(has(t, 'Serious Crime Directorate', 'LOCATED_IN', 'Velmora')).toBe(false);
  });
  it('does not read the one who arrested as the one arrested', () => {
    expect(has('Inspector Tamas Orveny, the officer who arrested the courier in Velmora, gave evidence.', 'Tamas Orveny', 'ARRESTED_BY', 'Velmora')).toBe(false);
    expect(has('Mr Tamas Orveny, a Ruritanian national arrested in Velmora last week, denies the charges.', 'Tamas Orveny', 'ARRESTED_BY', 'Velmora')).toBe(true);
  });
});

describe('a charge in a country', () => {
  it('reads "has also been charged in X" as X charging the person, but not a charge still expected', () => {
    expect(has('Ivo Marek, 41, was arrested in May. He has also been charged in Slovenia under the drugs law.', 'Ivo Marek', 'CHARGED_BY', 'Slovenia')).toBe(true);
    expect(has('Ivo Marek, 41, was arrested in May. He is expected to be charged in Slovenia.', 'Ivo Marek', 'CHARGED_BY', 'Slovenia')).toBe(false);
  });
});

describe('bodies running an operation after a date without a comma', () => {
  it('reads "In October 2025 the A and B\'s C conducted Operation X"', () => {
    const t = "In October 2025 the Border Crimes Directorate and Estonia's Federal Investigation Service conducted Operation Lantern, a joint operation at the border.";
    expect(has(t, 'Border Crimes Directorate', 'PARTICIPATED_IN', 'Operation Lantern')).toBe(true);
    expect(has(t, 'Federal Investigation Service', 'PARTICIPATED_IN', 'Operation Lantern')).toBe(true);
    expect(has(t, 'Border Crimes Directorate', 'COOPERATES_WITH', 'Federal Investigation Service')).toBe(true);
  });
});

describe('an exchange of information with partners', () => {
  it('reads "exchanges information on suspicious shipments with A through …, and with B"', () => {
    const t = "The Velmora Police Service exchanges information on suspicious shipments with Estonia's Narcotics Control Bureau through a liaison officer at the embassy, and with the Regional Precursor Board.";
    expect(has(t, 'Velmora Police Service', 'COOPERATES_WITH', 'Narcotics Control Bureau')).toBe(true);
    expect(has(t, 'Velmora Police Service', 'COOPERATES_WITH', 'Regional Precursor Board')).toBe(true);
  });
});

describe('investigators of several bodies running an operation', () => {
  it('reads "Investigators from A and B then ran Operation X"', () => {
    const t = 'Investigators from the Harbour Crime Unit and the Dutch Customs Administration then ran Operation Tarn.';
    expect(has(t, 'Harbour Crime Unit', 'PARTICIPATED_IN', 'Operation Tarn')).toBe(true);
    expect(has(t, 'Dutch Customs Administration', 'PARTICIPATED_IN', 'Operation Tarn')).toBe(true);
  });
});

describe('a meeting told in a relative clause', () => {
  it('reads "P thanked Q, with whom she met in X" as P meeting Q, whoever "she" was taken for', () => {
    const t = 'The Deputy Head of the Serious Crime Office, Mirta Kovalenko, led the prosecution team. She thanked the Swedish prosecutor in the team, Chief Prosecutor Elin Bergqvist, with whom she met in Stockholm in March.';
    expect(has(t, 'Mirta Kovalenko', 'MET_WITH', 'Elin Bergqvist')).toBe(true);
  });
});

describe('nationals listed after their nationality', () => {
  it('reads "Two of the men are Icelandic citizens, A, 34, and B, 29"', () => {
    const t = 'Three men were arrested. Two of the men are Icelandic citizens, Sindri Haraldsson, 34, and Kolbeinn Ottarsson, 29.';
    expect(has(t, 'Sindri Haraldsson', 'NATIONALITY', 'Iceland')).toBe(true);
    expect(has(t, 'Kolbeinn Ottarsson', 'NATIONALITY', 'Iceland')).toBe(true);
  });
});
