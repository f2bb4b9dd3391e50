// View-state transformations: adding without dangling edges, removing, collapse
// keeping what is linked elsewhere, pinned or expanded, and the store's undo.
import { describe, expect, it } from 'vitest';
import { nextOffset, recordPage, remaining, remainingTotal } from '../../../client/src/core/expansion.js';
import {
  addElements, collapse, collapseSet, movePositions, removeNodes, setExpansion, setHidden, setPinned,
} from '../../../client/src/core/state.js';
import { Store } from '../../../client/src/core/store.js';
import { emptyState, type ViewState } from '../../../client/src/core/types.js';
import { edge, node } from './fixtures.js';

const at = (id: string, x = 0, y = 0) => ({ node: node(id), position: { x, y } });

/** hub expanded to a, b, c; c is also linked to the outside node z. */
function expandedHub(): ViewState {
  let s = addElements(emptyState(), [at('hub'), at('a'), at('b'), at('c'), at('z')], [
    edge('e1', 'hub', 'a'), edge('e2', 'hub', 'b'), edge('e3', 'hub', 'c'), edge('e4', 'c', 'z'),
  ]);
  s = setExpansion(s, 'hub', { offsets: { '*': 3 }, counts: { HOLDS_POSITION: 5 }, loadedEdges: { HOLDS_POSITION: ['e1', 'e2', 'e3'] }, added: ['a', 'b', 'c'] });
  return s;
}

describe('view state', () => {
  it('adds nodes and only the edges whose both ends are present', () => {
    const s = addElements(emptyState(), [at('a'), at('b')], [edge('ab', 'a', 'b'), edge('ax', 'a', 'x')]);
    expect([...s.nodes.keys()]).toEqual(['a', 'b']);
    expect([...s.edges.keys()]).toEqual(['ab']);
  });

  it('keeps an existing node where it is when it is added again', () => {
    const s = addElements(addElements(emptyState(), [at('a', 5, 5)], []), [at('a', 99, 99)], []);
    expect(s.nodes.get('a')).toMatchObject({ x: 5, y: 5 });
  });

  it('removes nodes with their edges and forgets them in expansions', () => {
    const s = removeNodes(expandedHub(), ['c']);
    expect(s.nodes.has('c')).toBe(false);
    expect([...s.edges.keys()]).toEqual(['e1', 'e2']);
    expect(s.expansions.get('hub')!.added).toEqual(['a', 'b']);
  });

  it('collapses what an expansion added, keeping nodes linked elsewhere, pinned or expanded', () => {
    expect(collapseSet(expandedHub(), 'hub').sort()).toEqual(['a', 'b']);
    expect(collapseSet(setPinned(expandedHub(), ['a'], true), 'hub')).toEqual(['b']);
    const bExpanded = setExpansion(expandedHub(), 'b', { offsets: {}, counts: {}, loadedEdges: {}, added: [] });
    expect(collapseSet(bExpanded, 'hub')).toEqual(['a']);
    const after = collapse(expandedHub(), 'hub');
    expect([...after.nodes.keys()].sort()).toEqual(['c', 'hub', 'z']);
    expect(after.expansions.has('hub')).toBe(false);
  });

  it('keeps a chain of added nodes that leads to a node that stays', () => {
    let s = addElements(emptyState(), [at('hub'), at('a'), at('b'), at('z')], [edge('1', 'hub', 'a'), edge('2', 'a', 'b'), edge('3', 'b', 'z')]);
    s = setExpansion(s, 'hub', { offsets: {}, counts: {}, loadedEdges: {}, added: ['a', 'b'] });
    expect(collapseSet(s, 'hub')).toEqual([]);
  });

  it('returns the same state when nothing moved, so no undo step is recorded', () => {
    const s = addElements(emptyState(), [at('a', 1, 1)], []);
    expect(movePositions(s, new Map([['a', { x: 1.2, y: 1 }]]))).toBe(s);
    expect(movePositions(s, new Map([['a', { x: 40, y: 1 }]])).nodes.get('a')).toMatchObject({ x: 40 });
  });

  it('undoes and redoes through the store, telling subscribers', () => {
    const store = new Store();
    const kinds: string[] = [];
    store.subscribe((_, kind) => kinds.push(kind));
    store.commit('add', addElements(store.current, [at('a')], []));
    store.commit('hide', setHidden(store.current, ['a'], true));
    store.live({ ...store.current, selection: 'a' });
    expect(store.undo()).toBe(true);
    expect(store.current.nodes.get('a')!.hidden).toBe(false);
    expect(store.current.selection).toBe('a');
    store.undo();
    expect(store.current.nodes.size).toBe(0);
    store.redo();
    store.redo();
    expect(store.current.nodes.get('a')!.hidden).toBe(true);
    expect(kinds).toEqual(['commit', 'commit', 'live', 'undo', 'undo', 'redo', 'redo']);
  });
});

describe('expansion paging', () => {
  const page = (edges: ReturnType<typeof edge>[], hidden: Record<string, number>) => ({
    center: node('hub'), nodes: [], edges, hidden, total: 0,
  });

  it('counts what is left per relation type across pages and scopes', () => {
    let e = recordPage(undefined, { kind: 'all' }, page([edge('1', 'hub', 'a'), edge('2', 'hub', 'b', { type: 'MEMBER_OF' })], { HOLDS_POSITION: 4, MEMBER_OF: 2 }), ['a', 'b']);
    expect(remaining(e)).toEqual({ HOLDS_POSITION: 4, MEMBER_OF: 2 });
    expect(e.offsets).toEqual({ '*': 2 });
    // The next MEMBER_OF page starts after the MEMBER_OF edge the first page brought.
    expect(nextOffset(e, { kind: 'relation', type: 'MEMBER_OF' })).toBe(1);
    expect(nextOffset(e, { kind: 'all' })).toBe(2);
    expect(nextOffset(e, { kind: 'entity', type: 'Location' })).toBe(0);
    e = recordPage(e, { kind: 'relation', type: 'MEMBER_OF' }, page([edge('2', 'hub', 'b', { type: 'MEMBER_OF' }), edge('3', 'hub', 'c', { type: 'MEMBER_OF' })], { MEMBER_OF: 1 }), ['c']);
    expect(remaining(e)).toEqual({ HOLDS_POSITION: 4, MEMBER_OF: 1 });
    expect(e.offsets).toEqual({ '*': 2, 'rel:MEMBER_OF': 2 });
    expect(e.added).toEqual(['a', 'b', 'c']);
    // An entity-type page only sees some neighbours: its counts are not the node's.
    e = recordPage(e, { kind: 'entity', type: 'Location' }, page([edge('4', 'hub', 'd')], {}), ['d']);
    expect(remainingTotal(e)).toBe(4);
  });
});
