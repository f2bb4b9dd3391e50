// Constructions, round tune16 (leftover misses found in three or more held-out sets).
// Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractNamed as extract } from '../../helpers/extraction.js';

describe('two officials meet and "the two sides" agree', () => {
  it('makes the bodies the two officials serve work together', () => {
    const { relations } = extract('The Director of the Velmora Drug Agency, Ms Irena Calvost, met the Commissioner of the Ostrian Border Police, Mr Tobin Harrel, in Lunvik on Monday. The two sides agreed to set up a joint desk at the crossing.');
    expect(relations.some((r) => /Velmora Drug Agency COOPERATES_WITH Ostrian Border Police|Ostrian Border Police COOPERATES_WITH Velmora Drug Agency/.test(r))).toBe(true);
  });
  it('does not read two persons of a case as sides, nor an agreement with no meeting before', () => {
    const a = extract('The Director of the Velmora Drug Agency, Ms Irena Calvost, said officers arrested Tobin Harrel, a courier for the Ostrian Border Police canteen. The two men were charged on Friday.');
    expect(a.relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
    const b = extract('The Director of the Velmora Drug Agency, Ms Irena Calvost, spoke after the Commissioner of the Ostrian Border Police, Mr Tobin Harrel. The two sides agreed to meet again.');
    expect(b.relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('help named in the sentence after the act', () => {
  it('pairs the helper with the bodies that acted in the sentence before', () => {
    const a = extract('The cargo was discovered late on Friday by officers of the Velmora Drug Unit and the Customs Department of the Velmora Revenue Authority. They had been alerted by the Lunvik Maritime Fusion Centre.');
    expect(a.relations).toContain('Velmora Drug Unit COOPERATES_WITH Lunvik Maritime Fusion Centre');
    expect(a.relations).toContain('Customs Department COOPERATES_WITH Lunvik Maritime Fusion Centre');
    expect(a.relations).not.toContain('Velmora Revenue Authority COOPERATES_WITH Lunvik Maritime Fusion Centre');
    const b = extract('The investigation was conducted by the Velmora Drug Unit, together with the Velmora Tax Authority. It received information from the Ostrian Guardia and was supported by Europol.');
    expect(b.relations).toContain('Velmora Drug Unit COOPERATES_WITH Ostrian Guardia');
    expect(b.relations).toContain('Velmora Drug Unit COOPERATES_WITH Europol');
    expect(b.relations).not.toContain('Velmora Tax Authority COOPERATES_WITH Europol');
  });
  it('does not read praise as help, nor an unnamed unit of a body as that body', () => {
    const a = extract('The raid was led by the Velmora Crime Commission. The raid was praised by the Lunvik Maritime Fusion Centre.');
    expect(a.relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
    const b = extract('The raid was led by the Velmora Crime Commission. It was supported by the Lunvik Maritime Fusion Centre\'s cyber unit.');
    expect(b.relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('results of an operation listed one body a line', () => {
  const head = 'Operation Grey Lantern targeted postal shipments in March.\n\n';
  it('makes the body opening each bulleted line take part in the operation', () => {
    const { relations } = extract(`${head}Seizures made by the participating units:\n- The Velmora Customs Service intercepted 142 parcels at the Lunvik Mail Centre.\n- officers of the Ostrian Ministry of Internal Affairs arrested four suspects.\n`);
    expect(relations).toContain('Velmora Customs Service PARTICIPATED_IN Operation Grey Lantern');
    expect(relations).toContain('Ostrian Ministry of Internal Affairs PARTICIPATED_IN Operation Grey Lantern');
  });
  it('reads paragraphs written without bullets, but not a paragraph that does not open with an acting body', () => {
    const { relations } = extract(`${head}Arrests made in the operation:\n\nThe Lunvik Financial Administration stopped a container at the port. It held 22 tonnes of fakes.\n\nExperts from the Velmora Crop Association helped customs officers.\n`);
    expect(relations).toContain('Lunvik Financial Administration PARTICIPATED_IN Operation Grey Lantern');
    expect(relations).not.toContain('Velmora Crop Association PARTICIPATED_IN Operation Grey Lantern');
  });
  it('does not read a list under another heading', () => {
    const { relations } = extract(`${head}Other news from the region:\n- The Velmora Customs Service intercepted 142 parcels at the Lunvik Mail Centre.\n`);
    expect(relations).not.toContain('Velmora Customs Service PARTICIPATED_IN Operation Grey Lantern');
  });
});

describe('a town and its region, neither in the gazetteer', () => {
  it('reads the region after a town found by where it stands, and places the town in it', () => {
    const { entities, relations } = extract('Tobin Harrel was captured on 3 June in Pereval, Santara, by officers of the Velmora Police.');
    expect(entities).toContain('Location:Pereval');
    expect(entities).toContain('Location:Santara');
    expect(relations).toContain('Pereval PART_OF Santara');
  });
  it('does not read a name that goes on into a clause, nor a third name of a list', () => {
    const a = extract('The boat was seized near Pereval, Tobin Harrel told reporters.');
    expect(a.entities).not.toContain('Location:Tobin Harrel');
    const b = extract('Raids took place in Pereval, Santara, Dorvik on Monday.');
    expect(b.relations).not.toContain('Pereval PART_OF Santara');
  });
});

describe('a post named by the body\'s field', () => {
  it('gives the post in the one body whose name holds the field word', () => {
    const a = extract('The Velmora Police Department seized the plane. The Commissioner of Police, Tobin Harrel, said the pilot had been charged.');
    expect(a.relations).toContain('Tobin Harrel HOLDS_POSITION Velmora Police Department');
    const b = extract('The Velmora Customs Service stopped the parcel. Customs Risk Director Karel Mivet said the parcel had been profiled in advance.');
    expect(b.relations).toContain('Karel Mivet HOLDS_POSITION Velmora Customs Service');
  });
  it('does not choose between two such bodies named as often, nor read a rank as a post', () => {
    const a = extract('The Velmora Police Department and the Lunvik Police Service seized the plane. The Commissioner of Police, Tobin Harrel, said the pilot had been charged.');
    expect(a.relations.filter((r) => r.startsWith('Tobin Harrel HOLDS_POSITION'))).toEqual([]);
    const b = extract('The Velmora Police Department seized the plane. Police Colonel Tobin Harrel said the pilot had been charged.');
    expect(b.relations.filter((r) => r.startsWith('Tobin Harrel HOLDS_POSITION'))).toEqual([]);
  });
});

describe('where an operation was carried out, said apart from its name', () => {
  it('places the operation named in the subject or in the sentences before', () => {
    const a = extract('The sweep, code-named Operation Grey Lantern, was carried out over three days in Kenya and Uganda and, simultaneously, in Zambia.');
    for (const p of ['Kenya', 'Uganda', 'Zambia']) expect(a.relations).toContain(`Operation Grey Lantern LOCATED_IN ${p}`);
    const b = extract('Operation Grey Lantern targeted a smuggling clan. Searches were conducted in Kenya, Tanzania and Zambia.');
    for (const p of ['Kenya', 'Tanzania', 'Zambia']) expect(b.relations).toContain(`Operation Grey Lantern LOCATED_IN ${p}`);
  });
  it('does not place an event no sentence near names, nor read a place owning a body', () => {
    const a = extract('The customs service said on Monday that raids were carried out in Kenya and Zambia.');
    expect(a.relations.filter((r) => r.includes('LOCATED_IN'))).toEqual([]);
    const b = extract('Operation Grey Lantern targeted a smuggling clan. It was carried out in Kenya\'s Velmora Police Department offices.');
    expect(b.relations).not.toContain('Operation Grey Lantern LOCATED_IN Kenya');
  });
});

describe('a member of a list of bodies', () => {
  it('makes the subject a member of every body of the list', () => {
    const { relations } = extract('The Velmora Customs Department reports to the Ministry of Finance and is a member of the Ostrian Customs Council and the World Customs Organization (WCO).');
    expect(relations).toContain('Velmora Customs Department MEMBER_OF Ostrian Customs Council');
    expect(relations).toContain('Velmora Customs Department MEMBER_OF World Customs Organization');
  });
  it('does not read a membership denied, nor the owner of a unit listed', () => {
    const a = extract('The Velmora Customs Department is not a member of the Ostrian Customs Council and the World Customs Organization.');
    expect(a.relations.filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });
});

describe('a trade after a demonym', () => {
  it('gives no post in the country for "the Ruritanian broker P", but keeps a post for an official', () => {
    const a = extract('The court heard that the Ecuadorian broker Tobin Harrel had arranged the shipment.');
    expect(a.relations).not.toContain('Tobin Harrel HOLDS_POSITION Ecuador');
    const b = extract('The Ecuadorian Interior Minister Tobin Harrel visited Lunvik.');
    expect(b.relations).toContain('Tobin Harrel HOLDS_POSITION Ecuador');
  });
});

describe('partners named in a speaker\'s own words', () => {
  it('makes the body the speaker serves work with "our colleagues in the X" and "X worked with us"', () => {
    const a = extract('"Every cartel leader should take note," said Chief Superintendent Tobin Harrel, head of the Velmora Drugs Bureau. "Our colleagues in the Ostrian Police gave us the phone records within a week."');
    expect(a.relations).toContain('Velmora Drugs Bureau COOPERATES_WITH Ostrian Police');
    const b = extract('"The Ostrian Police worked with us for months on this," said Karel Mivet, director of enforcement at the Velmora Customs Service.');
    expect(b.relations.some((r) => /Ostrian Police COOPERATES_WITH Velmora Customs Service|Velmora Customs Service COOPERATES_WITH Ostrian Police/.test(r))).toBe(true);
  });
  it('does not read a meeting as work together, nor a city where the counterparts sit', () => {
    const a = extract('"We met the Ostrian Police Service last year," said Karel Mivet, spokesperson of the Velmora Police Service.');
    expect(a.relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
    const b = extract('"We are grateful to our counterparts in Lunvik," said Karel Mivet, spokesperson of the Velmora Police Service, in Lunvik.');
    expect(b.relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
  });
});
