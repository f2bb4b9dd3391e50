// Constructions added for the eighth round of relation recall. Every sentence
// here is made up.
import { describe, expect, it } from 'vitest';
import { extractText as run, hasRelation as has } from '../../helpers/extraction.js';
import { FALLBACK_CONFIDENCE } from '../../../server/ingest/relations/fallback.js';

describe('arrests and charges', () => {
  const arrests = 'Customs officers arrested Tomas Velbrandt, 41, at the airport in Lindmark. A courier from the port, Mirela Dunsk, was detained the same day.';
  it('reads "Both have been charged by X" as the persons named one a sentence before', () => {
    const t = `${arrests} Both have been charged by the Harbour Prosecution Service.`;
    expect(has(t, 'Tomas Velbrandt', 'CHARGED_BY', 'Harbour Prosecution Service')).toBe(true);
    expect(has(t, 'Mirela Dunsk', 'CHARGED_BY', 'Harbour Prosecution Service')).toBe(true);
  });
  it('leaves out a speaker quoted between the arrests', () => {
    const t = 'Tomas Velbrandt was arrested at the airport. "This was a long case," said Commander Ilse Varnow. A courier, Mirela Dunsk, was detained the same day. Both were charged by the Harbour Prosecution Service.';
    expect(has(t, 'Tomas Velbrandt', 'CHARGED_BY', 'Harbour Prosecution Service')).toBe(true);
    expect(has(t, 'Ilse Varnow', 'CHARGED_BY', 'Harbour Prosecution Service')).toBe(false);
  });
  it('reads "and placed in pre-trial detention by a court in X" as custody in X', () => {
    const t = `${arrests} Both have been charged by the Harbour Prosecution Service and placed in pre-trial detention by a court in Ostervik.`;
    expect(has(t, 'Mirela Dunsk', 'ARRESTED_BY', 'Ostervik')).toBe(true);
    expect(has(t, 'Mirela Dunsk', 'CHARGED_BY', 'Ostervik')).toBe(false);
  });
  it('reads an arrest "by officers of X\'s Y" and "by the ABC\'s Y" as Y, the owner a mention or not', () => {
    expect(has('Ivo Marek-Lind was arrested by officers of Estonia\'s Service for Combating Organised Crime, which is part of the Police Board.', 'Ivo Marek-Lind', 'ARRESTED_BY', 'Service for Combating Organised Crime')).toBe(true);
    expect(has('A fourth suspect, Pia Oster, was detained in Tartu by the BCX\'s Special Investigations Unit.', 'Pia Oster', 'ARRESTED_BY', 'Special Investigations Unit')).toBe(true);
  });
});

describe('where and by whom people are held', () => {
  it('reads "was arrested at his flat in X, Y" with Y a city (not a country) and "detained the same day in X"', () => {
    expect(has('Ivo Marek-Lind was arrested at his flat in Kakkanad, Kochi, on 9 May.', 'Ivo Marek-Lind', 'ARRESTED_BY', 'Kochi')).toBe(true);
    expect(has('Ivo Marek-Lind was arrested at the port in Santos, Brazil, on 9 May.', 'Ivo Marek-Lind', 'ARRESTED_BY', 'Brazil')).toBe(false);
    expect(has('A chemist, Pia Oster, who studied at the University of Tartu, was detained the same day in Narva.', 'Pia Oster', 'ARRESTED_BY', 'Narva')).toBe(true);
  });
  it('reads a roll after "were arrested:" and keeps "who was detained by X" to the person it follows', () => {
    const t = 'Three people were arrested: the owner of the company, Uruguayan national Ivo Marek-Lind, in Carrasco; a customs broker, Pia Oster, in Montevideo; and a Paraguayan national, Ole Brandt, who was detained by the Drug Repression Directorate at the warehouse.';
    expect(has(t, 'Ivo Marek-Lind', 'ARRESTED_BY', 'Carrasco')).toBe(true);
    expect(has(t, 'Pia Oster', 'ARRESTED_BY', 'Montevideo')).toBe(true);
    expect(has(t, 'Ole Brandt', 'ARRESTED_BY', 'Drug Repression Directorate')).toBe(true);
    expect(has(t, 'Pia Oster', 'ARRESTED_BY', 'Drug Repression Directorate')).toBe(false);
  });
  it('reads "charged by X and remanded in custody by Y" as custody by Y', () => {
    const t = 'Ole Brandt was charged by the Crown Prosecution Office with importing cocaine and remanded in custody by Kelso Magistrates\' Court.';
    expect(has(t, 'Ole Brandt', 'ARRESTED_BY', "Kelso Magistrates' Court")).toBe(true);
  });
});

