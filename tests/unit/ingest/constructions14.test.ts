// Constructions, round tune13: precision. Readings that added relations the
// annotation never states, each with a near miss the rule must leave alone.
// Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';
import { extractNamed as extract } from '../../helpers/extraction.js';

describe("a country's minister is not thereby its national", () => {
  it("reads the post, not a nationality, from \"Country's Minister of X, P\"", () => {
    const { relations } = extract("Portugal's Minister of Justice, Tomas Berglund, opened the new harbour office.");
    expect(relations).toContain('Tomas Berglund HOLDS_POSITION Portugal');
    expect(relations).not.toContain('Tomas Berglund NATIONALITY Portugal');
  });
  it('still reads a nationality from a demonym before the title', () => {
    const { relations } = extract('On Friday the Thai Justice Minister Somchai Rattanakul opened the new harbour office.');
    expect(relations).toContain('Somchai Rattanakul NATIONALITY Thailand');
  });
});

describe('the actor of a seizure (fallback and clause subject)', () => {
  it('gives the drug to the unit, not to the body that owns it', () => {
    const { relations } = extract('The Drug Squad of the Norland National Police said it seized 600 kg of heroin in a lorry last spring.');
    expect(relations).toContain('Drug Squad INVOLVED_WITH heroin');
    expect(relations).not.toContain('Norland National Police INVOLVED_WITH heroin');
  });
  it('still gives the drug to a body that seized it itself', () => {
    const { relations } = extract('The Norland National Police said it seized 600 kg of heroin in a lorry last spring.');
    expect(relations).toContain('Norland National Police INVOLVED_WITH heroin');
  });
  it('gives the drug to the body acting on a tip, not to the tipster', () => {
    const { relations } = extract('Acting on information from the Lake Watch Centre, the Coast Guard of Portugal seized 40 kg of cocaine from a yacht.');
    expect(relations).toContain('Coast Guard of Portugal INVOLVED_WITH cocaine');
    expect(relations).not.toContain('Lake Watch Centre INVOLVED_WITH cocaine');
  });
  it('keeps a body opening the sentence that seized the drug after a meeting', () => {
    const { relations } = extract('After a meeting with the Lake Watch Centre, the Coast Guard of Portugal seized 40 kg of cocaine from a yacht.');
    expect(relations).toContain('Coast Guard of Portugal INVOLVED_WITH cocaine');
  });
});

describe('the acting body of a cooperation, not its owner nor its place', () => {
  it('pairs the helper with the unit that led, not with the body owning it', () => {
    const { relations } = extract("The Norland Police's Harbour Division ran the case, with support from the Customs Service of Portugal.");
    expect(relations).toContain('Harbour Division COOPERATES_WITH Customs Service of Portugal');
    expect(relations).not.toContain('Norland Police COOPERATES_WITH Customs Service of Portugal');
  });
  it('still pairs the helper with a body leading in its own name', () => {
    const { relations } = extract('The Norland Police ran the case, with support from the Customs Service of Portugal.');
    expect(relations).toContain('Norland Police COOPERATES_WITH Customs Service of Portugal');
  });
  it('does not take a place named with "in" as the party to an agreement', () => {
    const { relations } = extract('A new training office, in Madrid, will open in May, pending a partnership agreement with the Drug Directorate.');
    expect(relations).not.toContain('Madrid COOPERATES_WITH Drug Directorate');
  });
  it('still takes a body opening the sentence as the party', () => {
    const { relations } = extract('The Port Police signed a cooperation agreement with the Drug Directorate.');
    expect(relations).toContain('Port Police COOPERATES_WITH Drug Directorate');
  });
});

describe('two names joined by "and the"', () => {
  it('cuts two laws apart', () => {
    const { entities } = extract('The two men face counts under the Firearms Control Act and the Harbour Dues and Levies Act.');
    expect(entities).toContain('Other:Firearms Control Act');
    expect(entities).toContain('Other:Harbour Dues and Levies Act');
  });
  it('keeps a law whose own name holds an "and"', () => {
    const { entities } = extract('The two men face counts under the Harbour Dues and Levies Act.');
    expect(entities).toContain('Other:Harbour Dues and Levies Act');
  });
  it('reads a naval prefecture as a body, cut from the body before it', () => {
    const { entities } = extract('On the river, the Gendarmerie and the Naval Prefecture now run joint night patrols.');
    expect(entities).toContain('Organization:Naval Prefecture');
    expect(entities).toContain('Organization:Gendarmerie');
  });
  it('keeps a prefecture named after a place a place', () => {
    const { entities } = extract('He visited the Okayama Prefecture police headquarters.');
    expect(entities).toContain('Location:Okayama Prefecture');
  });
});

