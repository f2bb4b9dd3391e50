// Constructions, round tune13: precision. Readings that added relations the
// annotation never states, each with a near miss the rule must leave alone.
// Every sentence here is made up.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';

const extract = (text: string) => {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return {
    entities: doc.entities.map((e) => `${e.type}:${e.name}`),
    relations: doc.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`),
  };
};

describe("a country's minister is not thereby its national", () => {
  it("reads the post, not a nationality, from \"Country's Minister of X, P\"", () => {
    const { relations } = extract("Portugal's Minister of Justice, Tomas Berglund, praised the officers.");
    expect(relations).toContain('Tomas Berglund HOLDS_POSITION Portugal');
    expect(relations).not.toContain('Tomas Berglund NATIONALITY Portugal');
  });
  it('still reads a nationality from a demonym before the title', () => {
    const { relations } = extract('The Thai Justice Minister Somchai Rattanakul attended the ceremony.');
    expect(relations).toContain('Somchai Rattanakul NATIONALITY Thailand');
  });
});
