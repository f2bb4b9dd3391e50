// Constructions added for the tenth round of relation recall. Every sentence
// here is made up.
import { describe, expect, it } from 'vitest';
import { hasRelation as has } from '../../helpers/extraction.js';

describe('places within a city or a state', () => {
  it('makes a district of a city a part of the city', () => {
    const t = 'Police arrested two men at a warehouse in Velkoby, Copenhagen, on Friday.';
    expect(has(t, 'Velkoby', 'PART_OF', 'Copenhagen')).toBe(true);
    expect(has(t, 'Velkoby', 'LOCATED_IN', 'Copenhagen')).toBe(false);
  });
  it('keeps a town in a state or a province located in it', () => {
    expect(has('Police arrested two men at a warehouse in Dunmore Falls, Ohio, on Friday.', 'Dunmore Falls', 'LOCATED_IN', 'Ohio')).toBe(true);
    expect(has('Police seized the cargo in the port of Varna Nova, in Lisbon province.', 'Varna Nova', 'PART_OF', 'Lisbon')).toBe(false);
  });
});