describe('datelines are not the subject of the first sentence', () => {
  it('skips an agency in parentheses holding a place word, an em dash, and a city the gazetteer does not know', () => {
    const a = extract('CASTRIES, Saint Lucia, May 2 (Island Wire) - Border officers from four agencies found 90 kg of cocaine in a fishing boat.');
    expect(a.relations).not.toContain('Saint Lucia INVOLVED_WITH cocaine');
    const b = extract('KORVIK, Sweden, April 9, 2027 (NRN) — Coast Guard divers searched a ferry and found 30 kg of cocaine.');
    expect(b.relations).not.toContain('Sweden INVOLVED_WITH cocaine');
    expect(b.relations).toContain('Coast Guard INVOLVED_WITH cocaine');
  });
  it('still reads a country that opens a clause as its subject', () => {
    const { relations } = extract('Last year, Sweden seized 30 kg of cocaine on ferries.');
    expect(relations).toContain('Sweden INVOLVED_WITH cocaine');
  });
});

describe('courts and prosecutors do not deal in drugs', () => {
  it('gives the drug to the convicted person, not to the court', () => {
    const { relations } = extract('On Friday the Norland Regional Court found Ivo Marsh, 38, guilty of smuggling 20 kg of cocaine by ferry.');
    expect(relations).not.toContain('Norland Regional Court INVOLVED_WITH cocaine');
    expect(relations).toContain('Ivo Marsh INVOLVED_WITH cocaine');
  });
  it('still gives the drug to a police body that seized it', () => {
    const { relations } = extract('On Friday the Norland Drug Squad seized 20 kg of cocaine from a ferry.');
    expect(relations).toContain('Norland Drug Squad INVOLVED_WITH cocaine');
  });
});

describe('teaser lines linking to other stories', () => {
  it('reads nothing from a "Related:" line of other headlines', () => {
    const { entities } = extract('The Customs Service of Norland seized 40 kg of heroin on Monday.\n\nRelated: Veldt police seize cocaine at Port Vell · Customs open new scanner in Veldt\n');
    expect(entities).toContain('Organization:Customs Service of Norland');
    expect(entities).not.toContain('Substance:cocaine');
  });
  it('still reads a sentence that merely opens with "Related"', () => {
    const { entities } = extract('Related to the case, the Customs Service of Norland seized 40 kg of cocaine on Monday.');
    expect(entities).toContain('Substance:cocaine');
  });
});

describe('forms of one drug', () => {
  it('reads cocaine hydrochloride as cocaine', () => {
    const { entities } = extract('Police seized 300 kilograms of cocaine hydrochloride in the port. The cocaine was hidden in fruit.');
    expect(entities).toContain('Substance:cocaine');
    expect(entities).not.toContain('Substance:cocaine hydrochloride');
  });
  it('keeps cocaine base apart', () => {
    const { entities } = extract('Police seized 300 kilograms of cocaine and 80 kilograms of cocaine base.');
    expect(entities).toContain('Substance:cocaine base');
  });
});

describe('an ambassador to a country', () => {
  it('holds the post in the country sending, not the one receiving', () => {
    const { relations } = extract("Portugal's Ambassador to Norway, Ana Ribeiro Lopes, opened the trade fair.");
    expect(relations).toContain('Ana Ribeiro Lopes HOLDS_POSITION Portugal');
    expect(relations).not.toContain('Ana Ribeiro Lopes HOLDS_POSITION Norway');
  });
  it('still holds a post in a body named after "of"', () => {
    const { relations } = extract("Portugal's Minister of Justice, Ana Ribeiro Lopes, opened the trade fair.");
    expect(relations).toContain('Ana Ribeiro Lopes HOLDS_POSITION Portugal');
  });
});

