// The generic INVOLVED_WITH fallback (server/ingest/relations/fallback.ts):
// made-up sentences, including ones where it must not fire.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';
import { guess, FALLBACK_CONFIDENCE } from '../../../server/ingest/relations/fallback.js';

const rels = (text: string) => {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations.map((r) => ({ s: name.get(r.source), type: r.type, t: name.get(r.target), c: r.confidence }));
};

describe('generic fallback', () => {
  it('ties a drug to the place it was smuggled from, at low confidence', () => {
    // ("was smuggled overland from" is now a rule's, routes.ts: a drug moved "from" a place, at higher confidence.)
    const r = rels('Most of the heroin was carried overland from Afghanistan, officials said.');
    expect(r).toContainEqual({ s: 'Afghanistan', type: 'INVOLVED_WITH', t: 'heroin', c: FALLBACK_CONFIDENCE });
  });

  it('ties an actor to the drug it seized', () => {
    const r = rels('The Zarovian Customs Service said on Monday it had seized 4 tonnes of cocaine at the port.');
    expect(r.some((x) => x.s === 'Zarovian Customs Service' && x.type === 'INVOLVED_WITH' && x.t === 'cocaine')).toBe(true);
  });

  it('does not fire without a trade or transport verb between the two', () => {
    expect(rels('The conference in Vienna discussed cocaine markets and the Zarovian Customs Service budget.')
      .filter((x) => x.type === 'INVOLVED_WITH')).toEqual([]);
    expect(guess('Organization', 'Substance', ' discussed ')).toBeUndefined();
    expect(guess('Substance', 'Location', ' markets in ')).toBeUndefined();
  });

  it('does not fire when the actor only follows the drug without "by"', () => {
    expect(guess('Substance', 'Organization', ' was seized, the ')).toBeUndefined();
    expect(guess('Substance', 'Organization', ' was seized by the ')).toEqual({ source: 'b' });
  });

  it('guesses only INVOLVED_WITH pairs: no posts, cooperation or events', () => {
    expect(guess('Person', 'Organization', ', director of the ')).toBeUndefined();
    expect(guess('Location', 'Location', ' and ')).toBeUndefined();
    expect(guess('Organization', 'Event', ' took part in ')).toBeUndefined();
  });

  it('reads a place of origin only through a transport verb and a preposition', () => {
    expect(guess('Substance', 'Location', ' tablets, most of them smuggled overland from ')).toEqual({ source: 'b' });
    expect(guess('Substance', 'Location', ' smuggled, said ')).toBeUndefined();
    expect(guess('Location', 'Substance', "'s ")).toEqual({ source: 'a' });
    expect(guess('Location', 'Substance', ' has banned imports of ')).toBeUndefined();
  });

  it('gives every item of a list the relation its first item has', () => {
    const r = rels('The Zarovian Coast Guard seized 870 kg of heroin and 1.6 tonnes of hashish from a dhow on Monday.');
    expect(r.some((x) => x.s === 'Zarovian Coast Guard' && x.type === 'INVOLVED_WITH' && x.t === 'hashish')).toBe(true);
    const route = rels('The route has carried heroin from Iran across Türkiye and on through Bulgaria, Serbia and North Macedonia.');
    for (const place of ['Turkey', 'Bulgaria', 'Serbia', 'North Macedonia']) expect(route.some((x) => x.s === place && x.t === 'heroin')).toBe(true);
  });

  it('reads a movement verb before the drug, and a seizure made by officers of a body', () => {
    expect(guess('Substance', 'Location', ' from ', 'the route has carried Afghan ')).toEqual({ source: 'b' });
    expect(guess('Substance', 'Location', ' from ', 'officials discussed ')).toBeUndefined();
    expect(guess('Substance', 'Organization', ' hidden in plantains, was made by customs officers of the ', 'The largest seizure, 1.1 tonnes of ')).toEqual({ source: 'b' });
    // Praise is not the seizure: only a seizure "made" or "carried out" by the body ties them.
    expect(guess('Substance', 'Organization', ' hidden in plantains, was praised by the ', 'The largest seizure, 1.1 tonnes of ')).toBeUndefined();
    expect(guess('Substance', 'Organization', ' was discussed by officers of the ', 'Reports on ')).toBeUndefined();
  });
});
