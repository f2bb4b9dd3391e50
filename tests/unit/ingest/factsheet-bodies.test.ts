import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../server/ingest/index.js';

const run = (text: string) => {
  const doc = extractDocument({ id: 't', text });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const r of doc.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  const rels = doc.relations.map((r) => ({ s: name.get(r.source), type: r.type, t: name.get(r.target), p: r.properties ?? {} }));
  return { names: doc.entities.map((e) => e.name), rels };
};
const has = (r: ReturnType<typeof run>['rels'], s: string, type: string, t: string) => r.some((x) => x.s === s && x.type === type && x.t === t);

describe('coordinated and nested bodies', () => {
  it('splits "the Ministry of X of A and the Ministry of Y of B" into two ministries', () => {
    const { names } = run('The Ministry of Inland Security of Norway and the Ministry of Justice Affairs of Chile signed a memorandum.');
    expect(names).toEqual(expect.arrayContaining(['Ministry of Inland Security of Norway', 'Ministry of Justice Affairs of Chile']));
    expect(names.some((n) => / and the /.test(n))).toBe(false);
  });

  it('splits "X Directorate of the National Police of <country>" with PART_OF', () => {
    const { names, rels } = run('Major Elsa Worthing, director of the Maritime Crimes Directorate of the National Police of Peru, spoke on Monday.');
    expect(names).toEqual(expect.arrayContaining(['Maritime Crimes Directorate', 'National Police of Peru']));
    expect(has(rels, 'Maritime Crimes Directorate', 'PART_OF', 'National Police of Peru')).toBe(true);
    expect(has(rels, 'Elsa Worthing', 'HOLDS_POSITION', 'Maritime Crimes Directorate')).toBe(true);
  });
});

describe('fact-sheet lines', () => {
  const text = [
    'Profile: The Northern Customs Partnership',
    '',
    '- Founded: 2011, by Norway, Finland and Estonia',
    '- Headquarters: Oslo, Norway',
    '- Secretary General: Maria Lindqvist (since 2020)',
    '- Members: Norway, Finland, Estonia, Latvia',
    '- Partners: Europol, INTERPOL',
    '',
  ].join('\n');
  const { rels } = run(text);
  it('reads founders, seat, head, members and partners of the body the page is about', () => {
    expect(has(rels, 'Norway', 'FOUNDED', 'Northern Customs Partnership')).toBe(true);
    expect(has(rels, 'Northern Customs Partnership', 'LOCATED_IN', 'Oslo')).toBe(true);
    expect(has(rels, 'Northern Customs Partnership', 'LOCATED_IN', 'Norway')).toBe(false);
    expect(has(rels, 'Maria Lindqvist', 'HOLDS_POSITION', 'Northern Customs Partnership')).toBe(true);
    expect(has(rels, 'Latvia', 'MEMBER_OF', 'Northern Customs Partnership')).toBe(true);
    expect(rels.some((x) => x.type === 'COOPERATES_WITH' && [x.s, x.t].includes('Europol') && [x.s, x.t].includes('Northern Customs Partnership'))).toBe(true);
  });

  it('ignores lines whose label is not a field word, and bullets under a "following ...:" heading', () => {
    const r = run('Note: Oslo hosted the talks.\n\nThe board elected the following members of the Steering Committee:\n\n- Vice-Chair for Europe: Colonel Anja Brekke (Norway)\n').rels;
    expect(r.some((x) => x.type === 'HOLDS_POSITION' && x.t === 'Steering Committee' && x.p.role === 'vice-chair for europe')).toBe(false);
  });
});
