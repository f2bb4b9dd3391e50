// Pure helpers of the side panels: document text split at mentions and
// evidence, query cells as text, where a refused query failed.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../client/src/api.js';
import { textRuns } from '../../../client/src/panels/document-text.js';
import { cell, errorPosition } from '../../../client/src/panels/query-panel.js';

const m = (entityId: string, start: number, end: number) => ({ entityId, name: entityId, type: 'Person', start, end });

describe('document text runs', () => {
  it('splits at mentions and at the evidence span, covering the text exactly', () => {
    const text = 'Ana met Bo in Rome.';
    const runs = textRuns(text, [m('ana', 0, 3), m('bo', 8, 10), m('rome', 14, 18)], { start: 4, end: 12 });
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => [r.text, r.mention?.entityId ?? null, r.evidence])).toEqual([
      ['Ana', 'ana', false], [' ', null, false], ['met ', null, true], ['Bo', 'bo', true], [' i', null, true], ['n ', null, false], ['Rome', 'rome', false], ['.', null, false],
    ]);
  });

  it('drops overlapping mentions and clamps offsets outside the text', () => {
    const runs = textRuns('abcdef', [m('long', 0, 4), m('inner', 1, 3), m('past', 5, 99)]);
    expect(runs.map((r) => [r.text, r.mention?.entityId ?? null])).toEqual([['abcd', 'long'], ['e', null], ['f', 'past']]);
  });

  it('keeps markup in the text as text', () => {
    const runs = textRuns('<script>x</script>', []);
    expect(runs).toEqual([{ text: '<script>x</script>', start: 0, evidence: false }]);
  });
});

describe('query console helpers', () => {
  it('shows entities by name and type, relations by type, other values as JSON', () => {
    expect(cell({ id: 'p', name: 'Ana', type: 'Person' })).toBe('Ana (Person)');
    expect(cell({ id: 'r', type: 'MEMBER_OF', source: 'a', target: 'b' })).toBe('MEMBER_OF: a → b');
    expect(cell(null)).toBe('—');
    expect(cell(3)).toBe('3');
    expect(cell([1, 'x'])).toBe('[1,"x"]');
  });

  it('finds where a query failed, from the server field or the engine message', () => {
    const text = 'MATCH (p:Person\nRETURN p';
    expect(errorPosition(new ApiError('QUERY_REJECTED', 'bad', 400, { position: { line: 1, column: 3, offset: 2 } }), text)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(errorPosition(new ApiError('QUERY_REJECTED', 'Parser exception: Invalid input (line: 2, offset: 0)', 400), text)).toEqual({ line: 2, column: 1, offset: 16 });
    expect(errorPosition(new ApiError('QUERY_REJECTED', 'no position', 400), text)).toBeUndefined();
    expect(errorPosition(new Error('x'), text)).toBeUndefined();
  });
});
