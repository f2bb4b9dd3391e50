// The view in a URL: what a link carries round-trips, and a damaged link is refused, not trusted.
import { describe, expect, it } from 'vitest';
import { addElements, setFilters, setPinned } from '../../../client/src/core/state.js';
import { emptyState } from '../../../client/src/core/types.js';
import { decodeView, encodeView, pack, toShared, unpack, viewCodeOf } from '../../../client/src/core/url-state.js';
import { edge, node } from './fixtures.js';

function view() {
  let s = addElements(emptyState(), [
    { node: node('person:hu-binchen'), position: { x: 10.4, y: -20.6 } },
    { node: node('org:ministry of "public" security'), position: { x: 300, y: 40 } },
  ], [edge('e', 'person:hu-binchen', 'org:ministry of "public" security')]);
  s = setPinned(s, ['person:hu-binchen'], true);
  s = setFilters(s, { hiddenEntityTypes: ['Location'], minConfidence: 0.6, dateRange: { from: '2019-01-01', to: '2020-12-31' } });
  return { ...s, display: { sizeBy: 'pagerank' as const, colorBy: 'community' as const, layout: 'grid' as const }, selection: 'person:hu-binchen' };
}

describe('URL state', () => {
  it('round-trips ids, rounded positions, flags, filters, display and selection', async () => {
    const code = await encodeView(toShared(view()));
    expect(code).toMatch(/^z[A-Za-z0-9_-]+$/);
    const back = await decodeView(code);
    expect(back).toEqual({
      nodes: [
        { id: 'person:hu-binchen', x: 10, y: -21, hidden: false, pinned: true },
        { id: 'org:ministry of "public" security', x: 300, y: 40, hidden: false, pinned: false },
      ],
      filters: { hiddenEntityTypes: ['Location'], hiddenRelationTypes: [], minConfidence: 0.6, dateRange: { from: '2019-01-01', to: '2020-12-31' } },
      display: { sizeBy: 'pagerank', colorBy: 'community', layout: 'grid' },
      selection: 'person:hu-binchen',
    });
  });

  it('stays compact for a few hundred nodes', async () => {
    const placed = Array.from({ length: 300 }, (_, i) => ({ node: node(`person:someone-number-${i}`), position: { x: i * 7, y: i * 3 } }));
    const code = await encodeView(toShared(addElements(emptyState(), placed, [])));
    expect(code.length).toBeLessThan(pack(toShared(addElements(emptyState(), placed, []))).length / 2);
  });

  it('refuses damaged or foreign payloads and falls back on bad fields', async () => {
    expect(await decodeView('z!!!')).toBeNull();
    expect(await decodeView('qabc')).toBeNull();
    expect(unpack('{"v":2,"n":[]}')).toBeNull();
    expect(unpack('not json')).toBeNull();
    const odd = unpack('{"v":1,"n":[["a","x",null,2],[5]],"c":7,"dr":["2019","x"],"d":["huge","rainbow","spiral"]}');
    expect(odd).toEqual({
      nodes: [{ id: 'a', x: 0, y: 0, hidden: false, pinned: true }],
      filters: { hiddenEntityTypes: [], hiddenRelationTypes: [], minConfidence: 0, dateRange: null },
      display: { sizeBy: 'degree', colorBy: 'type', layout: 'fcose' },
      selection: null,
    });
  });

  it('finds the view code in a hash', () => {
    expect(viewCodeOf('#view=zAbC-_1')).toBe('zAbC-_1');
    expect(viewCodeOf('#other=1&view=zX')).toBe('zX');
    expect(viewCodeOf('#nothing')).toBeNull();
  });
});
