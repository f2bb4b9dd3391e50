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
  it('leaves the person out when two drugs are named, or when the arrest is only "in" a place', () => {
    const two = `${seizure} Officers also found 20 kg of heroin. The cargo was stored for a week. Mirela Dunsk was later charged by the Lindmark Prosecution Service.`;
    expect(has(two, 'Mirela Dunsk', 'INVOLVED_WITH', 'cocaine')).toBe(false);
    const place = `${seizure} The cargo was stored for a week. Two other men, Ivo Marek and Ole Brandt, were arrested in Ostervik.`;
    expect(has(place, 'Ivo Marek', 'INVOLVED_WITH', 'cocaine')).toBe(false);
  });
});
