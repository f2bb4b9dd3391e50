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
