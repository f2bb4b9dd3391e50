// Constructions added for the eighth round of relation recall. Every sentence
// here is made up.
import { describe, expect, it } from 'vitest';
import { hasRelation as has } from '../../helpers/extraction.js';

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
});
