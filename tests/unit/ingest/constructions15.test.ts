// Constructions, round tune14 (relation recall surveyed by relation type).
// Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractNamed as extract } from '../../helpers/extraction.js';

describe('nationality next to the name', () => {
  it('reads a demonym before an occupation in apposition', () => {
    const { relations } = extract('A second suspect, Tomasz Wierzbicki-Lenz, a Polish lorry driver, was stopped at the border.');
    expect(relations).toContain('Tomasz Wierzbicki-Lenz NATIONALITY Poland');
  });
  it('reads a country name used as the adjective before "national"', () => {
    const { relations } = extract('The firm\'s accountant, Mirela Dragomir-Voss, a Romania national, was questioned.');
    expect(relations).toContain('Mirela Dragomir-Voss NATIONALITY Romania');
  });
  it('reads the copula "is a … national"', () => {
    const { relations } = extract('The courier, Idris Okafor-Bello, is a Nigerian national and a former port worker.');
    expect(relations).toContain('Idris Okafor-Bello NATIONALITY Nigeria');
  });
  it('reads a described person named afterwards', () => {
    const { relations } = extract('A Peruvian detainee, Rosario Quispe Mamani, is the owner of the boat. Police stopped a 40-year-old Ghanaian man identified as Kwabena Asare-Mensah.');
    expect(relations).toContain('Rosario Quispe Mamani NATIONALITY Peru');
    expect(relations).toContain('Kwabena Asare-Mensah NATIONALITY Ghana');
  });
  it('does not read a body described with a demonym, nor a city before an occupation, as nationality', () => {
    const { relations } = extract('The cargo was consigned to Mirela Dragomir-Voss, a Romanian company, and checked by Idris Okafor-Bello, a Lagos lawyer.');
    expect(relations.filter((r) => r.includes('NATIONALITY'))).toEqual([]);
  });
});

describe('records passed through a channel body', () => {
  it('makes the body that shares work with the channel and with a partner named after "with"', () => {
    const { relations } = extract('The Valdorian Revenue Service exchanged bank records with the Ostrian Financial Unit through the secure network of the Northern Customs Council.');
    expect(relations).toContain('Valdorian Revenue Service COOPERATES_WITH Northern Customs Council');
    expect(relations).toContain('Valdorian Revenue Service COOPERATES_WITH Ostrian Financial Unit');
  });
  it('reads records "from X, passed on through Y"', () => {
    const { relations } = extract('The raid followed intelligence from the Valdorian Drug Directorate, passed on through the Ostrian Embassy in Tarvia.');
    expect(relations).toContain('Valdorian Drug Directorate COOPERATES_WITH Ostrian Embassy in Tarvia');
  });
  it('does not read a ship or goods passing through a place or body as shared records', () => {
    const { relations } = extract('The Valdorian Coast Guard sent two patrol boats through the Northern Customs Council zone.');
    expect(relations).not.toContain('Valdorian Coast Guard COOPERATES_WITH Northern Customs Council');
  });
});

describe('where the load that carried a drug came from', () => {
  it('reads the origin and the ports passed of a container named instead of the drug', () => {
    const { relations } = extract('Customs officers seized 300 kg of cocaine at the port of Durban. The container had been shipped from Santos, Brazil, and transshipped through Lomé before it arrived in Durban.');
    expect(relations).toContain('Santos INVOLVED_WITH cocaine');
    expect(relations).toContain('Lomé INVOLVED_WITH cocaine');
    expect(relations).not.toContain('Durban INVOLVED_WITH cocaine');
  });
  it('reads a boat "which had left" a place, the drug named in the next sentence', () => {
    const { relations } = extract('The boat, which had left Mombasa a few hours earlier, was stopped at dawn. Officers found 90 kg of heroin under the deck.');
    expect(relations).toContain('Mombasa INVOLVED_WITH heroin');
  });
  it('does not read where a load arrived, or a carrier that is not moving, as the drug\'s way', () => {
    const { relations } = extract('Officers seized 40 kg of cocaine in a truck. The truck had arrived in Mombasa on Monday and its driver lived in Lomé.');
    expect(relations).not.toContain('Mombasa INVOLVED_WITH cocaine');
    expect(relations).not.toContain('Lomé INVOLVED_WITH cocaine');
  });
});

