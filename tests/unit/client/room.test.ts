// Free spots for new nodes: the grid of places taken answers as asking every node would.
import { describe, expect, it } from 'vitest';
import { Room } from '../../../client/src/graph/room.js';

describe('Room', () => {
  it('finds the spot to the right of a crowd, and takes it', () => {
    const room = new Room(50, [{ x: 0, y: 0 }, { x: 50, y: 10 }]);
    expect(room.freeSpot({ x: 0, y: 0 })).toEqual({ x: 100, y: 0 });
    // Taken now: the next new node goes further right.
    expect(room.freeSpot({ x: 0, y: 0 })).toEqual({ x: 150, y: 0 });
    expect(room.freeSpot({ x: 0, y: 500 })).toEqual({ x: 0, y: 500 });
  });

  it('says a spot is crowded exactly when some place taken is nearer than the gap, across cell borders and below zero', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const taken = Array.from({ length: 400 }, () => ({ x: (random() - 0.5) * 2000, y: (random() - 0.5) * 2000 }));
    const room = new Room(70, taken);
    for (let i = 0; i < 2000; i++) {
      const p = { x: (random() - 0.5) * 2200, y: (random() - 0.5) * 2200 };
      expect(room.crowded(p)).toBe(taken.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < 70));
    }
  });
});
