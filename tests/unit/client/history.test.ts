// The undo stack: push, undo, redo, amend, the redo branch dropped on a new step, the size cap.
import { describe, expect, it } from 'vitest';
import { History } from '../../../client/src/core/history.js';

describe('History', () => {
  it('undoes and redoes in order', () => {
    const h = new History('a');
    h.push('to b', 'b');
    h.push('to c', 'c');
    expect(h.undoLabel).toBe('to c');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeUndefined();
    expect(h.canUndo).toBe(false);
    expect(h.redoLabel).toBe('to b');
    expect(h.redo()).toBe('b');
    expect(h.redo()).toBe('c');
    expect(h.redo()).toBeUndefined();
  });

  it('drops what was undone when a new step is pushed', () => {
    const h = new History(0);
    h.push('one', 1);
    h.push('two', 2);
    h.undo();
    h.push('three', 3);
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe(1);
  });

  it('amends the current step without adding one', () => {
    const h = new History('start');
    h.push('expand', 'nodes placed');
    h.amend('nodes laid out');
    expect(h.current).toEqual({ label: 'expand', state: 'nodes laid out' });
    expect(h.undo()).toBe('start');
    expect(h.redo()).toBe('nodes laid out');
  });

  it('keeps at most `limit` states', () => {
    const h = new History(0, 3);
    for (let i = 1; i <= 5; i++) h.push(`step ${i}`, i);
    expect(h.undo()).toBe(4);
    expect(h.undo()).toBe(3);
    expect(h.undo()).toBeUndefined();
  });
});
