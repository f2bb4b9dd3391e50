// Whether a kept picture of the canvas still holds: a selection or a tap's
// highlight is drawn on top of it; any other change means a new drawing.
import { describe, expect, it } from 'vitest';
import { PictureChanges } from '../../../client/src/graph/picture-changes.js';

describe('PictureChanges', () => {
  it('keeps the picture through a selection, and lists the element to draw on top', () => {
    const c = new PictureChanges();
    c.start([]);
    // Cytoscape restyles first, then reports the switch.
    c.record('style', 'n1');
    c.record('select', 'n1');
    expect(c.settle()).toBeUndefined();
    expect([...c.overlay()]).toEqual(['n1']);
    c.record('style', 'n1');
    c.record('unselect', 'n1');
    expect(c.settle()).toBeUndefined();
  });

  it('needs a new picture when an element drawn selected into it is unselected', () => {
    const c = new PictureChanges();
    c.start(['n1']);
    c.record('style', 'n1');
    c.record('unselect', 'n1');
    expect(c.settle()).toBe('unselect on n1');
  });

  it('needs a new picture for a restyle no switch explains, a move, or a change to the whole graph', () => {
    for (const [type, id] of [['style', 'n2'], ['position', 'n2'], ['class', 'n2'], ['viewport', undefined]] as const) {
      const c = new PictureChanges();
      c.start([]);
      c.record(type, id);
      expect(c.settle()).toBe(id ? `${type} on ${id}` : type);
    }
  });

  it('forgets what happened before a new picture', () => {
    const c = new PictureChanges();
    c.start([]);
    c.record('data', 'n1');
    c.start([]);
    expect(c.settle()).toBeUndefined();
  });

  it('keeps the picture through a drag of grabbed nodes: lifts them once, then drops them', () => {
    const c = new PictureChanges();
    c.start([]);
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    c.grab('n1', box);
    c.record('position', 'n1', true);
    c.record('position', 'n1', true);
    expect(c.settle()).toBeUndefined();
    expect(c.moved).toBe(false);
    expect(c.dragged).toBe(true);
    expect(c.lift()).toEqual({ nodes: [box], edges: [] });
    expect(c.lift()).toEqual({ nodes: [], edges: [] });
    c.record('position', 'n1', true);
    expect(c.settle()).toBeUndefined();
    expect(c.drop()).toEqual(['n1']);
    expect(c.dragged).toBe(false);
  });

  it('lifts the boxes of a dragged node\'s edges with it, where edges stay drawn', () => {
    const c = new PictureChanges();
    c.start([]);
    const node = { x1: 0, y1: 0, x2: 10, y2: 10 };
    const edges = [{ x1: 5, y1: 5, x2: 90, y2: 40 }, { x1: -30, y1: 0, x2: 5, y2: 5 }];
    c.grab('n1', node, edges);
    c.grab('n2', node);
    c.record('position', 'n1', true);
    // n2 was grabbed but not moved: nothing of it is cleared.
    expect(c.lift()).toEqual({ nodes: [node], edges });
  });

  it('needs a new picture when a node moves other than by a person dragging it', () => {
    const grabbedButMovedByCode = new PictureChanges();
    grabbedButMovedByCode.start([]);
    grabbedButMovedByCode.grab('n1', { x1: 0, y1: 0, x2: 1, y2: 1 });
    grabbedButMovedByCode.record('position', 'n1', false);
    expect(grabbedButMovedByCode.settle()).toBe('position on n1');
    expect(grabbedButMovedByCode.moved).toBe(true);
    const draggedWithoutGrab = new PictureChanges();
    draggedWithoutGrab.start([]);
    draggedWithoutGrab.record('position', 'n2', true);
    expect(draggedWithoutGrab.settle()).toBe('position on n2');
  });

  it('counts a move applied with the canvas held as a change to draw again, not a move in frames', () => {
    const c = new PictureChanges();
    c.start([]);
    c.record('position', 'n1', false, true);
    expect(c.settle()).toBe('position on n1');
    expect(c.moved).toBe(false);
    c.record('position', 'n1', false, false);
    expect(c.moved).toBe(true);
  });
});
