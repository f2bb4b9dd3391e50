// The renderer's split of its elements into the drag layer and the rest, made from
// the flags Cytoscape's own collection methods read, on real Cytoscape elements.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { fastGrabLists, markUnflagged, nothingFlagged, splitByDragLayer } from '../../../client/src/graph/grab-lists.js';

function graph() {
  const cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: 'parent' } },
      { data: { id: 'a', parent: 'parent' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
  const eles = cy.elements().toArray() as unknown as Array<{ id(): string; _private: { group: 'nodes' | 'edges'; grabbed?: boolean; rscratch: { inDragLayer?: boolean } } }>;
  const byId = (id: string) => eles.find((e) => e.id() === id)!;
  return { eles, byId };
}

const ids = (list: unknown[] | undefined) => (list ?? []).map((e) => (e as { id(): string }).id());

describe('drag layer lists', () => {
  it('puts grabbed nodes last on the drag layer, their neighbourhood before them, and keeps the order of the rest', () => {
    const { eles, byId } = graph();
    // A person grabs b: Cytoscape marks b grabbed and b with its edges and neighbours as on the drag layer.
    byId('b')._private.grabbed = true;
    for (const id of ['b', 'a', 'c', 'ab', 'bc']) byId(id)._private.rscratch.inDragLayer = true;
    const sorted = [...eles] as Parameters<typeof splitByDragLayer>[0];
    splitByDragLayer(sorted);
    expect(ids(sorted.drag)).toEqual(['a', 'c', 'ab', 'bc', 'b']);
    expect(ids(sorted.nondrag)).toEqual(['parent']);
  });

  it('leaves a grabbed parent where its drag-layer flag puts it, as the renderer does', () => {
    const { eles, byId } = graph();
    byId('parent')._private.grabbed = true;
    const sorted = [...eles] as Parameters<typeof splitByDragLayer>[0];
    splitByDragLayer(sorted);
    expect(ids(sorted.drag)).toEqual([]);
    expect(ids(sorted.nondrag)).toEqual(['parent', 'a', 'b', 'c', 'ab', 'bc']);
  });

  it('stands in for the renderer method, and waits for a sorted list when there is none', () => {
    const { eles, byId } = graph();
    byId('c')._private.grabbed = true;
    const renderer: { cachedZSortedEles?: Parameters<typeof splitByDragLayer>[0] | null; updateCachedGrabbedEles?: () => void } = {
      cachedZSortedEles: null,
      updateCachedGrabbedEles: () => { throw new Error('the slow one'); },
    };
    fastGrabLists(renderer);
    expect(() => renderer.updateCachedGrabbedEles!()).not.toThrow();
    renderer.cachedZSortedEles = [...eles] as Parameters<typeof splitByDragLayer>[0];
    renderer.updateCachedGrabbedEles!();
    expect(ids(renderer.cachedZSortedEles.drag)).toEqual(['c']);
  });

  it('puts everything in the rest, in order, when nothing is on the drag layer (after a release)', () => {
    const { eles } = graph();
    const sorted = [...eles] as Parameters<typeof splitByDragLayer>[0];
    splitByDragLayer(sorted);
    expect(ids(sorted.drag)).toEqual([]);
    expect(ids(sorted.nondrag)).toEqual(['parent', 'a', 'b', 'c', 'ab', 'bc']);
    // A list of its own, not the sorted list itself (the renderer adds properties to that one).
    expect(sorted.nondrag).not.toBe(sorted);
  });

  it('splits a long list as going through it one element at a time would, wherever the marked ones are', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    type P = { group: 'nodes' | 'edges'; grabbed?: boolean; children?: unknown[]; rscratch: { inDragLayer?: boolean } };
    for (let round = 0; round < 20; round++) {
      const list = Array.from({ length: 2000 }, (_, i) => ({
        i,
        _private: {
          group: random() < 0.4 ? 'nodes' : 'edges',
          grabbed: random() < 0.003,
          children: random() < 0.05 ? [{}] : [],
          rscratch: { inDragLayer: random() < (round % 2 ? 0.01 : 0.3) },
        } as P,
      }));
      // The first and last elements marked too, in some rounds: runs at the ends.
      if (round % 3 === 0) { list[0]!._private.rscratch.inDragLayer = true; list[1999]!._private.grabbed = true; }
      const drag: unknown[] = [];
      const grabbed: unknown[] = [];
      const nondrag: unknown[] = [];
      for (const ele of list) {
        const p = ele._private;
        if (p.grabbed && !(p.group === 'nodes' && (p.children?.length ?? 0) !== 0)) grabbed.push(ele);
        else if (p.rscratch.inDragLayer) drag.push(ele);
        else nondrag.push(ele);
      }
      const sorted = [...list] as unknown as Parameters<typeof splitByDragLayer>[0];
      splitByDragLayer(sorted);
      expect(sorted.drag).toEqual([...drag, ...grabbed]);
      expect(sorted.nondrag).toEqual(nondrag);
    }
  });

  it('clears a release by going over the flagged elements only, and the split that follows knows none is left', async () => {
    const { eles, byId } = graph();
    byId('b')._private.grabbed = true;
    for (const id of ['b', 'a', 'ab']) byId(id)._private.rscratch.inDragLayer = true;
    const sorted = [...eles] as Parameters<typeof splitByDragLayer>[0];
    splitByDragLayer(sorted);
    // What Cytoscape's freeDraggedElements does on a release: every element of the list, flags off, then the split.
    const visited: string[] = [];
    sorted.forEach((ele) => {
      visited.push((ele as unknown as { id(): string }).id());
      ele._private.grabbed = false;
      ele._private.rscratch.inDragLayer = false;
    });
    expect(visited).toEqual(['a', 'b', 'ab']);
    expect(eles.filter((e) => e._private.grabbed || e._private.rscratch.inDragLayer)).toEqual([]);
    splitByDragLayer(sorted);
    expect(ids(sorted.drag)).toEqual([]);
    expect(ids(sorted.nondrag)).toEqual(['parent', 'a', 'b', 'c', 'ab', 'bc']);
    // With nothing flagged (the release that ends a pan) there is nothing to clear: no element is visited,
    // and the split that follows reads no flag either.
    const all: string[] = [];
    sorted.forEach((ele) => all.push((ele as unknown as { id(): string }).id()));
    expect(all).toEqual([]);
    // (A flag set behind its back, which cannot happen between a release and its split, shows it reads none.)
    byId('a')._private.rscratch.inDragLayer = true;
    splitByDragLayer(sorted);
    expect(ids(sorted.drag)).toEqual([]);
    byId('a')._private.rscratch.inDragLayer = false;
    // A split in a later task reads the flags again: a new press is seen.
    await Promise.resolve();
    byId('c')._private.grabbed = true;
    splitByDragLayer(sorted);
    expect(ids(sorted.drag)).toEqual(['c']);
  });

  it('knows nothing is flagged from a split that found nothing until the renderer asks for another', () => {
    const { eles, byId } = graph();
    type Sorted = Parameters<typeof splitByDragLayer>[0];
    const renderer: { cachedZSortedEles: Sorted | null; updateCachedGrabbedEles?: () => void } = { cachedZSortedEles: [...eles] as Sorted, updateCachedGrabbedEles: () => {} };
    fastGrabLists(renderer);
    expect(nothingFlagged(renderer)).toBe(false);
    renderer.updateCachedGrabbedEles!();
    expect(nothingFlagged(renderer)).toBe(true);
    // A press: Cytoscape flags the node, then asks for the split.
    byId('b')._private.grabbed = true;
    renderer.updateCachedGrabbedEles!();
    expect(nothingFlagged(renderer)).toBe(false);
    byId('b')._private.grabbed = false;
    renderer.updateCachedGrabbedEles!();
    expect(nothingFlagged(renderer)).toBe(true);
    // Asked while it has no sorted list (thrown away by a change): the flags may be set and are not known.
    renderer.cachedZSortedEles = null;
    byId('c')._private.grabbed = true;
    renderer.updateCachedGrabbedEles!();
    expect(nothingFlagged(renderer)).toBe(false);
  });

  it('relies on Cytoscape flagging elements only where it then asks for the split', () => {
    const source = readFileSync(new URL('../../../node_modules/cytoscape/dist/cytoscape.esm.mjs', import.meta.url), 'utf8');
    // The flags are set true in two helpers only.
    expect(source.match(/inDragLayer = true/g)).toHaveLength(1);
    expect(source).not.toMatch(/\.grabbed = true/);
    expect(source.match(/setGrabState\(ele, true\)/g)).toHaveLength(1);
    // The helpers that call them are defined in one stretch of the renderer and called from there or from addNodesToDrag only,
    const start = source.indexOf('var setInDragLayer = function');
    const end = source.indexOf('var blurActiveDomElement = function');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    for (const helper of ['setInDragLayer', 'setGrabbed', 'addToDragList', 'addDescendantsToDrag', 'updateAncestorsInDragLayer']) {
      for (const m of source.matchAll(new RegExp(`\\b${helper}\\b`, 'g'))) {
        const definition = source.indexOf('var setGrabbed = function setGrabbed(');
        if (m.index! >= definition && m.index! < definition + 40) continue; // defined above the renderer
        expect(m.index! >= start && m.index! < end, `${helper} used outside the drag helpers`).toBe(true);
      }
    }
    // and addNodesToDrag asks for the split once it has set them.
    const add = source.slice(source.indexOf('var addNodesToDrag = function'), source.indexOf('var addNodeToDrag = addNodesToDrag'));
    expect(add.trimEnd()).toMatch(/r\.updateCachedGrabbedEles\(\);\s*\};$/);
  });

  it('splits a list said to hold no flagged element without reading the flags, once', () => {
    const { eles, byId } = graph();
    const sorted = [...eles] as Parameters<typeof splitByDragLayer>[0];
    markUnflagged(sorted);
    // Set behind the split's back, which a list so marked says cannot happen: only the next split sees it.
    byId('a')._private.rscratch.inDragLayer = true;
    expect(splitByDragLayer(sorted)).toBe(true);
    expect(ids(sorted.drag)).toEqual([]);
    expect(splitByDragLayer(sorted)).toBe(false);
    expect(ids(sorted.drag)).toEqual(['a']);
  });

  it('relies on Cytoscape going over its sorted list with forEach only to free a drag', () => {
    // Read the renderer's source: the list is read by index everywhere else, so only this call sees the shortcut.
    const source = readFileSync(new URL('../../../node_modules/cytoscape/dist/cytoscape.esm.mjs', import.meta.url), 'utf8');
    const uses = [...source.matchAll(/getCachedZSortedEles\(\)(\.\w+)?/g)].map((m) => m[1] ?? '');
    expect(uses.filter((u) => u === '.forEach')).toHaveLength(1);
    const free = source.slice(source.indexOf('var freeDraggedElements = function'), source.indexOf('var freeDraggedElements = function') + 500);
    expect(free).toMatch(/r\.getCachedZSortedEles\(\)\.forEach\([\s\S]*?\}\);\s*r\.updateCachedGrabbedEles\(\);/);
    // The lists kept in variables are read by index or iterator, never with forEach.
    for (const [, name] of source.matchAll(/var (\w+) = (?:r|this)\.getCachedZSortedEles\(\);/g)) {
      const at = source.indexOf(`var ${name} = `);
      expect(source.slice(at, at + 3000)).not.toMatch(new RegExp(`\\b${name}\\.forEach\\(`));
    }
  });
});
