// The renderer's drawing order, sorted on keys read once per element, checked
// against Cytoscape's own sort on real elements: compound parents, edges under
// nodes, z-index, manual comparison, and elements restyled or removed since.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { fastZSort, lineageOf } from '../../../client/src/graph/z-sort.js';
import { MAX_FEW, watchOrder } from '../../../client/src/graph/z-keys.js';

type Sort = (this: unknown, forceRecalc?: boolean) => Array<{ id(): string }>;
const cytoscapeSort = (cytoscape as unknown as (kind: string, name: string) => { prototype: { getCachedZSortedEles: Sort } })('renderer', 'canvas').prototype.getCachedZSortedEles;

const style = [
  { selector: 'node', style: { 'z-index': 'data(z)' } },
  { selector: 'edge', style: { 'z-index': 'data(z)' } },
  { selector: '.top', style: { 'z-compound-depth': 'top' } },
  { selector: '.bottom', style: { 'z-compound-depth': 'bottom' } },
  { selector: '.manual', style: { 'z-index-compare': 'manual' } },
] as cytoscape.StylesheetJson;

/** A graph mixing every case the comparator distinguishes; `seed` varies the z-indices. */
function graph(seed: number, compounds: boolean): Core {
  let x = seed;
  const z = () => { x = (x * 1103515245 + 12345) % 2147483648; return x % 4; };
  const elements: cytoscape.ElementDefinition[] = [];
  if (compounds) elements.push({ data: { id: 'p', z: z() } }, { data: { id: 'q', parent: 'p', z: z() } });
  for (let i = 0; i < 40; i++) {
    const classes = i % 7 === 0 ? ['top'] : i % 11 === 0 ? ['bottom'] : i % 5 === 0 ? ['manual'] : [];
    elements.push({ data: { id: `n${i}`, z: z(), ...(compounds && i % 6 === 0 ? { parent: i % 12 === 0 ? 'p' : 'q' } : {}) }, classes });
  }
  for (let i = 0; i < 60; i++) elements.push({ data: { id: `e${i}`, source: `n${i % 40}`, target: `n${(i * 7 + 3) % 40}`, z: z() }, classes: i % 9 === 0 ? ['manual'] : [] });
  return cytoscape({ headless: true, styleEnabled: true, style, elements });
}

function orders(cy: Core): { theirs: string[]; ours: string[] } {
  const base = { cy, updateCachedGrabbedEles: () => {} };
  const theirs = cytoscapeSort.call({ ...base }, true).map((e) => e.id());
  const renderer = { ...base, cachedZSortedEles: null, getCachedZSortedEles: cytoscapeSort };
  fastZSort(renderer as never);
  const ours = (renderer.getCachedZSortedEles as Sort)(true).map((e) => e.id());
  return { theirs, ours };
}

