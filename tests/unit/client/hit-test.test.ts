// The pointer's hit test on a large view: Cytoscape's search gets only the elements
// whose recorded drawing may reach the pointer, first by one pass over the list and,
// once the page is idle, from a grid; moves and restyles since the grid was built are
// still found where they are now.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdleTask } from '../../../client/src/core/idle.js';
import { HIT_TEST_MIN, MAX_CHANGED, installHitTest, segmentDistance } from '../../../client/src/graph/hit-test.js';
import { fastZSort } from '../../../client/src/graph/z-sort.js';

interface Box { x1: number; y1: number; x2: number; y2: number }
interface P {
  group: 'nodes' | 'edges';
  position: { x: number; y: number };
  bbCache: Box | null;
  source?: { _private: P };
  target?: { _private: P };
  edges?: Ele[];
  rscratch?: { edgeType?: string };
}
interface Ele { _private: P; name: string; pstyle?(name: string): { pfValue?: number; value?: unknown } }

const HALF = 10;

function node(name: string, x: number, y: number): Ele {
  return { name, _private: { group: 'nodes', position: { x, y }, bbCache: null, edges: [] } };
}

function edge(name: string, s: Ele, t: Ele): Ele {
  const e: Ele = { name, _private: { group: 'edges', position: { x: 0, y: 0 }, bbCache: null, source: s, target: t, rscratch: { edgeType: 'haystack' } } };
  s._private.edges!.push(e);
  t._private.edges!.push(e);
  return e;
}

/** The box Cytoscape would measure: a node's square, an edge's ends' rectangle. A new object, as after a move. */
function measure(e: Ele): void {
  const p = e._private;
  if (p.group === 'nodes') p.bbCache = { x1: p.position.x - HALF, y1: p.position.y - HALF, x2: p.position.x + HALF, y2: p.position.y + HALF };
  else {
    const [s, t] = [p.source!._private.position, p.target!._private.position];
    p.bbCache = { x1: Math.min(s.x, t.x) - 1, y1: Math.min(s.y, t.y) - 1, x2: Math.max(s.x, t.x) + 1, y2: Math.max(s.y, t.y) + 1 };
  }
}

/** A renderer whose hit test (like Cytoscape's) reads the list from getCachedZSortedEles and finds what truly covers the point. */
function setup(eles: Ele[], { drawn = eles, measures = false }: { drawn?: Ele[]; measures?: boolean } = {}) {
  const asked: string[][] = [];
  // As z-sort.ts leaves it once its background work is done: the pointer's list is ready.
  const all = Object.assign([...eles], { interactive: [...eles] });
  Object.assign(all, { interactiveIfReady: all.interactive });
  const handlers: Array<[string, (event: { target: Ele }) => void]> = [];
  const renderer = {
    cy: { zoom: () => 1, on: (events: string, handler: (event: { target: Ele }) => void) => handlers.push([events, handler]) },
    cachedZSortedEles: all,
    getCachedZSortedEles: () => all,
    findNearestElements(this: { getCachedZSortedEles(): typeof all }, x: number, y: number, interactiveOnly?: boolean) {
      const list = interactiveOnly ? this.getCachedZSortedEles().interactive : this.getCachedZSortedEles();
      asked.push(list.map((e) => e.name));
      return list.filter((e) => {
        const p = e._private;
        if (p.group === 'nodes') return Math.abs(p.position.x - x) <= HALF + 2 && Math.abs(p.position.y - y) <= HALF + 2;
        return segmentDistance(p.source!._private.position, p.target!._private.position, x, y) <= 8;
      }).map((e) => e.name);
    },
  };
  // Margins as cull.ts records them from a draw: the box around the anchor, the same on every side.
  const recorded = new Map<P, { bb: Box; margin: number }>();
  const draw = (e: Ele) => {
    measure(e);
    recorded.set(e._private, { bb: e._private.bbCache!, margin: e._private.group === 'nodes' ? HALF + 4 : 5 });
  };
  drawn.forEach(draw);
  let measured = 0;
  const idleWork: Array<() => void> = [];
  const idle = new IdleTask(2000, (run) => { idleWork.push(run); return { cancel: () => idleWork.splice(idleWork.indexOf(run), 1) }; });
  const hitTest = installHitTest(renderer as never, (p, bb) => {
    const known = recorded.get(p as P);
    return known && known.bb === bb ? known.margin : undefined;
  }, {
    idle,
    measure: measures ? (e) => { measured++; draw(e as Ele); } : undefined,
  })!;
  const hit = (x: number, y: number) => (renderer.findNearestElements as (x: number, y: number, i: boolean) => string[])(x, y, true);
  const idleNow = () => { while (idleWork.length) for (const run of idleWork.splice(0)) run(); };
  /** One idle period: the work queued now runs, and what it queues for later waits. */
  const idleOnce = () => { for (const run of idleWork.splice(0)) run(); return idleWork.length; };
  const emit = (e: Ele) => { for (const [events, h] of handlers) if (events.includes('position')) h({ target: e }); };
  /** A frame drawn: the renderer's 'render' event. */
  const rendered = () => { for (const [events, h] of handlers) if (events === 'render') h({ target: eles[0]! }); };
  const moved = (e: Ele, x: number, y: number) => {
    e._private.position = { x, y };
    emit(e);
    draw(e);
    for (const ed of e._private.edges ?? []) draw(ed);
  };
  return { renderer, asked, all, hit, idleNow, idleOnce, hitTest, moved, draw, emit, rendered, measuredCount: () => measured };
}

