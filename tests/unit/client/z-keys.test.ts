// Whether the drawing order can have changed, followed on a real (headless) Cytoscape
// through its renderer's notices and its style's triggers.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { MAX_ADDED, MAX_REMOVED, watchOrder } from '../../../client/src/graph/z-keys.js';

const style = [
  { selector: 'node', style: { 'z-index': 'data(z)' } },
  { selector: '.off', style: { display: 'none' } },
  { selector: '.faint', style: { opacity: 0 } },
  { selector: '.mute', style: { events: 'no' } },
  { selector: '.raised', style: { 'z-index': 50 } },
  { selector: '.front', style: { 'z-compound-depth': 'top' } },
] as cytoscape.StylesheetJson;

function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style,
    elements: [
      { data: { id: 'a', z: 1 } },
      { data: { id: 'b', z: 2 } },
      { data: { id: 'c', z: 3 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
}

function watched(cy: Core) {
  const watch = watchOrder(cy, (cy as unknown as { renderer(): { notify(name: string, eles?: unknown): void } }).renderer());
  // Cytoscape applies styles when they are next read: read them all, as a sort would.
  const sort = () => { cy.elements().forEach((e) => { (e as unknown as { pstyle(name: string): unknown }).pstyle('z-index'); }); watch.sorted(); };
  return { watch, sort };
}

describe('the drawing order watch', () => {
  it('says the order may have changed until the first sort', () => {
    const { watch, sort } = watched(canvas());
    expect(watch.changed()).toBe(true);
    sort();
    expect(watch.changed()).toBe(false);
  });

  it('keeps the order through hiding, showing, fading and muting elements', () => {
    const cy = canvas();
    const { watch, sort } = watched(cy);
    sort();
    cy.batch(() => { cy.$('#a, #ab').addClass('off'); });
    cy.$('#b').addClass('faint');
    cy.$('#c').addClass('mute');
    expect(watch.changed()).toBe(false);
    cy.$('#a, #ab').removeClass('off');
    expect(watch.changed()).toBe(false);
  });

  it('sees a z-index or compound depth change, applied now or when next read', () => {
    const cy = canvas();
    const { watch, sort } = watched(cy);
    sort();
    cy.$('#a').data('z', 9);
    expect(watch.changed()).toBe(true);
    sort();
    // Restyled inside a batch and never read: the style is applied while the watch is asked.
    cy.batch(() => { cy.$('#b').addClass('raised'); });
    expect(watch.changed()).toBe(true);
    sort();
    cy.$('#c').addClass('front');
    expect(watch.changed()).toBe(true);
  });

  it('sees elements added or removed', () => {
    const cy = canvas();
    const { watch, sort } = watched(cy);
    sort();
    cy.add({ data: { id: 'd', z: 0 } });
    expect(watch.changed()).toBe(true);
    sort();
    cy.remove(cy.$('#d'));
    expect(watch.changed()).toBe(true);
  });

  it('follows a canvas whose stylesheet was replaced, and keeps canvases apart', () => {
    const cy = canvas();
    const other = canvas();
    const { watch, sort } = watched(cy);
    const second = watched(other);
    sort();
    second.sort();
    cy.style(style);
    cy.$('#a').addClass('raised');
    expect(watch.changed()).toBe(true);
    expect(second.watch.changed()).toBe(false);
  });

  it('gives up following after many restyles between two sorts, and sorts', () => {
    const cy = canvas();
    const { watch, sort } = watched(cy);
    sort();
    for (let i = 0; i < 1001; i++) cy.$('#c').toggleClass('faint');
    expect(watch.changed()).toBe(true);
  });

  it('lists the few elements restyled since the last sort, and those of them whose keys changed', () => {
    const cy = canvas();
    const { watch, sort } = watched(cy);
    expect(watch.few()).toBeUndefined();
    sort();
    expect(watch.few()).toEqual({ moved: [], restyled: [], added: [], removed: [] });
    cy.$('#b').addClass('faint');
    cy.batch(() => { cy.$('#c').addClass('raised'); });
    const few = watch.few()!;
    expect(few.moved.map((e) => (e as cytoscape.SingularElementReturnValue).id())).toEqual(['c']);
    expect(few.restyled.map((e) => (e as cytoscape.SingularElementReturnValue).id()).sort()).toEqual(['b', 'c']);
    sort();
    expect(watch.few()).toEqual({ moved: [], restyled: [], added: [], removed: [] });
  });

  it('lists a few elements added or removed apart from those restyled, and nothing past many added or removed, both at once, or a few restyled', () => {
    const cy = canvas();
    const { watch, sort } = watched(cy);
    sort();
    cy.batch(() => { cy.add([{ data: { id: 'd', z: 0 } }, { data: { id: 'bd', source: 'b', target: 'd' } }]); });
    const few = watch.few()!;
    expect(few.added.map((e) => (e as cytoscape.SingularElementReturnValue).id())).toEqual(['d', 'bd']);
    expect(few.moved).toEqual([]);
    expect(watch.changed()).toBe(true);
    sort();
    cy.batch(() => { cy.add(Array.from({ length: MAX_ADDED + 1 }, (_, i) => ({ data: { id: `m${i}`, z: 0 } }))); });
    expect(watch.few()).toBeUndefined();
    sort();
    const ids = (eles: readonly object[] | undefined) => eles?.map((e) => (e as cytoscape.SingularElementReturnValue).id());
    // In the order Cytoscape takes them from its list: a node's edges first.
    cy.remove(cy.$('#d'));
    expect(ids(watch.few()?.removed)).toEqual(['bd', 'd']);
    expect(ids(watch.few()?.added)).toEqual([]);
    expect(watch.changed()).toBe(true);
    sort();
    cy.batch(() => { cy.nodes().addClass('faint'); });
    expect(watch.few()).toBeUndefined();
    // Only hidden: the order itself is known to be the same.
    expect(watch.changed()).toBe(false);
    sort();
    // (Compared as a boolean: a failure printing Cytoscape's elements would run out of memory.)
    cy.batch(() => { cy.remove(cy.$('#m0')); cy.add({ data: { id: 'n0', z: 0 } }); });
    expect(watch.few() === undefined).toBe(true);
    sort();
    // Past MAX_REMOVED (the other MAX_ADDED nodes added above, and one more).
    expect(MAX_ADDED).toBe(MAX_REMOVED);
    cy.batch(() => { cy.remove(cy.nodes('[id ^= "m"], #n0')); });
    expect(watch.few() === undefined).toBe(true);
  });

  it('always says changed where the renderer cannot be followed', () => {
    const cy = canvas();
    const watch = watchOrder(cy, {});
    watch.sorted();
    expect(watch.changed()).toBe(true);
  });
});
