// Generic entity-recall rules, each on synthetic sentences (invented names):
// rank abbreviations, titled persons glued to bodies, short forms defined in
// parentheses, coreference limits, named sites, name shapes, person evidence,
// numbered meetings and "other" heads.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';
import { splitSentences } from '../../../server/ingest/sentences.js';

const extract = (text: string) => extractDocument({ id: 't', text });
const find = (text: string, name: string) => extract(text).entities.find((e) => e.name === name || e.aliases?.includes(name));
const typeOf = (text: string, name: string) => find(text, name)?.type;
const names = (text: string) => extract(text).entities.map((e) => e.name);

describe('sentences: rank abbreviations', () => {
  it('does not split after Pol., Gen., Lt., Col., Maj., Brig., Insp., Supt., Det., Sgt., Cmdr.', () => {
    for (const rank of ['Pol. Gen.', 'Lt. Col.', 'Maj.', 'Brig.', 'Insp.', 'Supt.', 'Det.', 'Sgt.', 'Cmdr.', 'Col.']) {
      const text = `The delegation was led by ${rank} Varun Pellicer of the border police. It met customs officers.`;
      expect(splitSentences(text).map((s) => s.text), rank).toHaveLength(2);
    }
  });

  it('finds the person after a chain of rank abbreviations', () => {
    const text = "Among those present was Norland's Justice Minister Pol. Gen. Tavik Oranuwat and other officials.";
    expect(typeOf(text, 'Tavik Oranuwat')).toBe('Person');
    expect(names(text)).not.toContain('Pol');
  });
});

describe('titled persons before a body', () => {
  it('splits "Title X of the Body" into a person and the body', () => {
    const text = '"This was a complex case," said Assistant Attorney General Corvin Adebisi-Hale of the Justice Department\'s Criminal Division.';
    expect(typeOf(text, 'Corvin Adebisi-Hale')).toBe('Person');
    expect(names(text).some((n) => n.includes('Corvin') && n.includes('Department'))).toBe(false);
  });

  it('splits two titled persons joined by "and", and a modifier before the title', () => {
    const text = 'Assistant U.S. Attorneys Lorna Veckstein and Tobiah Marrel of the U.S. Attorney\'s Office are prosecuting the case, with Trial Attorney Ysolde Karrim of the Criminal Division.';
    expect(typeOf(text, 'Lorna Veckstein')).toBe('Person');
    expect(typeOf(text, 'Tobiah Marrel')).toBe('Person');
    expect(typeOf(text, 'Ysolde Karrim')).toBe('Person');
    expect(typeOf(text, 'Criminal Division')).toBe('Organization');
  });

  it('keeps a role word that starts a body name', () => {
    const text = 'The committee supervises the work of the General Secretariat in Lyon.';
    expect(typeOf(text, 'General Secretariat')).toBe('Organization');
  });
});