/** A row of nodes 100 apart, and an edge from each to the next but one. */
function row(n = HIT_TEST_MIN) {
  const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, i * 100, 0));
  const edges = nodes.slice(2).map((t, i) => edge(`e${i}`, nodes[i]!, t));
  return { nodes, edges, eles: [...nodes, ...edges] };
}

describe('hit testing a large view', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('measures the distance from a point to a segment', () => {
    expect(segmentDistance({ x: 0, y: 0 }, { x: 10, y: 0 }, 5, 3)).toBe(3);
    expect(segmentDistance({ x: 0, y: 0 }, { x: 10, y: 0 }, 13, 4)).toBe(5);
  });

  it('asks only about the elements near the pointer, in their drawing order, before and after the grid is built', () => {
    const { eles } = row();
    const { hit, asked, idleNow, hitTest, renderer } = setup(eles);
    expect(hit(300, 0)).toEqual(['n3', 'e1', 'e2', 'e3']);
    // e1 (n1–n3) and e3 (n3–n5) end at n3 and e2 (n2–n4) passes it; e0 (n0–n2) ends 100 away.
    expect(asked.at(-1)).toEqual(['n3', 'e1', 'e2', 'e3']);
    expect(hitTest.lastHitTest()).toMatchObject({ indexed: false, of: eles.length });
    idleNow();
    expect(hit(300, 0)).toEqual(['n3', 'e1', 'e2', 'e3']);
    expect(hitTest.lastHitTest()).toMatchObject({ indexed: true, near: 4 });
    expect(hit(300, 300)).toEqual([]);
    expect(asked.at(-1)).toEqual([]);
    // The renderer's own list is back after each call.
    expect(renderer.getCachedZSortedEles().length).toBe(eles.length);
  });

  it('takes a straight edge of the full style as its line, as wide as its arrows, not as the box of its ends', () => {
    const { eles } = row();
    const a = node('a', 0, 1000);
    const b = node('b', 800, 1600);
    // A diagonal arrowed edge (width 2: arrows 29 wide) and the same line without a readable style.
    const arrowed: Ele = { ...edge('d', a, b), pstyle: (name) => (name === 'width' ? { pfValue: 2 } : { value: 1 }) };
    arrowed._private.rscratch = { edgeType: 'straight' };
    const unread = edge('u', a, b);
    unread._private.rscratch = { edgeType: 'straight' };
    const { hit, asked, idleNow } = setup([...eles, a, b, arrowed, unread]);
    for (const indexed of [false, true]) {
      // In the corner of the edges' box, 200 from their line: only the one whose style is unknown is asked.
      hit(700, 1050);
      expect(asked.at(-1)).toEqual(['u']);
      // 15 from the line, where an arrow's wing reaches (half its width), beyond the box's margin: both.
      hit(409, 1288);
      expect(asked.at(-1)).toEqual(['d', 'u']);
      if (!indexed) idleNow();
    }
  });

  it('finds a node where it was dragged to, and its edges with it, not where the grid last saw it', () => {
    const { nodes, eles } = row();
    const { hit, idleNow, moved, hitTest } = setup(eles);
    hit(0, 0);
    idleNow();
    moved(nodes[3]!, 5000, 900);
    expect(hit(5000, 900)).toEqual(['n3', 'e1', 'e3']);
    expect(hitTest.lastHitTest().indexed).toBe(true);
    expect(hit(300, 0)).toEqual(['e2']);
    // An edge of the moved node now runs from n1 (100, 0) to (5000, 900): found along its new line.
    expect(hit(2550, 450)).toEqual(['e1']);
    // Once idle, the grid is built again with the node where it is now.
    idleNow();
    expect(hit(5000, 900)).toEqual(['n3', 'e1', 'e3']);
    expect(hitTest.lastHitTest()).toMatchObject({ indexed: true, near: 3 });
  });

  it('asks about every element again after a change too large to follow (a layout), until the page is idle', () => {
    const { nodes, eles } = row();
    const { hit, idleNow, moved, hitTest } = setup(eles);
    hit(0, 0);
    idleNow();
    for (const [i, n] of nodes.slice(0, MAX_CHANGED + 1).entries()) moved(n, i * 100, 1000);
    expect(hit(300, 1000)).toEqual(['n3', 'e1', 'e2', 'e3']);
    expect(hitTest.lastHitTest().indexed).toBe(false);
    idleNow();
    expect(hit(300, 1000)).toEqual(['n3', 'e1', 'e2', 'e3']);
    expect(hitTest.lastHitTest().indexed).toBe(true);
  });

  it('asks about a restyled element wherever it is, until it is drawn and the grid built again', () => {
    const { nodes, eles } = row();
    const { hit, idleNow, asked, emit, draw } = setup(eles);
    hit(0, 0);
    idleNow();
    // A restyle gives n40 a box reaching back to the start of the row; it has not been drawn yet.
    nodes[40]!._private.bbCache = { x1: 0, y1: -10, x2: 8000, y2: 10 };
    emit(nodes[40]!);
    hit(300, 0);
    expect(asked.at(-1)).toEqual(['n3', 'n40', 'e1', 'e2', 'e3']);
    // Drawn, its margin is known; the grid built again holds it in its new cells only.
    draw(nodes[40]!);
    idleNow();
    hit(300, 0);
    expect(asked.at(-1)).toEqual(['n3', 'e1', 'e2', 'e3']);
  });

  it('builds the grid a slice per idle period, and starts again if an element moves meanwhile', () => {
    const { nodes, eles } = row(2000);
    const { hit, idleOnce, idleNow, moved, hitTest } = setup(eles);
    // Every reading of the clock is 3 ms on: each idle period does a slice or two of the work.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 3));
    hit(0, 0);
    let periods = 0;
    while (idleOnce() > 0 && periods < 3) periods++;
    expect(periods).toBe(3);
    expect(hit(300, 0).length).toBeGreaterThan(0);
    expect(hitTest.lastHitTest().indexed).toBe(false);
    // n3 moves while the grid is half built: the part already read is stale, so it starts over.
    moved(nodes[3]!, 5000, 900);
    idleNow();
    expect(hit(5000, 900)).toEqual(['n3', 'e1', 'e3']);
    expect(hitTest.lastHitTest()).toMatchObject({ indexed: true });
    expect(hit(300, 0)).toEqual(['e2']);
  });

  it('builds the grid once a frame is drawn, before any pointer asks, measuring what was never drawn', () => {
    const { nodes, eles } = row();
    // Only the first hundred nodes were on screen; the rest and every edge were never drawn.
    const { hit, idleNow, rendered, hitTest, measuredCount, asked } = setup(eles, { drawn: nodes.slice(0, 100), measures: true });
    rendered();
    idleNow();
    expect(measuredCount()).toBe(eles.length - 100);
    expect(hit(30_000, 0)).toEqual(['n300', 'e298', 'e299', 'e300']);
    expect(hitTest.lastHitTest()).toMatchObject({ indexed: true });
    expect(asked.at(-1)).toEqual(['n300', 'e298', 'e299', 'e300']);
  });

  it('builds the grid when the pointer\'s list is ready, though the frame that sorted was the last one drawn', () => {
    const { eles } = row();
    const { hit, idleOnce, rendered, hitTest, all } = setup(eles);
    // As z-sort.ts leaves a fresh sort: the pointer's list is still being made in the background.
    let ready: typeof all.interactive | undefined;
    Object.defineProperty(all, 'interactiveIfReady', { configurable: true, get: () => ready });
    rendered();
    for (let i = 0; i < 3; i++) expect(idleOnce()).toBe(1);
    // Made, with no frame drawn since: the next idle period builds the grid.
    ready = all.interactive;
    while (idleOnce() > 0);
    hit(300, 0);
    expect(hitTest.lastHitTest()).toMatchObject({ indexed: true, near: 4 });
  });

  it('asks about every element it knows nothing of, where nothing measures them', () => {
    const { nodes, eles } = row();
    const { hit, idleNow, rendered, hitTest } = setup(eles, { drawn: nodes.slice(0, 100) });
    rendered();
    idleNow();
    hit(300, 0);
    // The 898 never drawn, and a few drawn ones from the cells around the pointer.
    const { indexed, asked } = hitTest.lastHitTest();
    expect(indexed).toBe(true);
    expect(asked).toBeGreaterThan(eles.length - 100);
    expect(asked).toBeLessThan(eles.length - 90);
  });

  it("puts back the renderer's sort as it finds it at each hit test, even one installed after it", () => {
    const { eles } = row();
    const { renderer, hit } = setup(eles);
    // z-sort.ts replaces the sort after the culling is installed (view.ts): that one must stay.
    const later = () => renderer.cachedZSortedEles;
    renderer.getCachedZSortedEles = later;
    hit(300, 0);
    expect(renderer.getCachedZSortedEles).toBe(later);
  });

  it('lists what may be drawn into a box, in drawing order, moved elements included, and nothing without a grid', () => {
    const { nodes, eles } = row();
    const { hitTest, hit, idleNow, moved } = setup(eles);
    expect(hitTest.within({ x1: 250, y1: -5, x2: 350, y2: 5 })).toBeUndefined();
    hit(0, 0);
    idleNow();
    const names = (box: { x1: number; y1: number; x2: number; y2: number }) => hitTest.within(box)!.map((e) => (e as unknown as { name: string }).name);
    const there = names({ x1: 250, y1: -5, x2: 350, y2: 5 });
    expect(there).toEqual(expect.arrayContaining(['n3', 'e1', 'e2', 'e3']));
    expect(there).not.toContain('n40');
    // n40 moved into the box since the grid was built: listed, in its place in the drawing order.
    moved(nodes[40]!, 300, 0);
    const now = names({ x1: 250, y1: -5, x2: 350, y2: 5 });
    expect(now).toContain('n40');
    expect(now.indexOf('n40')).toBeGreaterThan(now.indexOf('n3'));
    expect(now.indexOf('n40')).toBeLessThan(now.indexOf('e1'));
  });

  it('agrees with asking every element, for random views, points and drags', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 5; round++) {
      const nodes = Array.from({ length: 600 }, (_, i) => node(`n${i}`, random() * 3000, random() * 3000));
      const edges = Array.from({ length: 900 }, (_, i) => edge(`e${i}`, nodes[Math.floor(random() * 600)]!, nodes[Math.floor(random() * 600)]!));
      const { hit, idleNow, moved, asked, hitTest } = setup([...nodes, ...edges]);
      const linear = (x: number, y: number) => { hit(x, y); return asked.at(-1); };
      const points = Array.from({ length: 40 }, () => [random() * 3000, random() * 3000] as const);
      const before = points.map(([x, y]) => linear(x, y));
      idleNow();
      expect(points.map(([x, y]) => linear(x, y))).toEqual(before);
      expect(hitTest.lastHitTest().indexed).toBe(true);
      // Drag a few nodes; the grid's answers must match a fresh pass over everything.
      for (let k = 0; k < 5; k++) moved(nodes[Math.floor(random() * 600)]!, random() * 3000, random() * 3000);
      const withGrid = points.map(([x, y]) => hit(x, y));
      idleNow();
      expect(points.map(([x, y]) => hit(x, y))).toEqual(withGrid);
    }
  });
});