describe('where a passive arrest took place, with time and a site between', () => {
  it('reads the place after a day and an unnamed site', () => {
    const { relations } = extract('A third suspect, Marek Dvořák-Hale, was arrested on Friday at his flat in Durban.');
    expect(relations).toContain('Marek Dvořák-Hale ARRESTED_BY Durban');
  });
  it('reads "by police in X" and "picked up in X", each for the person of its own clause', () => {
    const { relations } = extract('The driver, Oskar Lindqvist-Berg, was picked up in Mombasa the next day, and Pavel Horák-Stein was arrested by police in Lomé a week later.');
    expect(relations).toContain('Oskar Lindqvist-Berg ARRESTED_BY Mombasa');
    expect(relations).toContain('Pavel Horák-Stein ARRESTED_BY Lomé');
    expect(relations).not.toContain('Oskar Lindqvist-Berg ARRESTED_BY Lomé');
  });
  it('does not read a release or a move as an arrest', () => {
    const { relations } = extract('Marek Dvořák-Hale was released on Friday at his flat in Durban.');
    expect(relations).not.toContain('Marek Dvořák-Hale ARRESTED_BY Durban');
  });
});

describe('a unit after the possessive of a short form', () => {
  it('reads a mixed-case acronym defined earlier, and a first word with a bare apostrophe, as the owner', () => {
    const { relations } = extract("Officers of the Guardia Costiera Ostriana (GcO) seized the boat. A spokesman for the GcO's Marine Interdiction Unit said the crew was armed.");
    expect(relations).toContain('Marine Interdiction Unit PART_OF Guardia Costiera Ostriana');
    const two = extract("The Rangers Authority of Valdoria opened an inquiry. On Monday, officers of Rangers' Drug Investigation Department seized 40 kg of cocaine.");
    expect(two.relations).toContain('Drug Investigation Department PART_OF Rangers Authority of Valdoria');
  });
  it('does not take a unit "of the Y" as the short form\'s, nor a short form that fits no body of the document', () => {
    const { relations } = extract("Officers of the Guardia Costiera Ostriana (GcO) seized the boat. The GcO's Investigative Unit of the Northern Provincial Command took part in the search. The OCX's Drug Intelligence Unit helped.");
    expect(relations).not.toContain('Investigative Unit PART_OF Guardia Costiera Ostriana');
    expect(relations.filter((r) => r.startsWith('Drug Intelligence Unit PART_OF'))).toEqual([]);
  });
});

describe('bodies that organised or carried out an event, in the passive with several agents', () => {
  it('reads "together with", "with" and a relative or an apposition before the verb', () => {
    const { relations } = extract('Operation Saltmarsh was coordinated by the Northern Customs Council together with the Valdorian Revenue Service and the Ostrian Border Agency.');
    expect(relations).toContain('Valdorian Revenue Service PARTICIPATED_IN Operation Saltmarsh');
    expect(relations).toContain('Ostrian Border Agency PARTICIPATED_IN Operation Saltmarsh');
    const two = extract('The seizure is part of Operation Redfern, a joint effort launched in May by the Valdorian Revenue Service and the Ostrian Border Agency.');
    expect(two.relations).toContain('Valdorian Revenue Service PARTICIPATED_IN Operation Redfern');
    expect(two.relations).toContain('Ostrian Border Agency PARTICIPATED_IN Operation Redfern');
  });
  it('does not read a body that only seized goods during an event, nor an agent of something else, as taking part', () => {
    const { relations } = extract('During Operation Saltmarsh, a report was written by the Valdorian Revenue Service. The boat was boarded by the Ostrian Border Agency.');
    expect(relations).not.toContain('Valdorian Revenue Service PARTICIPATED_IN Operation Saltmarsh');
    expect(relations).not.toContain('Ostrian Border Agency PARTICIPATED_IN Operation Saltmarsh');
  });
});

