// Constructions, round tune20: who worked with whom on a case or operation.
// Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractNamed as extract, hasRelation } from '../../helpers/extraction.js';

describe('a case investigated by several bodies, with a helper', () => {
  it('makes the investigators work together and with the helper', () => {
    const text = 'The case was investigated by the Federal Narcotics Directorate and the Valmora Border Police, with the support of the Coastal Customs Office.';
    expect(hasRelation(text, 'Federal Narcotics Directorate', 'COOPERATES_WITH', 'Valmora Border Police')).toBe(true);
    expect(hasRelation(text, 'Coastal Customs Office', 'COOPERATES_WITH', 'Valmora Border Police')).toBe(true);
  });
  it('needs two bodies: one investigator alone works with nobody', () => {
    const { relations } = extract('The case was investigated by the Federal Narcotics Directorate, which seized 40 kilograms of cocaine.');
    expect(relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('co-agents after "together with"', () => {
  const text = 'Operation Blue Fjord was planned and coordinated by the Northern Police College together with the Harbour Police Service, the Marine Customs Agency and the Rivers Guard Command.';
  it('take part in the operation and work with the lead', () => {
    const { relations } = extract(text);
    expect(relations).toContain('Marine Customs Agency PARTICIPATED_IN Operation Blue Fjord');
    expect(hasRelation(text, 'Northern Police College', 'COOPERATES_WITH', 'Rivers Guard Command')).toBe(true);
  });
  it('are not paired with each other', () => {
    expect(hasRelation(text, 'Harbour Police Service', 'COOPERATES_WITH', 'Marine Customs Agency')).toBe(false);
  });
});

describe('equipment handed over to a body', () => {
  it('makes the country an ambassador speaks for work with the receiver', () => {
    const text = 'The Ambassador of Norway to Kenya, Mr Arne Vold, handed over three drone kits and a boat to the Kenya Coast Guard Service at a ceremony in Mombasa.';
    expect(hasRelation(text, 'Norway', 'COOPERATES_WITH', 'Kenya Coast Guard Service')).toBe(true);
  });
  it('reads a headline with the country as giver and an unnamed unit of a body as that body', () => {
    const text = 'Norway hands over patrol boats to the Kenya National Police Service\'s marine unit';
    expect(hasRelation(text, 'Norway', 'COOPERATES_WITH', 'Kenya National Police Service')).toBe(true);
  });
  it('does not read persons handed over', () => {
    const text = 'Norway handed over the two suspects to the Kenya National Police Service on Friday.';
    expect(hasRelation(text, 'Norway', 'COOPERATES_WITH', 'Kenya National Police Service')).toBe(false);
  });
});

describe('"works with A …, and with B" over a place or a relative clause', () => {
  it('reads both partners past the first one\'s place', () => {
    const text = 'The Harbour Police Service worked throughout with the Federal Narcotics Directorate in Lyon, France, and with the Coastal Customs Office in Genoa, Italy.';
    expect(hasRelation(text, 'Harbour Police Service', 'COOPERATES_WITH', 'Federal Narcotics Directorate')).toBe(true);
    expect(hasRelation(text, 'Harbour Police Service', 'COOPERATES_WITH', 'Coastal Customs Office')).toBe(true);
  });
  it('reads the second partner past a relative clause about the first', () => {
    const text = 'The Harbour Police Service also cooperates closely with the Marine Customs Agency, whose scanners check every container, and with the Rivers Guard Command.';
    expect(hasRelation(text, 'Harbour Police Service', 'COOPERATES_WITH', 'Rivers Guard Command')).toBe(true);
  });
  it('does not make a place of the first partner a partner', () => {
    const { relations } = extract('The Harbour Police Service worked throughout with the Federal Narcotics Directorate in Lyon, France, and with the Coastal Customs Office.');
    expect(relations.filter((r) => r.includes('COOPERATES_WITH') && /Lyon|France/.test(r))).toEqual([]);
  });
});

describe('a body reporting a seizure its unnamed officers made', () => {
  it('deals in the drugs found', () => {
    const { relations } = extract('Norwegian customs officers have found 40 kilograms of heroin and 8 kilograms of cocaine in a bus at the border, the Norwegian Customs Service said on Monday.');
    expect(relations).toContain('Norwegian Customs Service INVOLVED_WITH heroin');
    expect(relations).toContain('Norwegian Customs Service INVOLVED_WITH cocaine');
  });
  it('is no actor when the seizing body is named before', () => {
    const { relations } = extract('The Harbour Police Service boarded a yacht and found 40 kilograms of heroin, the Ministry of Home Affairs said on Monday.');
    expect(relations).not.toContain('Ministry of Home Affairs INVOLVED_WITH heroin');
  });
});

describe('the origin of a load told by what it was hidden in', () => {
  it('makes the place deal in the drug seized', () => {
    const { relations } = extract('Customs officers at the airport found 14 kilograms of ketamine in a shipment of dried papaya from Laos.');
    expect(relations).toContain('Laos INVOLVED_WITH ketamine');
    expect(extract('The Harbour Police Service seized 300,000 captagon pills hidden in a lorry from Jordan at the border.').relations).toContain('Jordan INVOLVED_WITH captagon');
  });
  it('needs a carrier before "from": a person from a place carries nothing from it', () => {
    const { relations } = extract('Officers found 14 kilograms of ketamine on a man from Laos who was waiting at the airport.');
    expect(relations).not.toContain('Laos INVOLVED_WITH ketamine');
  });
});

describe('a body acting under the direction of another', () => {
  it('works with the body that directs it', () => {
    const text = 'The suspects were handed over to the Financial Crimes Unit, which is conducting the investigation under the direction of the Harbour District Prosecutor\'s Office.';
    expect(hasRelation(text, 'Financial Crimes Unit', 'COOPERATES_WITH', "Harbour District Prosecutor's Office")).toBe(true);
  });
  it('pairs the unit, not its owner named after "of"', () => {
    const text = 'The case was investigated by the Financial Crimes Unit of the Ministry of Finance, under the direction of the Harbour District Prosecutor\'s Office.';
    expect(hasRelation(text, 'Ministry of Finance', 'COOPERATES_WITH', "Harbour District Prosecutor's Office")).toBe(false);
    expect(hasRelation(text, 'Financial Crimes Unit', 'COOPERATES_WITH', "Harbour District Prosecutor's Office")).toBe(true);
  });
});

describe('an effort launched or carried out at a stated time by several bodies', () => {
  it('makes the bodies work together', () => {
    const text = 'The seizure forms part of Operation Salt Road, a joint effort launched in March by the Harbour Police Service, the Marine Customs Agency and the Rivers Guard Command.';
    expect(hasRelation(text, 'Harbour Police Service', 'COOPERATES_WITH', 'Rivers Guard Command')).toBe(true);
    expect(hasRelation(text, 'Marine Customs Agency', 'COOPERATES_WITH', 'Rivers Guard Command')).toBe(true);
    expect(hasRelation('The patrol was carried out in April 2026 by the Harbour Police Service and the Marine Customs Agency.', 'Harbour Police Service', 'COOPERATES_WITH', 'Marine Customs Agency')).toBe(true);
  });
  it('needs two bodies: one body launching something works with nobody', () => {
    const { relations } = extract('The campaign was launched in March by the Harbour Police Service in Valmora.');
    expect(relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('a body that trained the officers of another body or country', () => {
  it('works with it', () => {
    expect(hasRelation('Since 2022 the Harbour Police Service has trained more than 300 Norwegian customs officers.', 'Harbour Police Service', 'COOPERATES_WITH', 'Norway')).toBe(true);
    expect(hasRelation('The grant went to the Harbour Police Service, which also trained twelve Marine Customs Agency officers at its academy last year.', 'Harbour Police Service', 'COOPERATES_WITH', 'Marine Customs Agency')).toBe(true);
  });
  it('does not read a person who trained officers', () => {
    const { relations } = extract('In 2004 Ana Lopes trained Norwegian officers at the Harbour Police Service academy.');
    expect(relations.filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
  });
});
