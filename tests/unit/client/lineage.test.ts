// What a change touched, followed from the maps state.ts makes back to the map shown (core/lineage.ts), and the
// visibility worked out from it (core/filters.ts): the same as comparing every entry, whatever the changes.
import { describe, expect, it } from 'vitest';
import { visibility, visibilityAfter } from '../../../client/src/core/filters.js';
import { LINEAGE, touchedBetween, touchedSince } from '../../../client/src/core/lineage.js';
import { addElements, movePositions, removeNodes, setFilters, setHidden, setPinned } from '../../../client/src/core/state.js';
import { emptyState, type ViewState } from '../../../client/src/core/types.js';
import { edge, node } from './fixtures.js';

const types = ['Person', 'Organization', 'Location'] as const;

function start(): ViewState {
  const placed = Array.from({ length: 12 }, (_, i) => ({ node: node(`n${i}`, { type: types[i % 3] }), position: { x: i, y: 0 } }));
  const edges = Array.from({ length: 20 }, (_, i) => edge(`e${i}`, `n${i % 12}`, `n${(i * 5 + 1) % 12}`, { confidence: (i % 4) / 4 + 0.1 }));
  return setFilters(addElements(emptyState(), placed, edges), { hiddenEntityTypes: ['Location'], minConfidence: 0.3 });
}

/** Every edge of `id` in `state`: what the canvas showing it would give. */
const edgesOf = (state: ViewState) => (id: string) => [...state.edges.values()].filter((e) => e.source === id || e.target === id).map((e) => e.id);

describe('what a change touched', () => {
  it('gathers the keys of every step from the map shown to the new one, and nothing for the same map', () => {
    const a = start();
    const b = setHidden(a, ['n1'], true);
    const c = removeNodes(b, ['n2']);
    const d = addElements(c, [{ node: node('x'), position: { x: 0, y: 0 } }], [edge('ex', 'x', 'n3')]);
    expect(touchedSince(a.nodes, a.nodes)).toEqual(new Set());
    expect(touchedSince(a.nodes, d.nodes)).toEqual(new Set(['n1', 'n2', 'x']));
    // n2's edges went with it.
    const goneEdges = [...a.edges.values()].filter((e) => e.source === 'n2' || e.target === 'n2').map((e) => e.id);
    expect(touchedSince(a.edges, d.edges)).toEqual(new Set([...goneEdges, 'ex']));
    expect(touchedSince(b.edges, b.edges)).toEqual(new Set());
    // Either way: an undo of those steps touches the same keys.
    expect(touchedSince(d.nodes, a.nodes)).toBeUndefined();
    expect(touchedBetween(d.nodes, a.nodes)).toEqual(new Set(['n1', 'n2', 'x']));
  });

  it('knows nothing of a map not made from the one shown (an undo back, a restored link), nor past its limits', () => {
    const a = start();
    const b = setPinned(a, ['n1'], true);
    expect(touchedSince(b.nodes, a.nodes)).toBeUndefined();
    expect(touchedSince(start().nodes, b.nodes)).toBeUndefined();
    let far = a;
    for (let i = 0; i <= LINEAGE.steps; i++) far = movePositions(far, new Map([['n0', { x: i + 10, y: 0 }]]));
    expect(touchedSince(a.nodes, far.nodes)).toBeUndefined();
    const many = addElements(a, Array.from({ length: LINEAGE.keys + 1 }, (_, i) => ({ node: node(`m${i}`), position: { x: 0, y: 0 } })), []);
    expect(touchedSince(a.nodes, many.nodes)).toBeUndefined();
  });

  it('gives the visibility a full pass gives, after any run of changes', () => {
    let state = start();
    let seed = 7;
    const pick = (n: number) => { seed = (seed * 16807) % 2147483647; return seed % n; };
    const ids = (s: ViewState) => [...s.nodes.keys()];
    const changes: Array<(s: ViewState, i: number) => ViewState> = [
      (s, i) => setHidden(s, [ids(s)[pick(ids(s).length)]!], i % 2 === 0),
      (s) => removeNodes(s, [ids(s)[pick(ids(s).length)]!]),
      (s, i) => addElements(s, [{ node: node(`a${i}`, { type: types[i % 3] }), position: { x: 0, y: 0 } }], [edge(`ae${i}`, `a${i}`, ids(s)[pick(ids(s).length)]!, { confidence: (i % 3) / 3 })]),
      (s, i) => addElements(s, [], [edge(`b${i}`, ids(s)[pick(ids(s).length)]!, ids(s)[pick(ids(s).length)]!)]),
    ];
    for (let i = 0; i < 80; i++) {
      let next = state;
      for (let k = 0; k <= pick(3); k++) next = changes[pick(changes.length)]!(next, i * 10 + k);
      const touched = { nodes: touchedSince(state.nodes, next.nodes)!, edges: touchedSince(state.edges, next.edges)! };
      const after = visibilityAfter(visibility(state), next, touched.nodes, touched.edges, edgesOf(state));
      const full = visibility(next);
      expect([...after.nodes].sort(), `change ${i}`).toEqual([...full.nodes].sort());
      expect([...after.edges].sort(), `change ${i}`).toEqual([...full.edges].sort());
      state = next;
    }
  });
});
