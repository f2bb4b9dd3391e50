// Constructions, round tune19: the prosecution side of a case, judges, and signatories.
// Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractNamed as extract } from '../../helpers/extraction.js';

describe('a person wanted in a country', () => {
  it('is charged by that country', () => {
    const { relations } = extract('Police in Tromsdal arrested Ivo Rask, a Norwegian trader wanted in Denmark for fraud, on Friday.');
    expect(relations).toContain('Ivo Rask CHARGED_BY Denmark');
    expect(extract('Ivo Rask, 52, who had been wanted in Denmark since 2021, was detained at the port.').relations).toContain('Ivo Rask CHARGED_BY Denmark');
  });
  it('needs a country: a town where someone is wanted says nothing of who charges', () => {
    const { relations } = extract('Ivo Rask, a trader wanted in Aarhus for fraud, was detained at the port.');
    expect(relations.filter((r) => r.includes('CHARGED_BY'))).toEqual([]);
  });
});

describe('a prosecutor of a town, not a named office', () => {
  it('makes the town charge the person', () => {
    const { relations } = extract('The captain, Ivo Rask, was arrested by the coast guard and has been charged by the public prosecutor of Nantes.');
    expect(relations).toContain('Ivo Rask CHARGED_BY Nantes');
  });
  it('does not read a prosecutor who only spoke', () => {
    const { relations } = extract('Ivo Rask was arrested in May, the public prosecutor of Nantes said.');
    expect(relations).not.toContain('Ivo Rask CHARGED_BY Nantes');
  });
});

describe('counsel named right after the body prosecuting the case', () => {
  it('holds a post in that body', () => {
    const { relations } = extract('The case is prosecuted by the Office of the Director of Public Prosecutions. Senior State Counsel Ana Lopes told the court the cargo was declared as rice.');
    expect(relations).toContain('Ana Lopes HOLDS_POSITION Office of the Director of Public Prosecutions');
  });
  it('needs the prosecuting body in the sentence just before', () => {
    const { relations } = extract('The Office of the Director of Public Prosecutions opened its new building in May. State Counsel Ana Lopes told the court the cargo was declared as rice.');
    expect(relations).not.toContain('Ana Lopes HOLDS_POSITION Office of the Director of Public Prosecutions');
  });
});

describe('the signatory lines of an agreement', () => {
  it('give each signatory a post of the country signed for', () => {
    const { relations } = extract('Done at Kelmar on 4 May 2026.\n\nFor the Republic of Chile: Ana Lopes, Minister of the Interior\n\nFor the Kingdom of Norway: Ivo Rask, Minister of Justice');
    expect(relations).toContain('Ana Lopes HOLDS_POSITION Chile');
    expect(relations).toContain('Ivo Rask HOLDS_POSITION Norway');
  });
  it('do not read a line without a post', () => {
    const { relations } = extract('For the Republic of Chile: Ana Lopes, witness');
    expect(relations).not.toContain('Ana Lopes HOLDS_POSITION Chile');
  });
});

describe('a judge named by a bench title', () => {
  it('sits on the one court named in the sentence or just before', () => {
    expect(extract('The Kelmar District Court on Tuesday sentenced two men to six years. Presiding judge Ana Lopes found that both had hidden the cannabis.').relations)
      .toContain('Ana Lopes HOLDS_POSITION Kelmar District Court');
    expect(extract('The trial resumed at the Kelmar High Court before Justice Ana Lopes on Monday.').relations).toContain('Ana Lopes HOLDS_POSITION Kelmar High Court');
  });
  it('reads "Associate Justice P of the X" as a judge and the court, not one body', () => {
    const { entities, relations } = extract('At the hearing, Associate Justice Ivo Rask of the Kelmar High Court released both men on bail.');
    expect(entities).toContain('Person:Ivo Rask');
    expect(relations).toContain('Ivo Rask HOLDS_POSITION Kelmar High Court');
  });
  it('gives no court when two are named', () => {
    const { relations } = extract('The Kelmar District Court convicted him and the Lunvik Appeals Court upheld the verdict. Presiding judge Ana Lopes said the sentence was fair.');
    expect(relations.filter((r) => r.startsWith('Ana Lopes HOLDS_POSITION'))).toEqual([]);
  });
});

describe('a bare count opening a paragraph', () => {
  it('points back to the persons given with their ages in the paragraph before', () => {
    const { relations } = extract('The court found that Ivo Rask, 36, a trader, and Tarek Osman, 41, a driver, had organised the shipment.\n\nThe two were arrested by the Norvalia Police on 3 May.');
    expect(relations).toContain('Ivo Rask ARRESTED_BY Norvalia Police');
    expect(relations).toContain('Tarek Osman ARRESTED_BY Norvalia Police');
  });
  it('does not point at officials named without an age', () => {
    const { relations } = extract('Director Ivo Rask met Commissioner Tarek Osman in Kelmar to discuss the case.\n\nThe two suspects appeared before the Kelmar District Court.');
    expect(relations.filter((r) => r.includes('Kelmar District Court') && /^(?:Ivo|Tarek)/.test(r))).toEqual([]);
  });
});

describe('where a body has its headquarters', () => {
  it('reads an opening "It" as the body the sentence before opened with', () => {
    const { relations } = extract('The Norvalia Customs Service fights the smuggling of tobacco. It has its headquarters in Oslo, with offices in Bergen.');
    expect(relations).toContain('Norvalia Customs Service LOCATED_IN Oslo');
  });
  it('reads "the headquarters of the X here in Y"', () => {
    expect(extract('Welcome to the headquarters of the Norvalia Drug Agency here in Oslo.').relations).toContain('Norvalia Drug Agency LOCATED_IN Oslo');
  });
  it('does not read "It" when the sentence before opens with no body', () => {
    const { relations } = extract('Officers of the Norvalia Customs Service searched the ship. It has its home port in Oslo.');
    expect(relations).not.toContain('Norvalia Customs Service LOCATED_IN Oslo');
  });
});
