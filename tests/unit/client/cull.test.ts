// The cheap off-screen test in front of the renderer's per-element draw: an element
// measured once is skipped while its box, carried with its node or edge ends, stays
// clearly outside the viewport; anything new, restyled or near the edge is drawn.
import { describe, expect, it } from 'vitest';
import { CULL_SLACK, HIT_TEST_MIN, clearlyOutside, installCulling, marginOf, segmentDistance } from '../../../client/src/graph/cull.js';

interface Box { x1: number; y1: number; x2: number; y2: number }

function node(x: number, y: number, half = 10) {
  const p = { group: 'nodes' as const, position: { x, y }, bbCache: null as Box | null };
  return { _private: p, half };
}

/** A renderer whose draw measures the element's box (as Cytoscape's does) and records what it drew. */
function fakeRenderer() {
  const drawn: string[] = [];
  const renderer = {
    drawCachedElement(_c: unknown, ele: { _private: { position: { x: number; y: number }; bbCache: Box | null }; half: number; name?: string }) {
      const { x, y } = ele._private.position;
      // Like Cytoscape: a new box object when there is none or the element moved since it was measured.
      const bb = ele._private.bbCache;
      if (ele.half > 0 && (!bb || bb.x1 !== x - ele.half || bb.y1 !== y - ele.half)) ele._private.bbCache = { x1: x - ele.half, y1: y - ele.half, x2: x + ele.half, y2: y + ele.half };
      drawn.push(ele.name ?? `${x},${y}`);
    },
  };
  return { renderer, drawn };
}

const viewport: Box = { x1: 0, y1: 0, x2: 100, y2: 100 };

describe('culling', () => {
  it('measures a margin that holds the box on every side, plus slack', () => {
    expect(marginOf({ x1: 50, y1: 50, x2: 50, y2: 50 }, { x1: 40, y1: 45, x2: 80, y2: 55 })).toBe(30 + CULL_SLACK);
    expect(clearlyOutside({ x1: 200, y1: 50, x2: 200, y2: 50 }, 30, viewport)).toBe(true);
    expect(clearlyOutside({ x1: 120, y1: 50, x2: 120, y2: 50 }, 30, viewport)).toBe(false);
  });

  it('skips an off-screen element after measuring it once, and draws on-screen ones every time', () => {
    const { renderer, drawn } = fakeRenderer();
    const culling = installCulling(renderer as never)!;
    const far = Object.assign(node(1000, 1000), { name: 'far' });
    const near = Object.assign(node(50, 50), { name: 'near' });
    const draw = renderer.drawCachedElement as unknown as (c: unknown, e: unknown, r: number, x: Box) => void;
    draw({}, far, 1, viewport);
    draw({}, near, 1, viewport);
    draw({}, far, 1, viewport);
    draw({}, near, 1, viewport);
    expect(drawn).toEqual(['far', 'near', 'near']);
    expect(culling.skipped()).toBe(1);
  });

  it('draws again once the node moves into view, or its box was measured anew (restyle)', () => {
    const { renderer, drawn } = fakeRenderer();
    installCulling(renderer as never);
    const draw = renderer.drawCachedElement as unknown as (c: unknown, e: unknown, r: number, x: Box) => void;
    const a = Object.assign(node(1000, 50), { name: 'a' });
    draw({}, a, 1, viewport);
    draw({}, a, 1, viewport);
    expect(drawn).toEqual(['a']);
    a._private.position.x = 90;
    draw({}, a, 1, viewport);
    a._private.position.x = 1000;
    draw({}, a, 1, viewport);
    expect(drawn).toEqual(['a', 'a']);
    a._private.bbCache = null;
    draw({}, a, 1, viewport);
    expect(drawn).toEqual(['a', 'a', 'a']);
  });

  it('judges an edge by its two ends: an edge crossing the view is drawn though both ends are outside', () => {
    const { renderer, drawn } = fakeRenderer();
    installCulling(renderer as never);
    const draw = renderer.drawCachedElement as unknown as (c: unknown, e: unknown, r: number, x: Box) => void;
    const s = node(-500, 50);
    const t = node(600, 50);
    const edge = {
      name: 'edge', half: 0,
      _private: { group: 'edges' as const, position: { x: 0, y: 0 }, bbCache: null as Box | null, source: s, target: t },
    };
    // The fake measures boxes around `position`; give the edge the box spanning its ends.
    edge._private.bbCache = { x1: -500, y1: 45, x2: 600, y2: 55 };
    draw({}, edge, 1, viewport);
    draw({}, edge, 1, viewport);
    expect(drawn).toEqual(['edge', 'edge']);
  });

  it('draws everything when there is no extent (a cache layer or an image)', () => {
    const { renderer, drawn } = fakeRenderer();
    installCulling(renderer as never);
    const draw = renderer.drawCachedElement as unknown as (c: unknown, e: unknown, r: number, x: Box | null) => void;
    const far = Object.assign(node(1000, 1000), { name: 'far' });
    draw({}, far, 1, viewport);
    draw({}, far, 1, null);
    expect(drawn).toEqual(['far', 'far']);
  });
});

