// What changed between two view states: the canvas skips its pass over every element
// when only places changed (a drag).
import { describe, expect, it } from 'vitest';
import { onlyPlacesChanged } from '../../../client/src/core/diff.js';
import { addElements, movePositions, setFilters, setPinned } from '../../../client/src/core/state.js';
import { emptyState } from '../../../client/src/core/types.js';
import { edge, node } from './fixtures.js';

const start = addElements(emptyState(), [{ node: node('a'), position: { x: 0, y: 0 } }, { node: node('b'), position: { x: 50, y: 0 } }], [edge('e1', 'a', 'b')]);

describe('view state differences', () => {
  it('sees a move, and nothing but a move, as a change of places only', () => {
    const moved = movePositions(start, new Map([['a', { x: 10, y: 10 }]]));
    expect(onlyPlacesChanged(start, moved)).toBe(true);
    expect(onlyPlacesChanged(start, setPinned(moved, ['a'], true))).toBe(false);
    expect(onlyPlacesChanged(start, setFilters(start, { minConfidence: 0.5 }))).toBe(false);
  });
});
