// Large canvas changes spread over frames: slices cover every item once, in order,
// a small change runs at once, the chunk follows the measured cost, a newer run cancels.
import { describe, expect, it } from 'vitest';
import { ChunkRunner, FRAME_DEFAULTS, takeSlice, type ChunkStep, type FrameClock } from '../../../client/src/graph/frames.js';

/** A clock whose frames run when the test says, and whose time moves as the work says. */
function fakeClock() {
  let time = 0;
  const queue: Array<() => void> = [];
  const clock: FrameClock = { now: () => time, next: (cb) => { queue.push(cb); }, idle: () => {} };
  return {
    clock,
    advance: (ms: number) => { time += ms; },
    frame: () => { const cb = queue.shift(); cb?.(); return cb !== undefined; },
    get waiting() { return queue.length; },
  };
}

function recorder(size: number, log: string[], name: string, weight = 1, onRun: (n: number) => void = () => {}): ChunkStep {
  return { size, weight, run: (from, to) => { log.push(`${name}${from}-${to}`); onRun(to - from); } };
}

describe('takeSlice', () => {
  it('walks the steps in order, by weighted units, without skipping or repeating an item', () => {
    const steps = [recorder(3, [], 'a'), recorder(0, [], 'b'), recorder(10, [], 'c', 0.5)];
    const cursor = { step: 0, item: 0 };
    expect(takeSlice(steps, cursor, 4)).toEqual([[0, 0, 3], [2, 0, 2]]);
    expect(takeSlice(steps, cursor, 2)).toEqual([[2, 2, 6]]);
    expect(takeSlice(steps, cursor, 100)).toEqual([[2, 6, 10]]);
    expect(cursor.step).toBe(3);
  });
});

