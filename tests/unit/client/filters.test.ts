// Filters: entity and relation types, confidence, dates (undated edges pass), legend counts.
import { describe, expect, it } from 'vitest';
import { countByType, dateAt, dateBounds, dayIndex, passesDates, visibility } from '../../../client/src/core/filters.js';
import { addElements, setFilters, setHidden } from '../../../client/src/core/state.js';
import { emptyState } from '../../../client/src/core/types.js';
import { edge, node } from './fixtures.js';

function canvas() {
  return addElements(emptyState(), [
    { node: node('p'), position: { x: 0, y: 0 } },
    { node: node('o', { type: 'Organization' }), position: { x: 0, y: 0 } },
    { node: node('l', { type: 'Location' }), position: { x: 0, y: 0 } },
  ], [
    edge('po', 'p', 'o', { confidence: 0.9, validFrom: '2019-01-01', validTo: '2020-06-30' }),
    edge('ol', 'o', 'l', { type: 'LOCATED_IN', confidence: 0.5 }),
    edge('pl', 'p', 'l', { type: 'NATIONALITY', confidence: 0.7, validFrom: '2022-03-01', validTo: null }),
  ]);
}

describe('filters', () => {
  it('shows everything with no filter', () => {
    const v = visibility(canvas());
    expect([...v.nodes]).toEqual(['p', 'o', 'l']);
    expect([...v.edges]).toEqual(['po', 'ol', 'pl']);
  });

  it('hides an entity type with its edges', () => {
    const v = visibility(setFilters(canvas(), { hiddenEntityTypes: ['Organization'] }));
    expect([...v.nodes]).toEqual(['p', 'l']);
    expect([...v.edges]).toEqual(['pl']);
  });

  it('hides a relation type, and edges under the confidence threshold', () => {
    expect([...visibility(setFilters(canvas(), { hiddenRelationTypes: ['LOCATED_IN'] })).edges]).toEqual(['po', 'pl']);
    expect([...visibility(setFilters(canvas(), { minConfidence: 0.75 })).edges]).toEqual(['po']);
  });

  it('hides nodes hidden by hand, and edges to them', () => {
    const v = visibility(setHidden(canvas(), ['l'], true));
    expect([...v.edges]).toEqual(['po']);
  });

  it('keeps edges whose dates overlap the range, and every undated edge', () => {
    const v = visibility(setFilters(canvas(), { dateRange: { from: '2021-01-01', to: '2023-01-01' } }));
    expect([...v.edges]).toEqual(['ol', 'pl']);
    expect(passesDates({ validFrom: null, validTo: '2018-12-31' }, { from: '2019-01-01', to: '2019-12-31' })).toBe(false);
    expect(passesDates({ validFrom: null, validTo: null }, { from: '2019-01-01', to: '2019-12-31' })).toBe(true);
    expect(passesDates({}, { from: '2019-01-01', to: '2019-12-31' })).toBe(true);
  });

  it('finds the date span of the canvas and steps through it by day', () => {
    expect(dateBounds(canvas().edges.values())).toEqual({ from: '2019-01-01', to: '2022-03-01' });
    expect(dateBounds([{ validFrom: null, validTo: null }])).toBeNull();
    expect(dayIndex('2019-01-01', '2019-02-01')).toBe(31);
    expect(dateAt('2019-01-01', 31)).toBe('2019-02-01');
  });

  it('counts shown and total per type for the legend', () => {
    const s = setFilters(canvas(), { hiddenEntityTypes: ['Location'] });
    const counts = countByType(s, visibility(s));
    expect(counts.entities).toEqual({ shown: { Person: 1, Organization: 1 }, total: { Person: 1, Organization: 1, Location: 1 } });
    expect(counts.relations.shown).toEqual({ HOLDS_POSITION: 1 });
  });
});
