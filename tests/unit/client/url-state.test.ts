// The view in a URL: what a link carries round-trips, and a damaged link is refused, not trusted.
import { describe, expect, it } from 'vitest';
import { recordPage } from '../../../client/src/core/expansion.js';
import { addElements, removeNodes, setExpansion, setFilters, setPinned } from '../../../client/src/core/state.js';
import { emptyState, type ViewState } from '../../../client/src/core/types.js';
import { decodeView, encodeView, fromColumns, pack, toColumns, toShared, unpack, viewCodeOf } from '../../../client/src/core/url-state.js';
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
      edges: [{ type: 'HOLDS_POSITION', source: 'person:hu-binchen', target: 'org:ministry of "public" security' }],
      filters: { hiddenEntityTypes: ['Location'], hiddenRelationTypes: [], minConfidence: 0.6, dateRange: { from: '2019-01-01', to: '2020-12-31' } },
      display: { sizeBy: 'pagerank', colorBy: 'community', layout: 'grid' },
      selection: 'person:hu-binchen',
    });
  });

  it('writes the same link from the columns the page hands its worker as from the whole view', async () => {
    let s: ViewState = view();
    // More nodes and edge types, a hidden node, an expansion, and an edge whose other end is not on the canvas.
    s = addElements(s, [{ node: node('place:x'), position: { x: 5, y: 5 } }, { node: node('event:y'), position: { x: -7.5, y: 2 } }], [
      edge('m', 'place:x', 'event:y', { type: 'MET_WITH', symmetric: true }), edge('p', 'event:y', 'person:hu-binchen', { type: 'PARTICIPATED_IN' }),
    ]);
    s = { ...s, nodes: new Map(s.nodes).set('place:x', { ...s.nodes.get('place:x')!, hidden: true }) };
    s = setExpansion(s, 'event:y', recordPage(undefined, { kind: 'all' }, { center: node('event:y'), nodes: [node('place:x')], edges: [edge('m', 'place:x', 'event:y')], hidden: { LOCATED_IN: 3 }, total: 4 }, ['place:x']));
    s = { ...s, edges: new Map(s.edges).set('dangling', edge('dangling', 'event:y', 'person:not-drawn')) };
    const columns = structuredClone(toColumns(s));
    expect(columns.edgeTypes).toEqual(['HOLDS_POSITION', 'MET_WITH', 'PARTICIPATED_IN']);
    expect(await encodeView(fromColumns(columns))).toBe(await encodeView(toShared(s)));
    expect((await decodeView(await encodeView(fromColumns(columns))))?.nodes.find((n) => n.id === 'place:x')).toMatchObject({ hidden: true, pinned: false });
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

  it('carries the drawn edges and each expansion (paging offsets, counts, fetched edges, added nodes) as node indices', async () => {
    let s = addElements(emptyState(), [
      { node: node('hub'), position: { x: 0, y: 0 } },
      { node: node('a'), position: { x: 10, y: 0 } },
      { node: node('b'), position: { x: 20, y: 0 } },
      { node: node('c'), position: { x: 30, y: 0 } },
    ], [edge('e1', 'hub', 'a'), edge('e2', 'b', 'hub', { type: 'MET_WITH', symmetric: true }), edge('e3', 'hub', 'c')]);
    const page = { center: node('hub'), nodes: [node('a'), node('b'), node('c')], edges: [...s.edges.values()], hidden: { HOLDS_POSITION: 4 }, total: 7 };
    s = setExpansion(s, 'hub', recordPage(undefined, { kind: 'all' }, page, ['a', 'b', 'c']));
    s = removeNodes(s, ['c']); // e3 stays fetched (paging counts it) but is no longer drawn
    const back = (await decodeView(await encodeView(toShared(s))))!;
    expect(back.edges).toEqual([
      { type: 'HOLDS_POSITION', source: 'hub', target: 'a' },
      { type: 'MET_WITH', source: 'b', target: 'hub' },
    ]);
    expect(back.expansions).toEqual([{
      id: 'hub', offsets: { '*': 3 }, counts: { HOLDS_POSITION: 6, MET_WITH: 1 },
      loaded: { HOLDS_POSITION: [{ via: 'a' }, { edge: 'e3' }], MET_WITH: [{ via: 'b' }] },
      added: ['a', 'b'],
    }]);
    // Indices, not ids: the edges add little to the payload.
    expect(pack(back)).toContain('"e":{"HOLDS_POSITION":[0,1],"MET_WITH":[2,0]}');
  });

  it('still opens links made before edges and expansions were recorded', () => {
    const old = unpack('{"v":1,"n":[["a",1,2,0],["b",3,4,1]],"d":["degree","type","fcose"]}')!;
    expect(old.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(old.edges).toBeUndefined();
    expect(old.expansions).toBeUndefined();
    // Bad references are dropped, not trusted.
    const odd = unpack('{"v":1,"n":[["a",0,0,0]],"e":{"X":[0,9,0]},"x":[[0,{"*":-1,"y":2},{},{"T":[7,"rel:1",{}]},[0,5]],[4]]}')!;
    expect(odd.edges).toEqual([]);
    expect(odd.expansions).toEqual([{ id: 'a', offsets: { y: 2 }, counts: {}, loaded: { T: [{ edge: 'rel:1' }] }, added: ['a'] }]);
  });

  it('finds the view code in a hash', () => {
    expect(viewCodeOf('#view=zAbC-_1')).toBe('zAbC-_1');
    expect(viewCodeOf('#other=1&view=zX')).toBe('zX');
    expect(viewCodeOf('#nothing')).toBeNull();
  });
});
