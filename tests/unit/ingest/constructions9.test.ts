// Constructions added for the ninth round of relation recall. Every sentence
// here is made up.
import { describe, expect, it } from 'vitest';
import { hasRelation as has } from '../../helpers/extraction.js';

describe('suspects of a one-drug case', () => {
  const seizure = 'Officers of the Harbour Crime Unit seized 310 kg of cocaine at the port of Lindmark on Monday.';
  it('makes a person arrested by a body, sentences away from the drug, involved with it', () => {
    const t = `${seizure} The container had been declared as furniture. Two suspects have been arrested so far. A freight agent, Tomas Velbrandt, was arrested by the Harbour Crime Unit at his office.`;
    expect(has(t, 'Tomas Velbrandt', 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
  it('makes a person charged involved with the one drug', () => {
    const t = `${seizure} The cargo was stored for a week. Mirela Dunsk was later charged by the Lindmark Prosecution Service.`;
    expect(has(t, 'Mirela Dunsk', 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
  it('with two drugs named, takes the one drug of the person\'s own paragraph', () => {
    const t = `Customs officers seized 20 kg of heroin at the airport in March.\n\n${seizure} The cargo was stored for a week. Mirela Dunsk was later charged by the Lindmark Prosecution Service.`;
    expect(has(t, 'Mirela Dunsk', 'INVOLVED_WITH', 'cocaine')).toBe(true);
    expect(has(t, 'Mirela Dunsk', 'INVOLVED_WITH', 'heroin')).toBe(false);
  });
  it('leaves the person out when two drugs are named, or when the arrest is only "in" a place', () => {
    const two = `${seizure} Officers also found 20 kg of heroin. The cargo was stored for a week. Mirela Dunsk was later charged by the Lindmark Prosecution Service.`;
    expect(has(two, 'Mirela Dunsk', 'INVOLVED_WITH', 'cocaine')).toBe(false);
    // (Three sentences after the seizure, so no captor is read from it: captors.ts looks two back.)
    const place = `${seizure} The cargo was stored for a week. It was then moved. Two other men, Ivo Marek and Ole Brandt, were arrested in Ostervik.`;
    expect(has(place, 'Ivo Marek', 'INVOLVED_WITH', 'cocaine')).toBe(false);
  });
});

describe('partners in the work on a case', () => {
  it('reads "X had shared the importer\'s phone data with Y and with Z\'s W" (subject inside the sentence, owner left out)', () => {
    const t = 'Commander Ilse Varnow said the Drug Squad had shared the importer\'s phone data with the Harbour Crime Unit and with Morocco\'s Customs Administration.';
    expect(has(t, 'Drug Squad', 'COOPERATES_WITH', 'Harbour Crime Unit')).toBe(true);
    expect(has(t, 'Drug Squad', 'COOPERATES_WITH', 'Customs Administration')).toBe(true);
    expect(has(t, 'Drug Squad', 'COOPERATES_WITH', 'Morocco')).toBe(false);
  });
  it('reads "the X in Y had shared the suspects\' details with Z\'s W"', () => {
    const t = 'The Liaison Bureau in Lisbon had shared the suspects\' details with the Harbour Crime Unit\'s Records Office.';
    expect(has(t, 'Liaison Bureau', 'COOPERATES_WITH', 'Records Office')).toBe(true);
  });
  it('reads "X\'s liaison officer in Y worked with Z" as X working with Z', () => {
    const t = 'The Drug Squad\'s liaison officer in Bangkok worked with Thailand\'s Narcotics Control Office on 17 cases.';
    expect(has(t, 'Drug Squad', 'COOPERATES_WITH', 'Narcotics Control Office')).toBe(true);
  });
  it('reads a partner put first: "With the X, the Y traced …"', () => {
    const t = 'With the Harbour Police Force, the Drug Squad traced the finances of a supplier who had moved abroad.';
    expect(has(t, 'Harbour Police Force', 'COOPERATES_WITH', 'Drug Squad')).toBe(true);
  });
});

describe('who made an arrest the sentence does not name', () => {
  it('takes the body that made the seizure a sentence before, not the tipster of its aside', () => {
    const t = 'The case began in May, when officers of the Drug Squad of the Harbour Police, acting on information from the Coastal Bureau, found 62 kilograms of cannabis in a camper van. The driver, Nikos Velbrand, and his accomplice, Kyros Dunsk, were arrested at the port.';
    expect(has(t, 'Nikos Velbrand', 'ARRESTED_BY', 'Drug Squad')).toBe(true);
    expect(has(t, 'Kyros Dunsk', 'ARRESTED_BY', 'Drug Squad')).toBe(true);
    expect(has(t, 'Kyros Dunsk', 'ARRESTED_BY', 'Coastal Bureau')).toBe(false);
  });
  it('reads "X officers seized …; the owner, P, was arrested at the scene" and leaves an arrest "by" another body alone', () => {
    expect(has('Harbour Crime Unit officers seized 31 kilograms of cocaine from a canoe, and the owner, Lascar Penwick, was arrested at the scene.', 'Lascar Penwick', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(true);
    const t = 'Officers of the Drug Squad found 62 kilograms of cannabis in a van. The driver, Nikos Velbrand, was arrested by the Border Police.';
    expect(has(t, 'Nikos Velbrand', 'ARRESTED_BY', 'Drug Squad')).toBe(false);
  });
});

describe('acting on a tip', () => {
  it('reads "Acting on information from the X (ACR) in Y, our Z boarded …"', () => {
    const t = 'Acting on information from the Maritime Analysis Centre (MAC) in Lisbon, our Coast Guard boarded a fishing vessel.';
    expect(has(t, 'Maritime Analysis Centre', 'COOPERATES_WITH', 'Coast Guard')).toBe(true);
  });
});

describe('bodies that run an operation or a course', () => {
  it('reads "A and B officers carried out Operation X" after a date', () => {
    const t = 'From 8 to 26 September 2025, the Drug Squad and Harbour Crime Unit officers carried out Operation Blue Lantern against a syndicate.';
    expect(has(t, 'Drug Squad', 'PARTICIPATED_IN', 'Operation Blue Lantern')).toBe(true);
    expect(has(t, 'Harbour Crime Unit', 'PARTICIPATED_IN', 'Operation Blue Lantern')).toBe(true);
  });
  it('reads a course "delivered by" a body and the body whose officers "graduated from" it', () => {
    expect(has('The eight-week Crime Investigations Course was delivered by the Harbour Police.', 'Harbour Police', 'PARTICIPATED_IN', 'Crime Investigations Course')).toBe(true);
    expect(has('Forty-two officers of the Island Constabulary graduated today from the first Crime Investigations Course at the Police College.', 'Island Constabulary', 'PARTICIPATED_IN', 'Crime Investigations Course')).toBe(true);
  });
});

describe('people who stand for a body', () => {
  it('reads "the X Regional Representative for Central Asia, Ms P" as a post in X, not in the region', () => {
    const t = 'The ceremony was attended by the UNODC Regional Representative for Central Asia, Ms. Ingrid Halvor.';
    expect(has(t, 'Ingrid Halvor', 'HOLDS_POSITION', 'United Nations Office on Drugs and Crime')).toBe(true);
    expect(has(t, 'Ingrid Halvor', 'HOLDS_POSITION', 'Central Asia')).toBe(false);
  });
  it('reads "The X was represented by analyst P"', () => {
    expect(has('The Harbour Police was represented by analyst Fenna Oosterveld.', 'Fenna Oosterveld', 'HOLDS_POSITION', 'Harbour Police')).toBe(true);
  });
});

describe('places named by their administrative unit', () => {
  it('reads "in X district, Y" as X part of Y', () => {
    expect(has('Police seized 40 kilograms of heroin in Mae Sai district, Chiang Rai, on 2 May.', 'Mae Sai', 'PART_OF', 'Chiang Rai')).toBe(true);
  });
  it('reads "X, in the province of Y" as a part, not also as merely located there', () => {
    const t = 'The farms lie around Vigo, in the province of Pontevedra.';
    expect(has(t, 'Vigo', 'PART_OF', 'Pontevedra')).toBe(true);
    expect(has(t, 'Vigo', 'LOCATED_IN', 'Pontevedra')).toBe(false);
  });
});

describe('courts in the later steps of a case', () => {
  const arrests = 'Tomas Velbrandt, 41, was arrested at the port of Lindmark. A courier, Mirela Dunsk, was detained the same day.';
  it('reads "and remain in custody on the orders of the X" with the subject of the first predicate', () => {
    const t = `${arrests} Both were charged by the Harbour Prosecution Service and remain in custody on the orders of the Lindmark District Court.`;
    expect(has(t, 'Tomas Velbrandt', 'ARRESTED_BY', 'Lindmark District Court')).toBe(true);
    expect(has(t, 'Mirela Dunsk', 'ARRESTED_BY', 'Lindmark District Court')).toBe(true);
  });
  it('reads "have been referred for trial before the X" and "charged by the public prosecutor at the X"', () => {
    expect(has(`${arrests} Both were remanded by the Lindmark District Court and have been referred for trial before the Lindmark Assize Court.`, 'Mirela Dunsk', 'CHARGED_BY', 'Lindmark Assize Court')).toBe(true);
    expect(has(`${arrests} Both have been charged by the public prosecutor at the Lindmark Court of First Instance with trafficking.`, 'Tomas Velbrandt', 'CHARGED_BY', 'Lindmark Court of First Instance')).toBe(true);
  });
  it('reads "He has since been charged in the X Court", and not a body that is no court', () => {
    expect(has('Tomas Velbrandt was arrested by officers of the Harbour Police. He has since been charged in the Lindmark District Court with trafficking.', 'Tomas Velbrandt', 'CHARGED_BY', 'Lindmark District Court')).toBe(true);
    expect(has('Tomas Velbrandt was arrested at the port. He has since been referred to the Harbour Police for questioning.', 'Tomas Velbrandt', 'CHARGED_BY', 'Harbour Police')).toBe(false);
  });
});

describe('a partner owned by another body', () => {
  it('reads "X works with Y\'s Z" as X working with Z, not with the owner Y', () => {
    const t = 'The Drug Squad works with INTERPOL\'s National Central Bureau in Velmar.';
    expect(has(t, 'Drug Squad', 'COOPERATES_WITH', 'National Central Bureau in Velmar')).toBe(true);
    expect(has(t, 'Drug Squad', 'COOPERATES_WITH', 'INTERPOL')).toBe(false);
  });
});
