import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';

const extract = (text: string) => extractDocument({ id: 't', text });
const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.name === name || e.aliases?.includes(name))?.type;

describe('entity recognition', () => {
  it('types names by their head word', () => {
    const text = 'Officials of the Ministry of Interior met staff of the Federal Criminal Police Office and the National Crime Agency at the Global Drug Policy Summit.';
    expect(typeOf(text, 'Ministry of Interior')).toBe('Organization');
    expect(typeOf(text, 'Federal Criminal Police Office')).toBe('Organization');
    expect(typeOf(text, 'National Crime Agency')).toBe('Organization');
    expect(typeOf(text, 'Global Drug Policy Summit')).toBe('Event');
  });

  it('knows countries, cities, international bodies and substances', () => {
    const text = 'Europol and the United Nations said heroin and carfentanil were seized in Rotterdam, Netherlands.';
    expect(typeOf(text, 'Europol')).toBe('Organization');
    expect(typeOf(text, 'United Nations')).toBe('Organization');
    expect(typeOf(text, 'Rotterdam')).toBe('Location');
    expect(typeOf(text, 'Netherlands')).toBe('Location');
    expect(typeOf(text, 'heroin')).toBe('Substance');
    expect(typeOf(text, 'carfentanil')).toBe('Substance');
  });

  it('finds people by title, apposition and name shape', () => {
    const text = 'Police Commissioner Adaeze Okafor met Zhou Xiaoming in Lagos. Marcus Feld, director of the Maritime Safety Bureau, said the talks went well.';
    expect(typeOf(text, 'Adaeze Okafor')).toBe('Person');
    expect(typeOf(text, 'Zhou Xiaoming')).toBe('Person');
    expect(typeOf(text, 'Marcus Feld')).toBe('Person');
  });

  it('names operations, including numbered ones and codenames', () => {
    const text = 'Police ran Operation Silver Axe IV in June. A second operation codenamed RED DELTA followed.';
    expect(typeOf(text, 'Operation Silver Axe IV')).toBe('Event');
    expect(typeOf(text, 'RED DELTA')).toBe('Event');
  });

  it('ignores common words, months and title-case headings of nothing', () => {
    const names = extract('Breaking News Update\nIn March, Officials said the Crisis was over.').entities.map((e) => e.name);
    expect(names).toEqual([]);
  });

  it('gives unique slug ids and valid mentions', () => {
    const text = 'The Ministry of Justice of Peru and the Ministry of Justice of Chile met.';
    const doc = extract(text);
    const ids = doc.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of doc.entities) for (const m of e.mentions ?? []) expect(m.end).toBeGreaterThan(m.start);
  });
});

describe('coreference', () => {
  it('resolves a surname and Mr. to the full name', () => {
    const doc = extract('Amara Diallo, a senior official of the West African Police Council, spoke on Monday. Diallo said cooperation was vital. Mr. Diallo left.');
    const people = doc.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.name)).toEqual(['Amara Diallo']);
    expect(people[0]!.mentions!.length).toBe(3);
  });

  it('uses acronyms defined in parentheses', () => {
    const doc = extract('The Narcotics Control Board (NCB) of Ghana was praised. The NCB seized cocaine.');
    const ncb = doc.entities.find((e) => e.aliases?.includes('NCB'));
    expect(ncb?.name).toMatch(/^Narcotics Control Board/);
    expect(ncb?.aliases).toContain('NCB');
    expect(ncb?.mentions).toHaveLength(2);
  });

  it('treats US, U.S. and United States as one place, and a possessive as its name', () => {
    const doc = extract("The U.S. and Mexico's police met. The United States and Mexico agreed. US officials left.");
    const us = doc.entities.filter((e) => e.name === 'United States');
    expect(us).toHaveLength(1);
    expect(us[0]!.mentions!.length).toBe(3);
    expect(doc.entities.find((e) => e.name === 'Mexico')).toBeDefined();
  });

  it('reads a country prefix as the same body', () => {
    const doc = extract('The Ministry of Public Safety sent staff. The Kenyan Ministry of Public Safety later confirmed it.');
    expect(doc.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });

  it('resolves "he" to the person last named, for relations', () => {
    const doc = extract('Tomas Varga is a veteran investigator. He studied at the University of Vienna.');
    const r = doc.relations.find((x) => x.type === 'EDUCATED_AT');
    expect(r).toMatchObject({ source: 'tomas-varga', target: 'university-of-vienna' });
  });
});