describe('drawing order', () => {
  it.each([[1, false], [2, false], [3, true], [4, true]])('matches Cytoscape\'s sort (seed %i, compound nodes %s)', (seed, compounds) => {
    const { theirs, ours } = orders(graph(seed, compounds));
    expect(ours).toEqual(theirs);
    expect(new Set(ours).size).toBe(ours.length);
  });

  it('follows a restyle, a removal and an addition', () => {
    const cy = graph(5, true);
    cy.getElementById('n3').data('z', 9);
    cy.getElementById('e4').addClass('manual');
    cy.remove(cy.getElementById('n8'));
    cy.add({ data: { id: 'late', z: 0 } });
    const { theirs, ours } = orders(cy);
    expect(ours).toEqual(theirs);
    // Raised above every other z-index: only elements drawn at the top compound depth come after it.
    expect(ours.slice(ours.indexOf('n3') + 1).every((id) => cy.getElementById(id).hasClass('top'))).toBe(true);
  });

  it('keeps the list it sorted until asked to sort again, and lists the interactive elements', () => {
    const cy = graph(6, false);
    let splits = 0;
    const renderer = { cy, cachedZSortedEles: null as unknown, updateCachedGrabbedEles: () => { splits++; }, getCachedZSortedEles: cytoscapeSort };
    fastZSort(renderer as never);
    const first = (renderer.getCachedZSortedEles as Sort)() as unknown as { interactive: unknown[] };
    expect((renderer.getCachedZSortedEles as Sort)()).toBe(first);
    expect(splits).toBe(1);
    expect(first.interactive).toHaveLength(cy.elements().length);
  });

  it('keeps the last order after elements are only hidden or shown, mends it after a z-index change, an addition or a removal, and sorts again after both at once', () => {
    const cy = graph(10, false);
    let reads = 0;
    const all = (cy as unknown as { mutableElements(): unknown }).mutableElements.bind(cy);
    // What the sort reads every element through: the kept order does without it.
    const counted = Object.assign(Object.create(cy) as Core, { mutableElements: () => { reads++; return all(); } });
    const renderer = { cy: counted, cachedZSortedEles: null as unknown, updateCachedGrabbedEles: () => {}, getCachedZSortedEles: cytoscapeSort };
    fastZSort(renderer as never, (work) => work(), watchOrder(cy, (cy as unknown as { renderer(): object }).renderer()));
    const sort = () => (renderer.getCachedZSortedEles as Sort)(true) as unknown as Array<{ id(): string }> & { interactive: Array<{ id(): string }> };
    const theirs = () => cytoscapeSort.call({ cy, updateCachedGrabbedEles: () => {} }, true).map((e) => e.id());
    const first = sort();
    expect(reads).toBe(1);
    cy.$('#n3, #n5, #e7').style('display', 'none');
    const kept = sort();
    expect(reads).toBe(1);
    expect(kept).not.toBe(first);
    expect(kept.map((e) => e.id())).toEqual(theirs());
    // The list a pointer can hit is made again for the new list: the hidden ones are not in it.
    expect(kept.interactive.map((e) => e.id())).not.toContain('n3');
    expect(kept.interactive.map((e) => e.id())).not.toContain('e7');
    cy.getElementById('n3').data('z', 7);
    const mended = sort();
    expect(reads).toBe(1);
    expect(mended.map((e) => e.id())).toEqual(theirs());
    cy.add({ data: { id: 'late', z: 1 } });
    expect(sort().map((e) => e.id())).toEqual(theirs());
    expect(reads).toBe(1);
    cy.remove(cy.getElementById('n4'));
    expect(sort().map((e) => e.id())).toEqual(theirs());
    expect(reads).toBe(1);
    cy.batch(() => {
      cy.remove(cy.getElementById('late'));
      cy.add({ data: { id: 'later', z: 1 } });
    });
    const resorted = sort();
    expect(reads).toBe(2);
    expect(resorted.map((e) => e.id())).toEqual(theirs());
  });

  describe('after a few restyles (a hover, a press)', () => {
    /** A watched renderer whose background work waits in `queue`; `reads` counts full sorts. */
    function mending(cy: Core) {
      let reads = 0;
      const all = (cy as unknown as { mutableElements(): unknown }).mutableElements.bind(cy);
      const counted = Object.assign(Object.create(cy) as Core, { mutableElements: () => { reads++; return all(); } });
      const queue: Array<() => void> = [];
      const renderer = { cy: counted, cachedZSortedEles: null as unknown, updateCachedGrabbedEles: () => {}, getCachedZSortedEles: cytoscapeSort };
      fastZSort(renderer as never, (work) => queue.push(work), watchOrder(cy, (cy as unknown as { renderer(): object }).renderer()));
      type Listed = Array<{ id(): string }> & { interactive: Array<{ id(): string }>; interactiveIfReady?: Array<{ id(): string }> };
      const sort = () => (renderer.getCachedZSortedEles as Sort)(true) as unknown as Listed;
      const idle = () => { while (queue.length) queue.shift()!(); };
      return { sort, idle, queue, reads: () => reads };
    }
    const theirs = (cy: Core) => cytoscapeSort.call({ cy, updateCachedGrabbedEles: () => {} }, true).map((e) => e.id());
    const pointerIds = (cy: Core, sorted: Array<{ id(): string }>) => sorted.map((e) => e.id()).filter((id) => (cy.getElementById(id) as unknown as { interactive(): boolean }).interactive());

    it.each([11, 12, 13, 14])('places moved elements where Cytoscape\'s sort does, without reading every element (seed %i)', (seed) => {
      const cy = graph(seed, false);
      const { sort, reads } = mending(cy);
      sort();
      let x = seed;
      const pick = (n: number) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
      for (let round = 0; round < 6; round++) {
        for (let k = 0; k <= round % 4; k++) {
          const ele = cy.elements()[pick(cy.elements().length)]!;
          const change = pick(4);
          if (change === 0) ele.data('z', pick(5) - 1);
          else ele.toggleClass(['top', 'bottom', 'manual'][change - 1]!);
        }
        expect(sort().map((e) => e.id())).toEqual(theirs(cy));
      }
      expect(reads()).toBe(1);
    });

    it.each([21, 22, 23])('places elements added (an expansion) with a few restyles where Cytoscape\'s sort does (seed %i)', (seed) => {
      const cy = graph(seed, false);
      const { sort, idle, reads } = mending(cy);
      sort();
      idle();
      let x = seed;
      const pick = (n: number) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
      for (let round = 0; round < 5; round++) {
        cy.batch(() => {
          const nodes = Array.from({ length: 3 + pick(6) }, (_, k) => ({ data: { id: `r${round}n${k}`, z: pick(5) - 1 }, classes: pick(4) === 0 ? ['top'] : [] }));
          cy.add(nodes);
          cy.add(nodes.map((node, k) => ({ data: { id: `r${round}e${k}`, source: node.data.id, target: `n${pick(40)}`, z: pick(4) } })));
          // Every other round a restyle too (the linear mend); otherwise additions only (the binary search).
          if (round % 2) cy.getElementById(`n${pick(40)}`).data('z', pick(5));
        });
        const next = sort();
        expect(next.map((e) => e.id())).toEqual(theirs(cy));
        expect(next.interactive.map((e) => e.id())).toEqual(pointerIds(cy, next));
        idle();
      }
      expect(reads()).toBe(1);
    });

    it.each([31, 32, 33])('follows removals (nodes with their edges, edges alone) where Cytoscape fills the gaps with its last elements (seed %i)', (seed) => {
      const cy = graph(seed, false);
      const { sort, idle, reads } = mending(cy);
      const first = sort();
      idle();
      let x = seed;
      const pick = (n: number) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
      let previous = first;
      for (let round = 0; round < 6; round++) {
        const gone = new Set<string>();
        cy.batch(() => {
          for (let k = 0; k <= pick(4); k++) {
            const ele = cy.elements()[pick(cy.elements().length)]!;
            for (const id of [ele.id(), ...(ele.isNode() ? ele.connectedEdges().map((e) => e.id()) : [])]) gone.add(id);
            ele.remove();
          }
          // A hover's restyle with it, every other round.
          if (round % 2) cy.nodes()[pick(cy.nodes().length)]!.data('z', pick(5));
        });
        let next = sort();
        expect(next.map((e) => e.id())).toEqual(theirs(cy));
        expect(next.interactive.map((e) => e.id())).toEqual(pointerIds(cy, next));
        // The pointer list carried over: every element removed is said to be gone, every other where it now is.
        const lineage = lineageOf(next.interactive)!;
        {
          const before = previous.interactive.map((e) => e.id());
          const after = next.interactive.map((e) => e.id());
          expect(lineage.from).toBe(previous.interactive);
          before.forEach((id, i) => { expect(lineage.moves[i]! >= 0 ? after[lineage.moves[i]!] : 'gone').toBe(gone.has(id) ? 'gone' : id); });
        }
        if (round === 2) {
          // An addition after removals: the order they left is mended again.
          idle();
          cy.add([{ data: { id: 'late', z: 1 } }, { data: { id: 'late-e', source: 'late', target: cy.nodes()[0]!.id(), z: 0 } }]);
          next = sort();
          expect(next.map((e) => e.id())).toEqual(theirs(cy));
        }
        previous = next;
        idle();
      }
      expect(reads()).toBe(1);
    });

    it('mends the order after a hundred elements added in one batch (a path or a query graph added), more than restyles it lists', () => {
      const cy = graph(41, false);
      const { sort, idle, reads } = mending(cy);
      sort();
      idle();
      cy.batch(() => {
        const nodes = Array.from({ length: 50 }, (_, k) => ({ data: { id: `g${k}`, z: k % 3 } }));
        cy.add(nodes);
        cy.add(nodes.map((node, k) => ({ data: { id: `g-e${k}`, source: node.data.id, target: `n${k % 40}`, z: k % 2 } })));
      });
      expect(sort().map((e) => e.id())).toEqual(theirs(cy));
      expect(reads()).toBe(1);
    });

    it('lists the elements added among those who joined the pointer list', () => {
      const cy = graph(24, false);
      const { sort, idle } = mending(cy);
      const first = sort();
      idle();
      cy.batch(() => { cy.add([{ data: { id: 'new1', z: 0 } }, { data: { id: 'new2', z: 3 } }, { data: { id: 'newe', source: 'new1', target: 'n3', z: 0 } }]); });
      const next = sort();
      expect(next.map((e) => e.id())).toEqual(theirs(cy));
      const after = next.interactive.map((e) => e.id());
      const lineage = lineageOf(next.interactive)!;
      expect(lineage.from).toBe(first.interactive);
      expect(lineage.joined.map((i) => after[i]).sort()).toEqual(['new1', 'new2', 'newe']);
    });

    it('carries the pointer list over, saying where each element went, who left and who joined', () => {
      const cy = graph(15, false);
      cy.getElementById('n6').style('events', 'no');
      const { sort, idle, queue } = mending(cy);
      const first = sort();
      idle();
      const before = first.interactive.map((e) => e.id());
      expect(before).not.toContain('n6');
      // A hover raising an edge, a node made unreachable (its edges go with it), one reachable again.
      cy.getElementById('e5').data('z', 9);
      cy.getElementById('n2').style('display', 'none');
      cy.getElementById('n6').style('events', 'yes');
      const next = sort();
      // Made at once, without background work.
      expect(queue).toHaveLength(0);
      expect(next.interactiveIfReady).toBe(next.interactive);
      const after = next.interactive.map((e) => e.id());
      expect(after).toEqual(pointerIds(cy, next));
      expect(after).not.toContain('n2');
      expect(after.some((id) => cy.getElementById(id).isEdge() && cy.getElementById(id).connectedNodes('#n2').length > 0)).toBe(false);
      const lineage = lineageOf(next.interactive)!;
      expect(lineage.from).toBe(first.interactive);
      before.forEach((id, i) => {
        const to = lineage.moves[i]!;
        if (after.includes(id)) expect(after[to]).toBe(id);
        else expect(to).toBe(-1);
      });
      expect(lineage.joined.map((i) => after[i])).toEqual(['n6']);
    });

    it('builds the pointer list again, in the background, when many elements were restyled', () => {
      const cy = graph(16, false);
      const { sort, idle, queue, reads } = mending(cy);
      sort();
      idle();
      cy.batch(() => { cy.elements().slice(0, MAX_FEW + 1).style('events', 'no'); });
      const next = sort();
      expect(reads()).toBe(1);
      expect(queue.length).toBeGreaterThan(0);
      expect(lineageOf(next.interactive)).toBeUndefined();
      expect(next.interactive.map((e) => e.id())).toEqual(pointerIds(cy, next));
    });
  });

  describe('the list a pointer can hit', () => {
    /** A renderer whose background work waits in `queue` until the test runs it. */
    function queued(cy: Core) {
      const queue: Array<() => void> = [];
      const renderer = { cy, cachedZSortedEles: null as unknown, updateCachedGrabbedEles: () => {}, getCachedZSortedEles: cytoscapeSort };
      fastZSort(renderer as never, (work) => queue.push(work));
      const sort = (force?: boolean) => (renderer.getCachedZSortedEles as Sort)(force) as unknown as Array<{ id(): string }> & { interactive: Array<{ id(): string }>; interactiveIfReady?: unknown[] };
      return { queue, sort };
    }
    const expected = (cy: Core, sorted: Array<{ id(): string }>) => sorted.map((e) => e.id()).filter((id) => (cy.getElementById(id) as unknown as { interactive(): boolean }).interactive());

    it('is built while the page is idle, leaving out hidden and event-less elements', () => {
      const cy = graph(7, true);
      cy.getElementById('n4').style('display', 'none');
      cy.getElementById('n9').style('events', 'no');
      cy.getElementById('e2').style('visibility', 'hidden');
      const { queue, sort } = queued(cy);
      const sorted = sort();
      expect(queue).toHaveLength(1);
      // Asking whether it is ready does not build it.
      expect(sorted.interactiveIfReady).toBeUndefined();
      while (queue.length) queue.shift()!();
      expect(sorted.interactiveIfReady).toBe(sorted.interactive);
      const ids = sorted.interactive.map((e) => e.id());
      expect(ids).toEqual(expected(cy, sorted));
      expect(ids).not.toContain('n4');
      expect(ids).not.toContain('n9');
      expect(ids).not.toContain('e2');
      // n4's edges are hidden with it.
      expect(ids.some((id) => { const e = cy.getElementById(id); return e.isEdge() && (e.source().id() === 'n4' || e.target().id() === 'n4'); })).toBe(false);
    });

    it('is complete when a hit test asks before the idle work has run', () => {
      const cy = graph(8, false);
      cy.getElementById('n1').style('events', 'no');
      const { queue, sort } = queued(cy);
      const sorted = sort();
      expect(sorted.interactive.map((e) => e.id())).toEqual(expected(cy, sorted));
      // The idle work finds nothing left to do and does not add elements twice.
      while (queue.length) queue.shift()!();
      expect(sorted.interactive).toHaveLength(expected(cy, sorted).length);
    });

    it('stops building for a list the renderer has sorted again', () => {
      const cy = graph(9, false);
      const { queue, sort } = queued(cy);
      sort();
      const newer = sort(true);
      expect(queue).toHaveLength(2);
      queue.shift()!();
      // The stale list's work ended without asking for more; the current list's still runs.
      expect(queue).toHaveLength(1);
      while (queue.length) queue.shift()!();
      expect(newer.interactive.map((e) => e.id())).toEqual(expected(cy, newer));
    });
  });
});