describe('hit testing after a hover or press mends the drawing order (z-sort.ts)', () => {
  /** Elements as z-sort.ts reads them: z-index from `z`, pointer status from `reachable`. */
  type Sortable = Ele & { z: number; reachable: boolean; pstyle(name: string): { value: unknown; pfValue?: number }; isNode(): boolean; zDepth(): number; interactive(): boolean };
  function sortable(e: Ele): Sortable {
    const s = e as Sortable;
    s.z = 0;
    s.reachable = true;
    s.pstyle = (name) => ({ value: name === 'z-index' ? s.z : name === 'z-index-compare' ? 'auto' : name === 'z-compound-depth' ? 'auto' : undefined });
    s.isNode = () => s._private.group === 'nodes';
    s.zDepth = () => 0;
    s.interactive = () => s.reachable;
    return s;
  }

  function mendedView(seed: number) {
    let x = seed;
    const random = () => ((x = (x * 16807) % 2147483647) / 2147483647);
    const nodes = Array.from({ length: 400 }, (_, i) => sortable(node(`n${i}`, random() * 3000, random() * 3000)));
    const edges = Array.from({ length: 600 }, (_, i) => sortable(edge(`e${i}`, nodes[Math.floor(random() * 400)]!, nodes[Math.floor(random() * 400)]!)));
    const eles = [...nodes, ...edges];
    eles.forEach(measure);
    // Some start out of the pointer's reach (events: no), to come back later.
    nodes.forEach((n, i) => { n.reachable = i % 10 !== 0; });
    // What the page's watch (z-keys.ts) would say: set by the test before each sort.
    let few: { moved: object[]; restyled: object[] } | undefined;
    const watch = { changed: () => true, few: () => few, sorted: () => { few = { moved: [], restyled: [] }; } };
    const handlers: Array<[string, (event: { target: Ele }) => void]> = [];
    const asked: string[][] = [];
    const renderer = {
      cy: { zoom: () => 1, on: (events: string, h: (event: { target: Ele }) => void) => handlers.push([events, h]), mutableElements: () => ({ toArray: () => eles }), hasCompoundNodes: () => false },
      cachedZSortedEles: null as unknown,
      getCachedZSortedEles: () => { throw new Error('replaced by z-sort.ts'); },
      updateCachedGrabbedEles: () => {},
      findNearestElements(this: { getCachedZSortedEles(): { interactive: Ele[] } }, px: number, py: number) {
        const list = this.getCachedZSortedEles().interactive;
        asked.push(list.map((e) => e.name));
        return covering(list, px, py);
      },
    };
    fastZSort(renderer as never, (work) => work(), watch as never);
    const idleWork: Array<() => void> = [];
    const idle = new IdleTask(2000, (run) => { idleWork.push(run); return { cancel: () => idleWork.splice(idleWork.indexOf(run), 1) }; });
    const hitTest = installHitTest(renderer as never, (_p, bb) => (bb ? HALF + 4 : undefined), { idle })!;
    const hit = (px: number, py: number) => (renderer.findNearestElements as (x: number, y: number, i: boolean) => string[])(px, py, true);
    const idleNow = () => { while (idleWork.length) for (const run of idleWork.splice(0)) run(); };
    /** What the renderer does on a restyle: a 'style' event, the sorted list dropped. */
    const restyled = (changed: Sortable[], moved: Sortable[]) => {
      few = { moved, restyled: changed };
      for (const e of changed) for (const [events, h] of handlers) if (events.includes('style')) h({ target: e });
      renderer.cachedZSortedEles = null;
    };
    /** The truth: every reachable element in the order the renderer now draws. */
    const truth = (px: number, py: number) => {
      const order = (renderer.getCachedZSortedEles as () => Ele[])().filter((e) => (e as Sortable).reachable);
      return covering(order, px, py);
    };
    return { nodes, edges, hit, idleNow, hitTest, restyled, truth, random, asked };
  }
  function covering(list: Ele[], px: number, py: number): string[] {
    return list.filter((e) => {
      const p = e._private;
      if (p.group === 'nodes') return Math.abs(p.position.x - px) <= HALF + 2 && Math.abs(p.position.y - py) <= HALF + 2;
      return segmentDistance(p.source!._private.position, p.target!._private.position, px, py) <= 8;
    }).map((e) => e.name);
  }

  it('keeps its grid through a raised edge, a node made unreachable and one reachable again, and answers as asking every element would', () => {
    for (const seed of [3, 5, 8]) {
      const { nodes, edges, hit, idleNow, hitTest, restyled, truth, random } = mendedView(seed);
      const points = Array.from({ length: 60 }, () => [random() * 3000, random() * 3000] as const);
      points.forEach(([px, py]) => hit(px, py));
      idleNow();
      hit(0, 0);
      expect(hitTest.lastHitTest().indexed).toBe(true);
      for (let round = 0; round < 4; round++) {
        const raised = edges[Math.floor(random() * edges.length)]!;
        raised.z = round + 5;
        const off = nodes[1 + 10 * round]!;
        off.reachable = false;
        const back = nodes[10 * round]!;
        back.reachable = true;
        restyled([raised, off, back], [raised]);
        for (const [px, py] of points) expect(hit(px, py)).toEqual(truth(px, py));
        for (const { x: px, y: py } of [off._private.position, back._private.position]) expect(hit(px, py)).toEqual(truth(px, py));
        expect(hit(back._private.position.x, back._private.position.y)).toContain(back.name);
        expect(hit(off._private.position.x, off._private.position.y)).not.toContain(off.name);
        // Still the grid, not a pass over every element.
        const { indexed, asked: count, of } = hitTest.lastHitTest();
        expect(indexed).toBe(true);
        expect(count).toBeLessThan(of / 4);
      }
    }
  });

  it('draws a raised edge last among the edges it crosses', () => {
    const { edges, hit, idleNow, restyled, asked } = mendedView(11);
    const [a, b] = [edges[0]!._private.source!._private.position, edges[0]!._private.target!._private.position];
    const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
    hit(mx, my);
    idleNow();
    edges[0]!.z = 9;
    restyled([edges[0]!], [edges[0]!]);
    hit(mx, my);
    const edgesAsked = asked.at(-1)!.filter((name) => name.startsWith('e'));
    expect(edgesAsked.at(-1)).toBe('e0');
  });
});