describe('working together', () => {
  it('reads "X will continue to work with A, the B and the C"', () => {
    const t = 'The Office of the State Counsel will continue to work with the Drug Control Board, the Ruritania Police Service and the Financial Crimes Office to close the route.';
    expect(has(t, 'Office of the State Counsel', 'COOPERATES_WITH', 'Drug Control Board')).toBe(true);
    expect(has(t, 'Office of the State Counsel', 'COOPERATES_WITH', 'Financial Crimes Office')).toBe(true);
  });
  it('reads an agreement "signed in X on a date between A and B"', () => {
    const t = 'The two countries agreed to do more, with a memorandum of understanding signed in Port Verin on 3 May 2026 between the Coastal Crime Agency and the Ruritania Constabulary.';
    expect(has(t, 'Coastal Crime Agency', 'COOPERATES_WITH', 'Ruritania Constabulary')).toBe(true);
  });
  it('reads "led by A and the Y\'s B, with the support of C": the unit leads, not its owner', () => {
    const t = 'A counterfeit pill press was dismantled in an investigation led by the Carrow Gendarmerie and the Revenue Agency\'s Fiscal Intelligence Office, with the support of Europol and the Regional Fraud Bureau.';
    expect(has(t, 'Carrow Gendarmerie', 'COOPERATES_WITH', 'Fiscal Intelligence Office')).toBe(true);
    expect(has(t, 'Fiscal Intelligence Office', 'COOPERATES_WITH', 'Regional Fraud Bureau')).toBe(true);
    expect(has(t, 'Europol', 'COOPERATES_WITH', 'Regional Fraud Bureau')).toBe(false);
  });
  it('reads "X thanks the A and the Latvian authorities" as Latvia, and "X signed a working arrangement with Y"', () => {
    expect(has('The Harbour Customs Service thanks the Coastal Police Command and the Latvian authorities for their cooperation.', 'Harbour Customs Service', 'COOPERATES_WITH', 'Latvia')).toBe(true);
    expect(has('Albania signed a working arrangement with the Regional Training Academy in 2020.', 'Albania', 'COOPERATES_WITH', 'Regional Training Academy')).toBe(true);
  });
  it('reads "run by A and B with the support of C" with countries as A and B', () => {
    const t = 'The border office network is run by Laos and Cambodia with the support of the Regional Drug Office.';
    expect(has(t, 'Laos', 'COOPERATES_WITH', 'Regional Drug Office')).toBe(true);
    expect(has(t, 'Cambodia', 'COOPERATES_WITH', 'Regional Drug Office')).toBe(true);
  });
  it('takes the unit named, not its owner, as the helper or partner', () => {
    const t = 'The Carrow Gendarmerie\'s Border Service carried out the raid, supported by the Revenue Agency\'s Coastal Surveillance Unit.';
    expect(has(t, 'Border Service', 'COOPERATES_WITH', 'Coastal Surveillance Unit')).toBe(true);
    expect(has(t, 'Border Service', 'COOPERATES_WITH', 'Revenue Agency')).toBe(false);
    const u = 'The Customs Directorate is also sharing information with Estonia\'s National Drug Secretariat.';
    expect(has(u, 'Customs Directorate', 'COOPERATES_WITH', 'National Drug Secretariat')).toBe(true);
    expect(has(u, 'Customs Directorate', 'COOPERATES_WITH', 'Estonia')).toBe(false);
  });
});

