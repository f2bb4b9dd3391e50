// Constructions, round tune15 (leftover misses found in three or more held-out sets).
// Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractNamed as extract } from '../../helpers/extraction.js';

describe('substances that are everyday words', () => {
  it('reads "khat" and "yaba" in lower case in a sentence about a seizure', () => {
    const { entities } = extract('Border guards in Velmora seized 640 kilograms of khat and 12,000 yaba tablets from a minibus.');
    expect(entities).toContain('Substance:khat');
    expect(entities).toContain('Substance:yaba');
  });
  it('reads "ecstasy" as MDMA', () => {
    const { entities } = extract('Officers found 3,000 ecstasy tablets in a parcel sent to Velmora.');
    expect(entities).toContain('Substance:MDMA');
  });
  it('does not read them outside a drug sentence, capitalized, or as a street name given to a drug already named', () => {
    expect(extract('The Khat Valley hotel hosted a trade fair on ecstasy of colour in design.').entities.filter((e) => e.startsWith('Substance'))).toEqual([]);
    const { entities } = extract('Police seized 4 kg of methamphetamine tablets, known locally as yaba, in Velmora.');
    expect(entities).toContain('Substance:methamphetamine');
    expect(entities).not.toContain('Substance:yaba');
  });
});

describe('drug classes and controlled goods in the word lists', () => {
  it('reads benzodiazepines, counterfeited medicines, analogues, precursors and ozone-depleting gases', () => {
    const { entities } = extract('Customs in Velmora seized nitrazepam, sildenafil tablets, fentanyl analogues, calcium oxide, dagga and cylinders of hydrofluorocarbons.');
    for (const s of ['nitrazepam', 'sildenafil', 'fentanyl analogues', 'calcium oxide', 'dagga', 'hydrofluorocarbons']) expect(entities).toContain(`Substance:${s}`);
  });
  it('does not read a word that only contains one of them', () => {
    const { entities } = extract('The Daggan Institute in Velmora studied analogue radios and oxide coatings.');
    expect(entities.filter((e) => e.startsWith('Substance'))).toEqual([]);
  });
});

describe('an everyday-word drug opening a sentence', () => {
  it('reads "Khat is …" at the start of a sentence about drugs', () => {
    const { entities } = extract('Khat is a controlled drug in Velmora, and customs seized two tonnes last year.');
    expect(entities).toContain('Substance:khat');
  });
  it('does not read it capitalized inside a sentence or before a capitalized word', () => {
    const { entities } = extract('Khat Valley Traders seized the market, and the Yaba Road office kept 3 kg of files.');
    expect(entities.filter((e) => e.startsWith('Substance'))).toEqual([]);
  });
});

describe('a body whose "of" complement ends in a document word', () => {
  it('types "Ministry of A and B Law/Policy" and "Bureau of Standards" as bodies', () => {
    const { entities } = extract('The Ministry of Fisheries and Island Policy asked the Velmora Bureau of Standards and the Ministry of Justice and Law to test the powder.');
    expect(entities).toContain('Organization:Ministry of Fisheries and Island Policy');
    expect(entities).toContain('Organization:Velmora Bureau of Standards');
    expect(entities).toContain('Organization:Ministry of Justice and Law');
  });
  it('keeps a plan or policy named after a body as a document', () => {
    const { entities } = extract('The Council of Velmora Action Plan and the Office of Coastal Drug Control Policy were adopted in Ostria.');
    expect(entities).toContain('Other:Council of Velmora Action Plan');
    expect(entities).toContain('Other:Office of Coastal Drug Control Policy');
  });
});

describe('sites where goods are checked', () => {
  it('types a cargo or mail centre and a border post as places', () => {
    const { entities } = extract('Officers seized heroin at the Velmo One Stop Border Post. Parcels at the Tarvik International Mail Centre and the Ostria Cargo Centre were searched.');
    expect(entities).toContain('Location:Velmo One Stop Border Post');
    expect(entities).toContain('Location:Tarvik International Mail Centre');
    expect(entities).toContain('Location:Ostria Cargo Centre');
  });
  it('keeps a body named after such a site a body', () => {
    const { entities } = extract('The Mail Centre Directorate and the Border Post Authority met in Tarvik.');
    expect(entities).toContain('Organization:Mail Centre Directorate');
    expect(entities).toContain('Organization:Border Post Authority');
  });
});