describe('ChunkRunner', () => {
  it('applies a small change at once, inside one wrap', async () => {
    const t = fakeClock();
    const log: string[] = [];
    let wraps = 0;
    const done = new ChunkRunner(t.clock).run([recorder(5, log, 'n'), recorder(8, log, 'e')], (work) => { wraps++; work(); });
    expect(log).toEqual(['n0-5', 'e0-8']);
    expect(wraps).toBe(1);
    expect(t.waiting).toBe(0);
    await expect(done).resolves.toBe(true);
  });

  it('keeps the first chunk of a run small, whatever a run of cheaper work taught the chunk size', async () => {
    const t = fakeClock();
    const runner = new ChunkRunner(t.clock, 12, 1000);
    // Cheap items: the chunk grows to its maximum.
    const cheap = runner.run([recorder(5000, [], 'n', 1, (n) => t.advance(n * 0.001))]);
    while (t.frame());
    await cheap;
    expect(runner.lastRun.at(-2)!.units).toBe(FRAME_DEFAULTS.maxChunk);
    // The next change runs its first chunk inside the input handler that made it.
    const log: string[] = [];
    const next = runner.run([recorder(1000, log, 'f', 0.5)]);
    expect(log).toEqual([`f0-${FRAME_DEFAULTS.largeFirst / 0.5}`]);
    while (t.frame());
    await next;
  });

  it('spreads a large change over frames, fitting the chunk to the measured cost', async () => {
    const t = fakeClock();
    const log: string[] = [];
    // Each item costs 0.1 ms: a 12 ms budget fits about 120 items, below the first chunk.
    const runner = new ChunkRunner(t.clock, 12, 1000);
    const done = runner.run([recorder(3000, log, 'n', 1, (n) => t.advance(n * 0.1))]);
    expect(log).toEqual([`n0-${FRAME_DEFAULTS.largeFirst}`]);
    let frames = 1;
    while (t.frame()) frames++;
    await expect(done).resolves.toBe(true);
    const covered = log.map((s) => s.slice(1).split('-').map(Number)).reduce((sum, [a, b]) => { expect(a).toBe(sum); return b!; }, 0);
    expect(covered).toBe(3000);
    expect(frames).toBeGreaterThan(3);
    // After the first frames, every chunk keeps to the budget (within the bounds on chunk size).
    const later = runner.lastRun.slice(3, -1);
    for (const c of later) expect(c.ms).toBeLessThanOrEqual(Math.max(12 * 1.05, FRAME_DEFAULTS.minChunk * 0.1));
  });

  it('keeps the frame after the input handler\'s as small as the handler\'s chunk', () => {
    const t = fakeClock();
    const runner = new ChunkRunner(t.clock, 12, 1000);
    const cheap = runner.run([recorder(5000, [], 'n', 1, (n) => t.advance(n * 0.001))]);
    while (t.frame());
    void cheap;
    void runner.run([recorder(1000, [], 'g', 1, (n) => t.advance(n * 0.001))]);
    t.frame();
    t.frame();
    const sizes = runner.lastRun.map((c) => c.units);
    expect(sizes.slice(0, 2)).toEqual([FRAME_DEFAULTS.largeFirst, FRAME_DEFAULTS.largeFirst]);
    // From then on the chunk learned from the cheap run applies.
    expect(sizes[2]).toBe(FRAME_DEFAULTS.maxChunk);
  });

  it('stops a chunk whose items turn costlier than the last ones did at the budget, cutting its next piece to the time left', () => {
    const t = fakeClock();
    const runner = new ChunkRunner(t.clock, 10, 1000);
    let cost = 0.001;
    void runner.run([recorder(5000, [], 'n', 1, (n) => t.advance(n * cost))]);
    for (let i = 0; i < 4; i++) t.frame();
    expect(runner.lastRun.at(-1)!.units).toBe(FRAME_DEFAULTS.maxChunk);
    // The items turn costly (first edges, say): 0.5 ms each, so a piece is 8 ms and the chunk would be 40.
    // The first piece, sized at the old cost, takes 8 ms; the next is cut to the 2 ms left.
    cost = 0.5;
    t.frame();
    const costly = runner.lastRun.at(-1)!;
    expect(costly.units).toBe(FRAME_DEFAULTS.piece + 4);
    expect(costly.ms).toBeLessThanOrEqual(10);
    // And the next chunk fits the budget from its first piece.
    t.frame();
    expect(runner.lastRun.at(-1)!.units).toBe(20);
    expect(runner.lastRun.at(-1)!.ms).toBeLessThanOrEqual(10);
  });

  it('sizes pieces by what each step costs, and keeps chunks within a frame when pieces of one step vary threefold', async () => {
    const t = fakeClock();
    const runner = new ChunkRunner(t.clock, 10, 1000);
    // Nodes at 0.2 ms, then edges whose cost swings between 0.3 and 0.9 ms a unit from one piece to the next
    // (some are a hub's), as a filter's show at full style does.
    let piece = 0;
    const nodes = recorder(300, [], 'n', 1, (n) => t.advance(n * 0.2));
    const edges = recorder(3000, [], 'e', 0.35, (n) => t.advance(n * 0.35 * (piece++ % 3 === 2 ? 0.9 : 0.3)));
    const done = runner.run([nodes, edges]);
    while (t.frame());
    await expect(done).resolves.toBe(true);
    const chunks = runner.lastRun.slice(2, -1);
    // A piece is at most half the budget's worth at the cost guessed, so one that costs three times the guess
    // ends the chunk half the budget late at most (15 ms: within a frame at 60 Hz).
    expect(Math.max(...chunks.map((c) => c.ms))).toBeLessThanOrEqual(10 * 1.5);
    // And the cost is followed up at once and down slowly: most chunks keep within a tenth of the budget.
    expect(chunks.filter((c) => c.ms > 11).length).toBeLessThan(chunks.length / 4);
    // And the run is not crawling: most chunks do more than one piece's worth.
    expect(chunks.filter((c) => c.ms >= 6).length).toBeGreaterThan(chunks.length / 2);
  });

  it('applies a small change whole even when its items are costly', () => {
    const t = fakeClock();
    const runner = new ChunkRunner(t.clock, 10, 1000);
    const log: string[] = [];
    void runner.run([recorder(FRAME_DEFAULTS.syncUnits, log, 's', 1, (n) => t.advance(n * 2))]);
    expect(t.waiting).toBe(0);
    expect(runner.lastRun).toHaveLength(1);
    expect(runner.lastRun[0]!.units).toBe(FRAME_DEFAULTS.syncUnits);
  });

  it('shrinks the chunk below the redraw floor when its own items are costly', async () => {
    const t = fakeClock();
    // 1 ms an item (an edge drawn as a curve, say): a 10 ms budget fits 10 items.
    const runner = new ChunkRunner(t.clock, 10, 1000);
    const done = runner.run([recorder(2000, [], 'e', 1, (n) => t.advance(n))]);
    while (t.frame());
    await done;
    const sizes = runner.lastRun.map((c) => c.units);
    // After the handler's chunk and the one after it (kept small by design), what the budget fits.
    expect(Math.max(...sizes.slice(2, -1))).toBeLessThanOrEqual(FRAME_DEFAULTS.minWork);
    expect(Math.min(...sizes.slice(2, -1))).toBe(10);
    expect(FRAME_DEFAULTS.minWork).toBeLessThan(FRAME_DEFAULTS.minChunk);
    // No chunk's own work runs past the budget: the cost is known from the first piece on.
    for (const c of runner.lastRun.slice(1)) expect(c.ms).toBeLessThanOrEqual(10);
  });

  it('shrinks the chunk when whole frames (the redraw after the work) run long', () => {
    const t = fakeClock();
    const runner = new ChunkRunner(t.clock, 1000, 50);
    void runner.run([recorder(20_000, [], 'n', 1, (n) => t.advance(n * 0.001))]);
    // Quick frames first: the chunk grows.
    for (let i = 0; i < 4; i++) { t.advance(5); t.frame(); }
    const grown = runner.lastRun.at(-1)!.units;
    for (let i = 0; i < 6; i++) {
      t.advance(200); // a slow redraw between frames
      t.frame();
    }
    const sizes = runner.lastRun.map((c) => c.units);
    expect(grown).toBeGreaterThan(FRAME_DEFAULTS.minChunk);
    expect(sizes.at(-1)).toBe(FRAME_DEFAULTS.minChunk);
  });

  it('a newer run cancels the rest of an older one', async () => {
    const t = fakeClock();
    const log: string[] = [];
    const runner = new ChunkRunner(t.clock);
    const first = runner.run([recorder(5000, log, 'old')]);
    expect(runner.busy).toBe(true);
    const second = runner.run([recorder(3, log, 'new')]);
    while (t.frame()) { /* drain */ }
    await expect(first).resolves.toBe(false);
    await expect(second).resolves.toBe(true);
    expect(log.filter((l) => l.startsWith('old'))).toHaveLength(1);
    expect(log.at(-1)).toBe('new0-3');
    expect(runner.busy).toBe(false);
  });
});