describe('bodies acting together', () => {
  it('reads "was boarded on <date> by officers of A and the B"', () => {
    expect(has('The vessel was boarded on 2 April by officers of the Coastal Guard Service and the Harbour Police Command south of Kelso.', 'Coastal Guard Service', 'COOPERATES_WITH', 'Harbour Police Command')).toBe(true);
  });
  it('reads "officers of the A and the B of the C at X intercepted P": A and B work together and hold P, at X', () => {
    const t = 'On 11 March, officers of the Drug Control Board and the Customs Division of the Revenue Authority at Kelso Airport intercepted a courier, Ivo Marek-Lind, 41, as he was about to board a flight.';
    expect(has(t, 'Drug Control Board', 'COOPERATES_WITH', 'Customs Division')).toBe(true);
    expect(has(t, 'Drug Control Board', 'COOPERATES_WITH', 'Revenue Authority')).toBe(false);
    expect(has(t, 'Ivo Marek-Lind', 'ARRESTED_BY', 'Customs Division')).toBe(true);
    expect(has(t, 'Ivo Marek-Lind', 'ARRESTED_BY', 'Kelso Airport')).toBe(true);
  });
  it('reads "On <date> the A and the B inspected …"', () => {
    expect(has('On 2 July 2026 the Federal Police Service and the Directorate of Customs inspected a container at the port.', 'Federal Police Service', 'COOPERATES_WITH', 'Directorate of Customs')).toBe(true);
  });
  it('does not list the owner in "by the Y, the X\'s police arm"', () => {
    const t = 'The heroin was seized in Tartu by the Financial Crimes Bureau, the Prosecution Service\'s police arm.';
    expect(has(t, 'Financial Crimes Bureau', 'COOPERATES_WITH', 'Prosecution Service')).toBe(false);
    expect(has(t, 'Financial Crimes Bureau', 'PART_OF', 'Prosecution Service')).toBe(true);
  });
});

describe('members listed after the body', () => {
  it('reads "…, which is based in X and whose member states include A, B and C"', () => {
    const t = 'The seizure was coordinated with the Baltic Drug Intelligence Centre (BDIC), which is based in Riga and whose member states include Estonia, Latvia, Lithuania and Finland.';
    expect(has(t, 'Estonia', 'MEMBER_OF', 'Baltic Drug Intelligence Centre')).toBe(true);
    expect(has(t, 'Finland', 'MEMBER_OF', 'Baltic Drug Intelligence Centre')).toBe(true);
    expect(has(t, 'Riga', 'MEMBER_OF', 'Baltic Drug Intelligence Centre')).toBe(false);
  });
  it('reads "The X\'s members are A, B and C" and "Members of the X include A and B"', () => {
    expect(has('The Nordic Customs Group\'s members are Norway, Sweden and Denmark.', 'Sweden', 'MEMBER_OF', 'Nordic Customs Group')).toBe(true);
    expect(has('Members of the Sahel Police Platform include Mali, Niger and Chad.', 'Chad', 'MEMBER_OF', 'Sahel Police Platform')).toBe(true);
  });
});

describe('drug routes', () => {
  it('reads every "from" of a clause that moves the drug, with the country after a city', () => {
    const t = 'Phone records showed that the heroin had arrived in Velmar from Tashkent, Uzbekistan, through Almaty, Kazakhstan, by road.';
    for (const place of ['Tashkent', 'Uzbekistan', 'Almaty', 'Kazakhstan']) expect(has(t, place, 'INVOLVED_WITH', 'heroin')).toBe(true);
  });
  it('reads "was smuggled overland from X" by rule, above the fallback\'s confidence', () => {
    const { doc } = run('Most of the heroin was smuggled overland from Afghanistan, officials said.');
    const rel = doc.relations.find((r) => r.type === 'INVOLVED_WITH');
    expect(rel?.confidence).toBeGreaterThan(FALLBACK_CONFIDENCE);
  });
  it('reads "comes from A through B" and "tablets from C"', () => {
    const t = 'Cannabis resin comes from Morocco through Spain, and we have also seen captagon tablets from Syria.';
    expect(has(t, 'Spain', 'INVOLVED_WITH', 'cannabis resin')).toBe(true);
    expect(has(t, 'Syria', 'INVOLVED_WITH', 'captagon')).toBe(true);
  });
  it('reads where a drug was bought or stored', () => {
    expect(has('The pseudoephedrine was bought in Latvia by two couriers.', 'Latvia', 'INVOLVED_WITH', 'pseudoephedrine')).toBe(true);
    expect(has('The methamphetamine was produced in Laos and stored in Thailand before the crossing.', 'Thailand', 'INVOLVED_WITH', 'methamphetamine')).toBe(true);
  });
  it('reads a fact-sheet field "Suspected origin of the X: A, B"', () => {
    expect(has('Suspected origin of the cocaine: Cochabamba, Bolivia', 'Bolivia', 'INVOLVED_WITH', 'cocaine')).toBe(true);
  });
  it('reads "detected" as a seizure verb', () => {
    expect(has('The Harbour Customs Unit detected 7.8 kilograms of heroin in two suitcases.', 'Harbour Customs Unit', 'INVOLVED_WITH', 'heroin')).toBe(true);
  });
});

