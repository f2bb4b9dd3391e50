// The cheap off-screen test in front of the renderer's per-element draw: an element
// measured once is skipped while its box, carried with its node or edge ends, stays
// clearly outside the viewport; anything new, restyled or near the edge is drawn.
import { describe, expect, it } from 'vitest';
import { CULL_SLACK, clearlyOutside, installCulling, marginOf } from '../../../client/src/graph/cull.js';

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
