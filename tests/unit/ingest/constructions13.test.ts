// Constructions, round tune12: signature blocks under speeches and press
// releases. Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractNamed as extract } from '../../helpers/extraction.js';

describe('signature blocks', () => {
  it('reads a (ranked) name above a post line as a person holding the post in the body named after the comma', () => {
    const { entities, relations } = extract('The patrol stopped the boat.\n\nThank you.\n\nColonel Andrés Felipe Rojas Uribe\nExecutive Director, Nordic Police Academy\n');
    expect(entities).toContain('Person:Andrés Felipe Rojas Uribe');
    expect(relations).toContain('Andrés Felipe Rojas Uribe HOLDS_POSITION Nordic Police Academy');
  });
  it('takes the body from the line below a post line without one', () => {
    const { relations } = extract('The boat was towed to port.\n\nIssued by:\nTendai Moyo-Banda\nHead of Corporate Affairs\nValdorian Revenue Authority\n');
    expect(relations).toContain('Tendai Moyo-Banda HOLDS_POSITION Valdorian Revenue Authority');
  });
  it('does not read a title-cased heading above a line that opens with a post as a name', () => {
    const { entities } = extract('Annual Drug Summary\nMinister of Health, foreword\n\nThe report was published.');
    expect(entities.some((e) => e.startsWith('Person:'))).toBe(false);
  });
});

describe('handovers (B)', () => {
  it("reads a unit owned by a body as the receiver, and a counted group of detainees as the persons named before", () => {
    const { relations } = extract("Customs officers stopped Anil Perera Fonseka, a Lankan man. He was handed over to the Maldives Police Service's Drug Enforcement Department (DED). Soldiers arrested Karim Haddad and Samir Aoun at the farm. The two detainees were handed over to the Drug Enforcement Bureau.");
    expect(relations).toContain('Anil Perera Fonseka ARRESTED_BY Drug Enforcement Department');
    expect(relations).toContain('Karim Haddad ARRESTED_BY Drug Enforcement Bureau');
    expect(relations).toContain('Samir Aoun ARRESTED_BY Drug Enforcement Bureau');
  });
  it('does not guess the persons when the count does not match the sentence before', () => {
    const { relations } = extract('Soldiers arrested Karim Haddad at the farm. The three detainees were handed over to the Drug Enforcement Bureau.');
    expect(relations).not.toContain('Karim Haddad ARRESTED_BY Drug Enforcement Bureau');
  });
});

describe('tip-offs acted on by the body opening the sentence (B)', () => {
  it('makes the acting body work with the tipster', () => {
    const { relations } = extract('The Valdorian Coast Guard had tracked the fishing boat that met the dhow after an alert from the Joint Maritime Command.');
    expect(relations).toContain('Valdorian Coast Guard COOPERATES_WITH Joint Maritime Command');
  });
  it('needs a tip, not just a time after an event', () => {
    const { relations } = extract('The Valdorian Coast Guard seized the boat after a meeting with the Joint Maritime Command.');
    expect(relations).not.toContain('Valdorian Coast Guard COOPERATES_WITH Joint Maritime Command');
  });
});