describe('hit testing', () => {
  function hitRenderer(eles: Array<{ _private: Record<string, unknown>; name: string }>) {
    const asked: string[][] = [];
    const all = Object.assign([...eles], { interactive: [...eles] });
    const renderer = {
      cy: { zoom: () => 1 },
      getCachedZSortedEles: () => all,
      // Stands for Cytoscape's hit test: it reads the element list from getCachedZSortedEles.
      findNearestElements(this: { getCachedZSortedEles(): typeof all }, _x: number, _y: number, interactiveOnly?: boolean) {
        const list = interactiveOnly ? this.getCachedZSortedEles().interactive : this.getCachedZSortedEles();
        asked.push(list.map((e) => e.name));
        return [];
      },
      drawCachedElement() {},
    };
    return { renderer, asked, all };
  }

  it('measures the distance from a point to a segment', () => {
    expect(segmentDistance({ x: 0, y: 0 }, { x: 10, y: 0 }, 5, 3)).toBe(3);
    expect(segmentDistance({ x: 0, y: 0 }, { x: 10, y: 0 }, 13, 4)).toBe(5);
  });

  it('asks only about the elements near the pointer on a large view, in their drawing order', () => {
    const nodes = Array.from({ length: HIT_TEST_MIN }, (_, i) => {
      const p = { group: 'nodes', position: { x: i * 100, y: 0 }, bbCache: { x1: i * 100 - 10, y1: -10, x2: i * 100 + 10, y2: 10 } };
      return { _private: p, name: `n${i}` };
    });
    const source = nodes[0]!._private as { position: { x: number; y: number } };
    const target = nodes[2]!._private as { position: { x: number; y: number } };
    // A haystack edge from n0 to n2 passes by n1; a second one far away does not.
    const near = { _private: { group: 'edges', position: { x: 0, y: 0 }, bbCache: { x1: -1, y1: -1, x2: 201, y2: 1 }, source: { _private: source }, target: { _private: target }, rscratch: { edgeType: 'haystack' } }, name: 'e-near' };
    const { renderer, asked } = hitRenderer([...nodes, near]);
    installCulling(renderer as never);
    // Record every element's box, as a frame's draw does.
    const draw = renderer.drawCachedElement as unknown as (c: unknown, e: unknown, r: number, x: unknown) => void;
    for (const e of [...nodes, near]) draw({}, e, 1, { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 });
    (renderer.findNearestElements as (x: number, y: number, i: boolean) => unknown)(100, 0, true);
    expect(asked.at(-1)).toEqual(['n1', 'e-near']);
    (renderer.findNearestElements as (x: number, y: number, i: boolean) => unknown)(100, 300, true);
    expect(asked.at(-1)).toEqual([]);
    // The renderer's own list is back after the call.
    expect(renderer.getCachedZSortedEles().length).toBe(HIT_TEST_MIN + 1);
  });

  it('asks again about an element restyled since its margin was read, and about every element of a new list', () => {
    const nodes = Array.from({ length: HIT_TEST_MIN }, (_, i) => {
      const p = { group: 'nodes', position: { x: i * 100, y: 0 }, bbCache: { x1: i * 100 - 10, y1: -10, x2: i * 100 + 10, y2: 10 } as unknown };
      return { _private: p, name: `n${i}` };
    });
    const { renderer, asked, all } = hitRenderer(nodes);
    installCulling(renderer as never);
    const draw = renderer.drawCachedElement as unknown as (c: unknown, e: unknown, r: number, x: unknown) => void;
    for (const e of nodes) draw({}, e, 1, { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 });
    const hit = (x: number) => (renderer.findNearestElements as (x: number, y: number, i: boolean) => unknown)(x, 0, true);
    hit(300);
    expect(asked.at(-1)).toEqual(['n3']);
    // A restyle gives n7 a new, wider box that the renderer has not drawn yet: it may now reach the pointer.
    nodes[7]!._private.bbCache = { x1: 0, y1: -10, x2: 1400, y2: 10 };
    hit(300);
    expect(asked.at(-1)).toEqual(['n3', 'n7']);
    // Drawn again, its new margin is known and used.
    draw({}, nodes[7], 1, { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 });
    hit(300);
    expect(asked.at(-1)).toEqual(['n3', 'n7']);
    hit(5000);
    expect(asked.at(-1)).toEqual(['n50']);
    // The renderer sorted its elements again (a new list, n7 first): margins are read anew, not by old position.
    const reordered = [nodes[7]!, ...nodes.filter((_, i) => i !== 7)];
    all.splice(0, all.length, ...reordered);
    all.interactive = [...reordered];
    hit(300);
    expect(asked.at(-1)).toEqual(['n7', 'n3']);
  });
});
