// Restoring a shared view: only the edges that were drawn come back, and each
// expansion with its paging, so "(+N)", "+N more" and Collapse carry on.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../client/src/api.js';
import { nextOffset, recordPage, remainingTotal } from '../../../client/src/core/expansion.js';
import { addElements, collapseSet, setExpansion } from '../../../client/src/core/state.js';
import { emptyState, type ViewState } from '../../../client/src/core/types.js';
import { decodeView, encodeView, toShared, unpack } from '../../../client/src/core/url-state.js';
import { restoreView } from '../../../client/src/share.js';
import type { GraphEdge, NodeDetail } from '../../../client/src/types.js';
import { edge, node } from './fixtures.js';

const EDGES: GraphEdge[] = [
  edge('e-hub-a', 'hub', 'a'), edge('e-hub-b', 'hub', 'b'), edge('e-hub-c', 'hub', 'c'),
  edge('e-a-b', 'a', 'b', { type: 'MET_WITH', symmetric: true }),
];

/** A server that knows hub, a, b, c and the edges above. */
const api = {
  node: async (id: string): Promise<NodeDetail> => ({
    node: node(id), merges: [], degreeByType: {}, neighbors: [], documents: [],
    edges: EDGES.filter((e) => e.source === id || e.target === id).map((e) => ({ ...e, evidence: [] })),
  }),
} as unknown as Api;

function expandedView(): ViewState {
  let s = addElements(emptyState(), ['hub', 'a', 'b'].map((id, i) => ({ node: node(id), position: { x: i * 100, y: 0 } })), []);
  const page = { center: node('hub'), nodes: [node('a'), node('b')], edges: EDGES.slice(0, 2), hidden: { HOLDS_POSITION: 5 }, total: 7 };
  s = addElements(s, [], page.edges);
  return setExpansion(s, 'hub', recordPage(undefined, { kind: 'all' }, page, ['a', 'b']));
}

describe('restoreView', () => {
  it('brings back the drawn edges only, and the expansion with its paging', async () => {
    const before = expandedView();
    const shared = (await decodeView(await encodeView(toShared(before))))!;
    const { state, missing } = await restoreView(api, shared);
    expect(missing).toEqual([]);
    // a–b exists on the server but was never drawn: it stays off the canvas.
    expect([...state.edges.keys()].sort()).toEqual(['e-hub-a', 'e-hub-b']);
    expect(state.expansions.get('hub')).toEqual(before.expansions.get('hub'));
    expect(remainingTotal(state.expansions.get('hub'))).toBe(5);
    expect(nextOffset(state.expansions.get('hub'), { kind: 'all' })).toBe(2);
    expect(collapseSet(state, 'hub').sort()).toEqual(['a', 'b']);
  });

  it('draws every edge among the nodes for a link made before edges were recorded', async () => {
    const old = unpack('{"v":1,"n":[["hub",0,0,0],["a",1,0,0],["b",2,0,0]],"d":["degree","type","fcose"]}')!;
    const { state } = await restoreView(api, old);
    expect([...state.edges.keys()].sort()).toEqual(['e-a-b', 'e-hub-a', 'e-hub-b']);
    expect(state.expansions.size).toBe(0);
  });

  it('drops what the server no longer knows', async () => {
    const shared = toShared(expandedView());
    shared.nodes.push({ id: 'gone', x: 0, y: 0, hidden: false, pinned: false });
    const failing = { node: (id: string) => (id === 'gone' ? Promise.reject(new Error('404')) : api.node(id)) } as unknown as Api;
    const { state, missing } = await restoreView(failing, shared);
    expect(missing).toEqual(['gone']);
    expect(state.nodes.has('gone')).toBe(false);
    expect(state.expansions.get('hub')!.added).toEqual(['a', 'b']);
  });
});