describe('bodies passing a case between them', () => {
  it('reads "selected by the A after an alert from B" and "by A at the request of B"', () => {
    expect(has('The containers were selected for inspection by the Port Risk Unit after an alert from the Harbour Customs Service.', 'Port Risk Unit', 'COOPERATES_WITH', 'Harbour Customs Service')).toBe(true);
    expect(has('Ivo Marek-Lind was arrested in Tartu by the Criminal Police Bureau at the request of Finland.', 'Criminal Police Bureau', 'COOPERATES_WITH', 'Finland')).toBe(true);
  });
  it('reads "detained by the A after the B shared …"', () => {
    const t = 'A courier, Pia Oster, was detained in Tartu the next day by the Criminal Police Bureau after the Narcotics Control Board shared her telephone number.';
    expect(has(t, 'Criminal Police Bureau', 'COOPERATES_WITH', 'Narcotics Control Board')).toBe(true);
  });
  it('reads "X, an interagency body of Y, also passed the information to Z"', () => {
    const t = 'The Central Drug Directorate, an interagency body of the Interior Ministry, also passed the information to Europol.';
    expect(has(t, 'Central Drug Directorate', 'COOPERATES_WITH', 'Europol')).toBe(true);
    expect(has(t, 'Interior Ministry', 'COOPERATES_WITH', 'Europol')).toBe(false);
  });
  it('reads "X has asked Y to help …" and "X is in contact with Y"', () => {
    const t = 'Eurojust has asked the Financial Crimes Bureau to help trace the recruiters, and Europol is in contact with the Harbour Police Command about the victims.';
    expect(has(t, 'Eurojust', 'COOPERATES_WITH', 'Financial Crimes Bureau')).toBe(true);
    expect(has(t, 'Europol', 'COOPERATES_WITH', 'Harbour Police Command')).toBe(true);
    expect(has(t, 'Eurojust', 'COOPERATES_WITH', 'Harbour Police Command')).toBe(false);
  });
});

describe('units and posts', () => {
  it('reads "X, a regional office of the Y," and "X, another Y office," as parts of Y', () => {
    expect(has('Kelso Airport Customs, a regional office of the Ruritania Customs Service, has seized 6 kilograms of heroin.', 'Kelso Airport Customs', 'PART_OF', 'Ruritania Customs Service')).toBe(true);
    expect(has('In December, Port Verin Customs, another Ruritania Customs Service office, found 12 kilograms of ketamine.', 'Port Verin Customs', 'PART_OF', 'Ruritania Customs Service')).toBe(true);
  });
  it('reads "X, which functions under the Y" as a part of Y', () => {
    expect(has('The Narcotics Control Bureau, which functions under the Ministry of Home Affairs, will present the case.', 'Narcotics Control Bureau', 'PART_OF', 'Ministry of Home Affairs')).toBe(true);
  });
  it('reads a retired rank before the name: "the Director-General of X, Brigadier General (Rtd) P"', () => {
    const t = 'The Minister for Justice, Kofi Ampem-Darko, commended the Director-General of the Drug Control Commission, Brigadier General (Rtd) Ama Serwaa-Boateng, and her officers. Ama Serwaa-Boateng said the case was closed.';
    expect(has(t, 'Ama Serwaa-Boateng', 'HOLDS_POSITION', 'Drug Control Commission')).toBe(true);
    expect(has(t, 'Kofi Ampem-Darko', 'HOLDS_POSITION', 'Drug Control Commission')).toBe(false);
  });
  it('reads a title after the body\'s name: "The UNODC Representative in X, Ms P"', () => {
    expect(has('The UNODC Representative in Pakistan, Ms Liv Haraldsen-Brekke, said the course was a success.', 'Liv Haraldsen-Brekke', 'HOLDS_POSITION', 'United Nations Office on Drugs and Crime')).toBe(true);
  });
});