describe('people who sign a text together', () => {
  it('makes co-signatories named as the subject, or after "signed … by", meet (a witness left out)', () => {
    const { relations } = extract('The Minister of Justice, Ilse Vandermeer-Koch, and the Ostrian Minister of Security, Tomás Aranda-Ruiz, signed a protocol on police cooperation in Vienna.');
    expect(relations).toContain('Ilse Vandermeer-Koch MET_WITH Tomás Aranda-Ruiz');
    const two = extract("The memorandum was signed in Vienna on Monday by Commissioner Lars Holmqvist-Berg and Director Mirela Dragomir-Voss, in the presence of Ambassador Pieter van Houten-Smit.");
    expect(two.relations).toContain('Lars Holmqvist-Berg MET_WITH Mirela Dragomir-Voss');
    expect(two.relations).not.toContain('Lars Holmqvist-Berg MET_WITH Pieter van Houten-Smit');
    expect(two.relations).not.toContain('Mirela Dragomir-Voss MET_WITH Pieter van Houten-Smit');
  });
  it('does not pair a speaker with the signatories he reports on', () => {
    const { relations } = extract('Commissioner Anders Holmqvist-Lie said that Mirela Dragomir-Voss and the minister signed the memorandum.');
    expect(relations).not.toContain('Anders Holmqvist-Lie MET_WITH Mirela Dragomir-Voss');
  });
});

describe('where an active arrest took place, given by "at"', () => {
  it('reads "arrested P at X" and a fronted "At X, the Y arrested P"', () => {
    const { relations } = extract("Detectives arrested the company's director, Mr Lars Holmqvist-Berg, at Durban International Airport on Monday.");
    expect(relations).toContain('Lars Holmqvist-Berg ARRESTED_BY Durban International Airport');
    const two = extract('At Mombasa International Airport, the Valdorian Revenue Service arrested a courier, Idris Okafor-Bello, with ivory in his bag.');
    expect(two.relations).toContain('Idris Okafor-Bello ARRESTED_BY Mombasa International Airport');
  });
  it('does not read a meeting or a statement at a place as an arrest there', () => {
    const { relations } = extract('Officers arrested Lars Holmqvist-Berg on Monday and Director Mirela Dragomir-Voss spoke at Durban International Airport.');
    expect(relations).not.toContain('Lars Holmqvist-Berg ARRESTED_BY Durban International Airport');
    expect(relations).not.toContain('Mirela Dragomir-Voss ARRESTED_BY Durban International Airport');
  });
});

describe('the body that prosecutes a case, named apart from the defendants', () => {
  it('charges every person the document has charged before a court', () => {
    const { relations } = extract('Lars Holmqvist-Berg and Idris Okafor-Bello were charged before the Valdorian High Court with importing cocaine. The case is prosecuted by the Office of the Director of Public Prosecutions.');
    expect(relations).toContain('Lars Holmqvist-Berg CHARGED_BY Office of the Director of Public Prosecutions');
    expect(relations).toContain('Idris Okafor-Bello CHARGED_BY Office of the Director of Public Prosecutions');
  });
  it('does not charge anyone when no one was charged or arrested, nor a person who only spoke', () => {
    const { relations } = extract('Director Mirela Dragomir-Voss said the network was large. The case is prosecuted by the Office of the Director of Public Prosecutions.');
    expect(relations).not.toContain('Mirela Dragomir-Voss CHARGED_BY Office of the Director of Public Prosecutions');
  });
});

describe('who set a body up, with a short form or a relative clause before the verb', () => {
  it('reads "X, whose … in A, was established by Y" and "X (XO) was set up at Y"', () => {
    const { relations } = extract('The Northern Customs Council, whose headquarters are in Vienna, was established by the European Union in 2012. The Maritime Analysis Cell (MAC) was set up at Europol in 2019.');
    expect(relations).toContain('European Union FOUNDED Northern Customs Council');
    expect(relations).toContain('Europol FOUNDED Maritime Analysis Cell');
  });
  it('does not read a body that was merely visited or praised by another as founded by it', () => {
    const { relations } = extract('The Northern Customs Council, whose headquarters are in Vienna, was visited by the European Union in 2012. The Maritime Analysis Cell (MAC) was praised at Europol in 2019.');
    expect(relations.filter((r) => r.includes('FOUNDED'))).toEqual([]);
  });
});