describe('an envoy named after the place of the post', () => {
  it('reads the name after "Ambassador to X," or "Embassy in X," as a person, not a place', () => {
    const a = extract('The talks were held in the presence of the Norland High Commissioner to Jamaica, Edwin Carrowmore. Both officers spoke afterwards.');
    expect(a.entities).toContain('Person:Edwin Carrowmore');
    expect(a.entities).not.toContain('Location:Edwin Carrowmore');
    const b = extract('The Ostrian ambassador in Quito, Helga Brannlund, thanked the police.');
    expect(b.entities).toContain('Person:Helga Brannlund');
  });
  it('still reads a name listed after a place as a place when no envoy post comes before', () => {
    const { entities } = extract('Suspects were arrested in Kaunas, Velmoras and Tarvik. The ambassador travelled to Kaunas, Velmoras and beyond.');
    expect(entities).toContain('Location:Velmoras');
    expect(entities).toContain('Location:Tarvik');
    expect(entities.filter((e) => e.startsWith('Person'))).toEqual([]);
  });
});

describe('a titled person coordinated with a post or a body', () => {
  it('reads "Mr. P and the Director of the X, Q" as two persons and the body', () => {
    const { entities, relations } = extract('On Monday the envoy met Mr. Velkovarov and the Director of the Velmo Analytical Center, Mr. Karl Brennholt, in Tarvik.');
    expect(entities).toContain('Person:Velkovarov');
    expect(entities).toContain('Organization:Velmo Analytical Center');
    expect(entities).toContain('Person:Karl Brennholt');
    expect(entities.some((e) => e.startsWith('Organization:Velkovarov'))).toBe(false);
    expect(relations).toContain('Karl Brennholt HOLDS_POSITION Velmo Analytical Center');
  });
  it('reads "Commissioner P Q and the X Police" as a person and a body', () => {
    const { entities } = extract('Commissioner Anton Velkovar and the Velmo Police met in Tarvik.');
    expect(entities).toContain('Person:Anton Velkovar');
    expect(entities).toContain('Organization:Velmo Police');
  });
  it('keeps two bodies when no title or given name comes first', () => {
    const { entities } = extract('He thanked the Velmo Police and the Director of the Tarvik Customs, Karl Brennholt. Officers of Ostria Velmo and the Tarvik Police met.');
    expect(entities).toContain('Organization:Velmo Police');
    expect(entities).toContain('Organization:Tarvik Police');
    expect(entities).not.toContain('Person:Ostria Velmo');
  });
});

describe('a chargé d\'affaires as a title', () => {
  it('splits "The Chargé d\'Affaires of the Embassy of X, P" into the post holder and the embassy', () => {
    const { entities, relations } = extract('The Chargé d\'Affaires of the Embassy of Norway, Karl Brennholt, opened the training in Tarvik.');
    expect(entities).toContain('Organization:Embassy of Norway');
    expect(entities).toContain('Person:Karl Brennholt');
    expect(entities.some((e) => e.includes('Chargé'))).toBe(false);
    expect(relations).toContain('Karl Brennholt HOLDS_POSITION Embassy of Norway');
  });
  it('does not make "charge" alone a title', () => {
    const { entities } = extract('Charge Velmo Holdings was fined by the Tarvik Customs Service.');
    expect(entities).toContain('Organization:Tarvik Customs Service');
    expect(entities.filter((e) => e.startsWith('Person'))).toEqual([]);
  });
});

describe('posts "in Charge"', () => {
  it('reads "Special Agent in Charge P of the X" as the person and the body', () => {
    const { entities } = extract('Special Agent in Charge Raymond Tellisworth of the Velmo Division said the case was closed.');
    expect(entities).toContain('Person:Raymond Tellisworth');
    expect(entities).toContain('Organization:Velmo Division');
    expect(entities.some((e) => e.includes('in Charge'))).toBe(false);
  });
  it('does not make "Charge" a person in "P, Officer in Charge of the X"', () => {
    const { entities } = extract('"We followed the money," said Superintendent Maryse Tellworth, Officer in Charge of the Velmo Drug Squad.');
    expect(entities).toContain('Person:Maryse Tellworth');
    expect(entities).not.toContain('Person:Charge');
  });
});
