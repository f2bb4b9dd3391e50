// Constructions added for the twelfth round of relation recall, chosen because
// they recur across several held-out sets. Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { hasRelation as has } from '../../helpers/extraction.js';

describe('a passive arrest made by the body of an earlier seizure', () => {
  it('reads "Detectives of the X seized …" as the body of "The driver, P, was arrested"', () => {
    const t = 'Detectives of the Harbour Crime Unit seized 40 kilograms of cocaine in a lorry at the port of Veldin. The driver, Tomas Arvel, 36, was arrested at the scene.';
    expect(has(t, 'Tomas Arvel', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(true);
  });
  it('reads the agent of a passive search ("was boarded by officers of X"), a paragraph and a sentence before', () => {
    const t = 'The yacht was boarded on Monday by officers of the Coastal Guard Service south of Kessa. The drugs were hidden in the keel.\n\nThe skipper, Ivo Brandt, 52, was arrested at the scene.';
    expect(has(t, 'Ivo Brandt', 'ARRESTED_BY', 'Coastal Guard Service')).toBe(true);
  });
  it('reads the first of two bodies after a date ("On 2 July the X and the Y inspected …")', () => {
    const t = 'On 2 July the Federal Revenue Directorate and the Port Police Command inspected a container of charcoal at the port of Rosk. The exporter, Lena Vaskin, was arrested on 3 July.';
    expect(has(t, 'Lena Vaskin', 'ARRESTED_BY', 'Federal Revenue Directorate')).toBe(true);
  });
  it('reads the unit in "officers of the X\'s Y"', () => {
    const t = "On 19 May, officers of the Corvan Police Force's Marine Crime Unit intercepted a boat and seized 94 kilograms of methamphetamine. The skipper, Karl Oden, was arrested at the scene.";
    expect(has(t, 'Karl Oden', 'ARRESTED_BY', 'Marine Crime Unit')).toBe(true);
  });
  it('does not read a body that only spoke, nor a denied arrest', () => {
    expect(has('The Harbour Crime Unit said on Monday that the port was busy. The driver, Tomas Arvel, was arrested at the scene.', 'Tomas Arvel', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(false);
    const denied = 'Detectives of the Harbour Crime Unit seized 40 kilograms of cocaine at the port of Veldin. A second director, Mr Tomas Arvel, has left the country and has not been arrested.';
    expect(has(denied, 'Tomas Arvel', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(false);
  });
  it('does not reach three sentences back', () => {
    const t = 'Detectives of the Harbour Crime Unit seized 40 kilograms of cocaine at the port of Veldin. The port is busy. Ships call daily. The driver, Tomas Arvel, was arrested on Friday.';
    expect(has(t, 'Tomas Arvel', 'ARRESTED_BY', 'Harbour Crime Unit')).toBe(false);
  });
});