describe('a speaker is not the actor of the seizure reported', () => {
  it('does not tie an official who "said his force had seized" to the drug', () => {
    const { relations } = extract('Colonel Tomas Berg told reporters that customs staff had seized 5 kg of methamphetamine in a van.');
    expect(relations).not.toContain('Tomas Berg INVOLVED_WITH methamphetamine');
  });
  it('does not tie the source of "According to P," to the drug', () => {
    const { relations } = extract('According to Dr. Ana Ribeiro, traders now smuggle heroin in fishing boats.');
    expect(relations).not.toContain('Ana Ribeiro INVOLVED_WITH heroin');
  });
  it('still ties a person caught with the drug', () => {
    const { relations } = extract('Tomas Berg, 41, was caught smuggling 4 kg of heroin in a van.');
    expect(relations).toContain('Tomas Berg INVOLVED_WITH heroin');
  });
});

describe('border crossings named with their lower-case head', () => {
  it('names the crossing with "crossing" and keeps the bare name as its short form', () => {
    const a = extract('The shipment was seized at the Dolna Brana crossing in January.');
    expect(a.entities).toContain('Location:Dolna Brana crossing');
    const doc = extractDocument({ id: 't', text: "The post stands opposite Ruritania's Norvik border crossing. Trucks wait at Norvik for days." });
    const crossing = doc.entities.find((e) => e.name === 'Norvik border crossing');
    expect(crossing?.aliases).toContain('Norvik');
  });
  it('does not make a place of a crossing with no name', () => {
    const { entities } = extract('The crossing was closed on Monday after the seizure.');
    expect(entities.some((e) => e.startsWith('Location:'))).toBe(false);
  });
});

describe('systems and platforms named by a short name', () => {
  it('reads an unlisted short name described as a platform or database as Other', () => {
    expect(extract('Messages went via SeaLINK, the shared alert platform of the lake patrols.').entities).toContain('Other:SeaLINK');
    expect(extract('The prints were checked against the SafeLink database of the border police.').entities).toContain('Other:SafeLink');
  });
  it('leaves a short name with no such word, and a known body before one, alone', () => {
    expect(extract('Staff from SeaLINK met on Monday.').entities).not.toContain('Other:SeaLINK');
    expect(extract('The DEA network grew last year.').entities).not.toContain('Other:DEA');
  });
});

describe("a minister's portfolio", () => {
  it('is not an entity of its own, and the minister still holds the post', () => {
    const { entities, relations } = extract("We met Portugal's Minister of Lake Affairs, Dr Leonor Vidal, at the fair.");
    expect(entities.some((e) => e.endsWith(':Lake Affairs'))).toBe(false);
    expect(relations).toContain('Leonor Vidal HOLDS_POSITION Portugal');
  });
  it('keeps the body a secretary runs', () => {
    const { entities } = extract('The fair was opened by Mira Holt, Permanent Secretary of the Coastal Affairs Division of the Ministry of Transport.');
    expect(entities).toContain('Organization:Coastal Affairs Division');
  });
});

describe('a handover at a site', () => {
  it('does not place the receiving body at the airport of the handover', () => {
    const { relations } = extract('The fugitive was handed on Tuesday to detectives of the Judicial Police at Vienna International Airport.');
    expect(relations).not.toContain('Judicial Police LOCATED_IN Vienna International Airport');
  });
  it('still places a body stationed at a site', () => {
    const { relations } = extract('The Judicial Police at Vienna International Airport checks every cargo flight.');
    expect(relations).toContain('Judicial Police LOCATED_IN Vienna International Airport');
  });
});

describe("a body's short form, then a title, in one capitalized run", () => {
  it('cuts the body from the titled person or the body the title heads', () => {
    const a = extract('NDEA Special Agent Lena Korhonen of the NDEA Harbour Office closed the file.');
    expect(a.entities).toContain('Person:Lena Korhonen');
    expect(a.entities.some((e) => e.includes('Special Agent'))).toBe(false);
    const b = extract('NBF Commander Lake Patrol Command, Captain Ola Strand, praised the crews.');
    expect(b.entities).toContain('Organization:Lake Patrol Command');
  });
  it('keeps a short form before a head word whole, and an all-caps heading alone', () => {
    expect(extract('The NDEA General Secretariat met on Monday.').entities).toContain('Organization:NDEA General Secretariat');
    expect(extract('FISCALIA GENERAL DE LA NORLANDIA – OFFICE\n\nThe case was closed.').entities.some((e) => e.startsWith('Person:'))).toBe(false);
  });
});