describe('ChunkRunner hold', () => {
  it('holds the canvas from the first chunk to the last, marks each chunk in between, and releases once on cancel', async () => {
    const fake = fakeClock();
    const events: string[] = [];
    const hold = () => { events.push('hold'); return { chunkDone: () => events.push('chunk'), release: () => events.push('release') }; };
    const runner = new ChunkRunner(fake.clock);
    const log: string[] = [];
    const done = runner.run([recorder(FRAME_DEFAULTS.syncUnits + 2 * FRAME_DEFAULTS.maxChunk, log, 'a')], undefined, hold);
    expect(events).toEqual(['hold', 'chunk']);
    while (fake.frame()) { /* every frame */ }
    await expect(done).resolves.toBe(true);
    expect(events[0]).toBe('hold');
    expect(events.at(-1)).toBe('release');
    expect(events.filter((e) => e === 'release')).toHaveLength(1);
    expect(events.filter((e) => e === 'chunk')).toHaveLength(log.length - 1);

    events.length = 0;
    const cancelled = runner.run([recorder(10_000, [], 'b')], undefined, hold);
    runner.cancel();
    runner.cancel();
    fake.frame();
    await expect(cancelled).resolves.toBe(false);
    expect(events).toEqual(['hold', 'chunk', 'release']);
  });

  it('a change applied at once holds and releases in the same call', () => {
    const events: string[] = [];
    const runner = new ChunkRunner(fakeClock().clock);
    void runner.run([recorder(5, [], 'c')], undefined, () => ({ chunkDone: () => events.push('chunk'), release: () => events.push('release') }));
    expect(events).toEqual(['release']);
  });
});
