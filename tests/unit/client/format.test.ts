// Pure helpers of the panels, search box and API client.
import { describe, expect, it } from 'vitest';
import { ApiError, errorFrom, queryString } from '../../../client/src/api.js';
import { highlightSegments, propertyRows, relationPhrase } from '../../../client/src/panels/format.js';
import { nextIndex } from '../../../client/src/panels/search.js';

describe('relationPhrase', () => {
  const rel = { label: 'holds position at', inverseLabel: 'has position held by' };
  it('reads outgoing edges with the label and incoming ones with the inverse label', () => {
    const e = { source: 'p', target: 'o', symmetric: false };
    expect(relationPhrase(e, 'p', rel, 'X')).toEqual({ phrase: 'holds position at', otherId: 'o', outgoing: true });
    expect(relationPhrase(e, 'o', rel, 'X')).toEqual({ phrase: 'has position held by', otherId: 'p', outgoing: false });
  });
  it('reads symmetric edges the same from both ends, and falls back for unknown types', () => {
    expect(relationPhrase({ source: 'a', target: 'b', symmetric: true }, 'b', { label: 'met with', inverseLabel: 'met with' }, 'X').phrase).toBe('met with');
    expect(relationPhrase({ source: 'a', target: 'b', symmetric: false }, 'a', undefined, 'NEW_TYPE').phrase).toBe('NEW_TYPE');
  });
});

describe('highlightSegments', () => {
  it('marks every occurrence, case-insensitively, longest term first', () => {
    const segs = highlightSegments('Hu Binchen met hu binchen and Hu.', ['Hu', 'Hu Binchen']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['Hu Binchen', 'hu binchen', 'Hu']);
    expect(segs.map((s) => s.text).join('')).toBe('Hu Binchen met hu binchen and Hu.');
  });
  it('treats terms as text, not patterns', () => {
    const segs = highlightSegments('a (b) c.*d', ['(b)', '.*']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['(b)', '.*']);
  });
  it('returns the text unmarked when there is nothing to mark', () => {
    expect(highlightSegments('plain', [])).toEqual([{ text: 'plain', mark: false }]);
    expect(highlightSegments('', ['x'])).toEqual([]);
  });
});

it('lists relation properties in reading order, skipping empty ones', () => {
  expect(propertyRows({ end: '2020', role: 'director', start: '2018', status: '' })).toEqual([['role', 'director'], ['start', '2018'], ['end', '2020']]);
});

it('moves through suggestions with wrap-around', () => {
  expect(nextIndex(-1, 1, 3)).toBe(0);
  expect(nextIndex(-1, -1, 3)).toBe(2);
  expect(nextIndex(2, 1, 3)).toBe(0);
  expect(nextIndex(0, -1, 3)).toBe(2);
});

describe('the API client helpers', () => {
  it('builds query strings from defined values and comma-joins lists', () => {
    expect(queryString({ q: 'Hu Bin', limit: 5, types: ['Person', 'Location'], offset: undefined, relTypes: [] }))
      .toBe('?q=Hu+Bin&limit=5&types=Person%2CLocation');
    expect(queryString({})).toBe('');
  });
  it('reads the server\'s error body, or says what status came back', () => {
    const known = errorFrom({ error: { code: 'NODE_NOT_FOUND', message: 'No entity has the id "x".' } }, 404);
    expect(known).toBeInstanceOf(ApiError);
    expect([known.code, known.message, known.status]).toEqual(['NODE_NOT_FOUND', 'No entity has the id "x".', 404]);
    expect(errorFrom('<html>', 502).code).toBe('HTTP_502');
  });
});