describe('short forms defined in parentheses', () => {
  it('matches a one-word short form again when it is used alone', () => {
    const text = 'Harbin Qorvel Chemical Co. Ltd. (Qorvel) was charged. Prosecutors said Qorvel shipped precursors to Mexico.';
    const e = find(text, 'Qorvel');
    expect(e?.type).toBe('Organization');
    expect(e?.mentions?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('matches an all-caps acronym used alone later', () => {
    const text = 'The Marlow Police Department (MPD) opened an inquiry. MPD officers made two arrests.';
    const e = find(text, 'MPD');
    expect(e?.name).toBe('Marlow Police Department');
    expect(e?.mentions?.length ?? 0).toBe(2);
  });
});

describe('coreference limits', () => {
  it('keeps bodies qualified by different demonyms apart', () => {
    const text = 'The Dutch National Police led the case. The Ecuadorian National Police arrested two men.';
    const found = names(text);
    expect(found).toContain('Dutch National Police');
    expect(found).toContain('Ecuadorian National Police');
  });

  it('keeps numbered meetings apart', () => {
    const text = 'The 12th Regional Ministerial Meeting on Organised Crime (RMMOC) closed on Friday. The 13th RMMOC will be held in Malaysia.';
    const found = extract(text).entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(found).toContain('12th Regional Ministerial Meeting on Organised Crime');
    expect(found).toContain('13th RMMOC');
  });

  it('joins a later multi-word tail of a full name to the person', () => {
    const text = 'Secretary General Teodoro Vasquel Arruda opened the session. Later, Secretary General Vasquel Arruda presented the results.';
    const people = extract(text).entities.filter((e) => e.type === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Teodoro Vasquel Arruda');
  });
});

describe('named sites and name shapes', () => {
  it('types venues and natural features as locations', () => {
    const text = 'The meeting was held at the Grand Convention Centre and later at the Palais des Congrès. Patrols on the Orvanne River were agreed. The unit will be based at the Nordic Global Complex for Innovation.';
    expect(typeOf(text, 'Grand Convention Centre')).toBe('Location');
    expect(typeOf(text, 'Palais des Congrès')).toBe('Location');
    expect(typeOf(text, 'Orvanne River')).toBe('Location');
    expect(typeOf(text, 'Nordic Global Complex for Innovation')).toBe('Location');
  });

  it('keeps hyphenated given names and name particles whole', () => {
    const text = 'Deputy Commissioner Park Ha-eun spoke. Dutch citizen Joost van Kerkhove was held. Colonel Faris al-Qadiri said the border was closed.';
    expect(typeOf(text, 'Park Ha-eun')).toBe('Person');
    expect(typeOf(text, 'Joost van Kerkhove')).toBe('Person');
    expect(typeOf(text, 'Faris al-Qadiri')).toBe('Person');
  });

  it('finds a name with a common given name after a portfolio', () => {
    const text = "Veloria's Coordinating Minister for Political, Legal and Security Affairs Ahmad Teruwiseta attended.";
    expect(typeOf(text, 'Ahmad Teruwiseta')).toBe('Person');
    expect(names(text)).not.toContain('Political');
  });
});

describe('person evidence without a known given name', () => {
  it('uses role nouns, ages, relative clauses, "according to" and person verbs', () => {
    expect(typeOf('Police said defendant Orrin Blasko had fled.', 'Orrin Blasko')).toBe('Person');
    expect(typeOf('Vedran Kostalic, 46, was detained at the border.', 'Vedran Kostalic')).toBe('Person');
    expect(typeOf('Torvald Miskane, who ran the network, fled.', 'Torvald Miskane')).toBe('Person');
    expect(typeOf('The plan failed, according to Imelda Straukas.', 'Imelda Straukas')).toBe('Person');
    expect(typeOf('Brannock Tully was sentenced to nine years in prison.', 'Brannock Tully')).toBe('Person');
    expect(typeOf('Oswin Harrowgate resigned last week.', 'Oswin Harrowgate')).toBe('Person');
  });

  it('does not make persons of bodies followed by such verbs', () => {
    expect(typeOf('The Coastal Drug Agency was appointed to lead the task.', 'Coastal Drug Agency')).toBe('Organization');
  });
});

describe('events and other names', () => {
  it('types consultations and named operations with drug words as events', () => {
    const text = 'Officials met at the 4th Harbour Plus Three Consultation. They reviewed Operation Marlin – Cocaine Corridor, which targeted ports.';
    expect(typeOf(text, '4th Harbour Plus Three Consultation')).toBe('Event');
    expect(typeOf(text, 'Operation Marlin – Cocaine Corridor')).toBe('Event');
  });

  it('types joint statements and pacts as other', () => {
    const text = 'Ministers adopted the Corvala Joint Statement and the Eastern Border Pact.';
    expect(typeOf(text, 'Corvala Joint Statement')).toBe('Other');
    expect(typeOf(text, 'Eastern Border Pact')).toBe('Other');
  });
});
