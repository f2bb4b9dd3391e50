// Constructions, round tune17: relation rules narrowed where better entities
// changed what a sentence holds. Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractNamed as extract } from '../../helpers/extraction.js';

describe('a counted group listed one defendant a line', () => {
  const lead = 'The Velmora Prosecution Office has indicted two Ostrian citizens and a company based in Lunvik.\n\nThe defendants are:\n';
  it('still reads a defendant who heads a company, when the line says what he is charged with', () => {
    const { relations } = extract(`${lead}- Tobin Harrel, 51, managing director of Brevik Motors d.o.o., charged with customs fraud;\n- Irena Calvost, 38, the company's accountant, charged with money laundering;\n- Brevik Motors d.o.o., against which a fine is sought.`);
    expect(relations).toContain('Tobin Harrel CHARGED_BY Velmora Prosecution Office');
    expect(relations).toContain('Irena Calvost CHARGED_BY Velmora Prosecution Office');
  });
  it('leaves out a person a body of the line charged itself', () => {
    const { relations } = extract(`${lead}- Tobin Harrel, 51, a courier;\n- Irena Calvost, 38, whom the Lunvik Police charged on Friday;\n- Brevik Motors d.o.o., a car dealer.`);
    expect(relations).not.toContain('Irena Calvost CHARGED_BY Velmora Prosecution Office');
  });
});
