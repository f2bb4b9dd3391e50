// Constructions, round tune18: relations that recall more without guessing.
// Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractNamed as extract } from '../../helpers/extraction.js';

describe('a body hands its catch over to another', () => {
  it('reads the agent of the same clause as the giver', () => {
    const { relations } = extract('Four fishermen were stopped by the Norvalia Coast Guard and handed over to the Criminal Investigation Bureau at the naval base.');
    expect(relations).toContain('Norvalia Coast Guard COOPERATES_WITH Criminal Investigation Bureau');
  });
  it('reads the body that made the seizure a sentence before', () => {
    const { relations } = extract('The Ostrian Navy intercepted a trawler off Kelmar with 900 kilograms of cocaine on Monday. The crew and the cargo were handed over to the National Drug Agency.');
    expect(relations).toContain('Ostrian Navy COOPERATES_WITH National Drug Agency');
  });
  it('does not pair a court or a prison with the police, nor a body with its own unit', () => {
    const court = extract('The suspects were arrested by the Velmora Police and handed over to the Lunvik District Court.').relations;
    expect(court.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
    const unit = extract('The men were detained by the Velmora Police and handed over to the Velmora Police\'s Narcotics Squad.').relations;
    expect(unit).not.toContain('Velmora Police COOPERATES_WITH Narcotics Squad');
  });
});

describe('a post named before its holder, with the unit\'s owner or a long rank between', () => {
  it('gives the post in the unit, not its owner', () => {
    const { relations } = extract('The delegation included the Director of the Coastal Crime Unit of the Norvalia Police, Major General Tarek Osman.');
    expect(relations).toContain('Tarek Osman HOLDS_POSITION Coastal Crime Unit');
    expect(relations).not.toContain('Tarek Osman HOLDS_POSITION Norvalia Police');
    expect(extract('He met the head of the Narcotics Bureau under the Ministry of Interior, Mr. Ivo Rask, in Kelmar.').relations).toContain('Ivo Rask HOLDS_POSITION Narcotics Bureau');
  });
  it('reads a rank with a parenthesized service and a post opening a salutation line', () => {
    expect(extract('On 3 May, the Director-General of the Norvalia Maritime Agency, Admiral (Maritime) Datuk Tarek Osman, visited the port.').relations).toContain('Tarek Osman HOLDS_POSITION Norvalia Maritime Agency');
    expect(extract('National Director of the Judiciary Police, Dr Ana Lopes,\n\nDear guests,').relations).toContain('Ana Lopes HOLDS_POSITION Judiciary Police');
  });
  it('does not read a line opening with the body\'s officers as a post', () => {
    const { relations } = extract('Officers of the Norvalia Police, Ivo Rask said, had seized the boat.');
    expect(relations).not.toContain('Ivo Rask HOLDS_POSITION Norvalia Police');
  });
});

describe('a body\'s commander or chair named after a comma', () => {
  it('gives the post in the body before the possessive, also after "Its"', () => {
    expect(extract('The Kelmar Police Unit\'s commander, Colonel Ivo Rask, took office in May.').relations).toContain('Ivo Rask HOLDS_POSITION Kelmar Police Unit');
    expect(extract('The Kelmar Police Unit is based in Tromsdal. Its commander, Colonel Ivo Rask, took office in May.').relations).toContain('Ivo Rask HOLDS_POSITION Kelmar Police Unit');
  });
  it('does not read a word that names no post', () => {
    expect(extract('The Kelmar Police Unit\'s partner, Colonel Ivo Rask, took office in May.').relations).not.toContain('Ivo Rask HOLDS_POSITION Kelmar Police Unit');
  });
});

describe('trainers from named bodies, inside a sentence about a course', () => {
  it('makes each body take part in the course named just before', () => {
    const { relations } = extract('The Border Investigations Course opened in Tromsdal on Monday. The two-week course was delivered by the Norvalia Police, with trainers from the Kelmar Customs Service, the Ostrian Coast Guard and the Lunvik Port Authority.');
    expect(relations).toContain('Kelmar Customs Service PARTICIPATED_IN Border Investigations Course');
    expect(relations).toContain('Lunvik Port Authority PARTICIPATED_IN Border Investigations Course');
  });
  it('needs an event: experts helping with a seizure take part in nothing', () => {
    const { relations } = extract('The seizure was made by the Norvalia Police, with experts from the Kelmar Customs Service.');
    expect(relations.filter((r) => r.includes('PARTICIPATED_IN'))).toEqual([]);
  });
});

describe('who took part, told by counted officers or by support for the operation', () => {
  it('reads the bodies counted officers come from', () => {
    const { relations } = extract('The agency held the Third Boarding Course in Tromsdal in May. Twenty officers of the Kelmar Police and six officers of the Ostrian Customs Service took part.');
    expect(relations).toContain('Kelmar Police PARTICIPATED_IN Third Boarding Course');
    expect(relations).toContain('Ostrian Customs Service PARTICIPATED_IN Third Boarding Course');
  });
  it('reads bodies that supported the operation named before', () => {
    const { relations } = extract('Operation Blue Harbour ran in May. The Kelmar Police and the Ostrian Customs Service supported the operation.');
    expect(relations).toContain('Kelmar Police PARTICIPATED_IN Operation Blue Harbour');
    expect(relations).toContain('Ostrian Customs Service PARTICIPATED_IN Operation Blue Harbour');
  });
  it('does not read support for an investigation as taking part in the operation', () => {
    const { relations } = extract('Operation Blue Harbour ran in May. The Kelmar Police supported the investigation.');
    expect(relations).not.toContain('Kelmar Police PARTICIPATED_IN Operation Blue Harbour');
  });
});

describe('thanks from an official named with a capitalized post, and thanked bodies with an aside', () => {
  it('finds the speaker\'s body in "The X\'s Executive Director, P"', () => {
    const { relations } = extract('The Kelmar Police Academy\'s Executive Director, Ana Lopes, opened the course. She thanked the Ostrian Customs Service and the Lunvik Port Authority.');
    expect(relations).toContain('Kelmar Police Academy COOPERATES_WITH Ostrian Customs Service');
    expect(relations).toContain('Kelmar Police Academy COOPERATES_WITH Lunvik Port Authority');
  });
  it('reads the body after a relative clause, but not the place inside it', () => {
    const { relations } = extract('Ivo Rask, director of the Kelmar Police, spoke on Monday. He thanked the Ostrian Customs Service, whose office in Tromsdal traced the wallets, and the Lunvik Port Authority, which hosted the exercise.');
    expect(relations).toContain('Kelmar Police COOPERATES_WITH Lunvik Port Authority');
    expect(relations).not.toContain('Kelmar Police COOPERATES_WITH Tromsdal');
  });
});
