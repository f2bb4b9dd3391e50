// Restyles that only hide, show or fade elements skip Cytoscape's style hints, on a real
// (headless) Cytoscape: the keys its texture caches use stay what a full restyle gives.
import { describe, expect, it } from 'vitest';
import cytoscape, { type Core, type SingularElementReturnValue } from 'cytoscape';
import { skipUnkeyedHints, UNKEYED_GROUP } from '../../../client/src/graph/style-hints.js';

const style = [
  { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#336699' } },
  { selector: 'edge', style: { label: 'data(label)', width: 2 } },
  { selector: '.off', style: { display: 'none' } },
  { selector: '.dimmed', style: { opacity: 0.15 } },
  { selector: '.red', style: { 'background-color': '#cc0000' } },
] as cytoscape.StylesheetJson;

function canvas(optIn: boolean): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style,
    elements: [
      { data: { id: 'a', label: 'Alpha', size: 20 } },
      { data: { id: 'twin', label: 'Alpha', size: 20 } },
      { data: { id: 'b', label: 'Beta', size: 30 } },
      { data: { id: 'ab', source: 'a', target: 'b', label: 'works with' } },
      { data: { id: 'twinb', source: 'twin', target: 'b', label: 'works with' } },
    ],
  });
  if (optIn) expect(skipUnkeyedHints(cy)).toBe(true);
  read(cy);
  return cy;
}

interface Hinted {
  styleKey: unknown;
  nodeKey?: unknown;
  labelKey: unknown;
  labelStyleKey: unknown;
  sourceLabelKey?: unknown;
  targetLabelKey?: unknown;
}

const hints = (ele: SingularElementReturnValue) => (ele[0] as unknown as { _private: Hinted })._private;

/** The keys the renderer's texture caches are looked up by. */
function drawnKeys(ele: SingularElementReturnValue) {
  const { nodeKey, labelKey, labelStyleKey, sourceLabelKey, targetLabelKey } = hints(ele);
  return { nodeKey, labelKey, labelStyleKey, sourceLabelKey, targetLabelKey };
}

/** Cytoscape applies a style when it is next read, as the renderer does before drawing. */
function read(cy: Core): void {
  cy.elements().forEach((e) => { (e as unknown as { pstyle(name: string): unknown }).pstyle('display'); });
}

describe('style hints kept through hiding and fading', () => {
  it('keeps the hints of an element hidden and shown again, equal to those of one never hidden', () => {
    const cy = canvas(true);
    const before = hints(cy.$('#a')).styleKey;
    cy.$('#a, #ab').addClass('off');
    read(cy);
    expect(cy.$('#a').visible()).toBe(false);
    expect(hints(cy.$('#a')).styleKey).toBe(before);
    cy.$('#a, #ab').removeClass('off').addClass('dimmed');
    read(cy);
    expect(cy.$('#a').visible()).toBe(true);
    expect(cy.$('#a').style('opacity')).toBe('0.15');
    expect(hints(cy.$('#a')).styleKey).toBe(before);
    expect(drawnKeys(cy.$('#a'))).toEqual(drawnKeys(cy.$('#twin')));
    expect(drawnKeys(cy.$('#ab'))).toEqual(drawnKeys(cy.$('#twinb')));
  });

  it('leaves a canvas that did not ask to Cytoscape, which hashes again on every restyle', () => {
    canvas(true);
    const cy = canvas(false);
    const before = hints(cy.$('#a')).styleKey;
    cy.$('#a').addClass('off');
    read(cy);
    expect(hints(cy.$('#a')).styleKey).not.toBe(before);
  });

  it('makes new hints when a drawn property changes, with or without a change of display', () => {
    const cy = canvas(true);
    const plain = drawnKeys(cy.$('#a'));
    cy.$('#a').addClass('red');
    cy.$('#twin').addClass('red off');
    read(cy);
    expect(drawnKeys(cy.$('#a')).nodeKey).not.toBe(plain.nodeKey);
    expect(drawnKeys(cy.$('#twin'))).toEqual(drawnKeys(cy.$('#a')));
  });

  it('keys a label changed while hidden by its new text once shown', () => {
    const cy = canvas(true);
    cy.$('#a').addClass('off');
    read(cy);
    cy.$('#a').data('label', 'Gamma');
    cy.$('#twin').data('label', 'Gamma');
    read(cy);
    cy.$('#a').removeClass('off');
    read(cy);
    expect(drawnKeys(cy.$('#a'))).toEqual(drawnKeys(cy.$('#twin')));
  });

  it('rests on Cytoscape keying no texture by a property of the visibility group', () => {
    // Cytoscape's own hints, on a canvas that did not ask: two elements that differ only in one of the
    // group's properties must share every key the renderer draws by. A property added to the group
    // fails the list below and must be checked before it is trusted.
    const cy = canvas(false);
    const group = (cy.style() as unknown as { propertyGroups: Record<string, Array<{ name: string }>> }).propertyGroups[UNKEYED_GROUP]!;
    const values: Record<string, string | number> = {
      display: 'none', visibility: 'hidden', opacity: 0.3, 'text-opacity': 0.3, 'min-zoomed-font-size': 20,
      'z-compound-depth': 'top', 'z-index-compare': 'manual', 'z-index': 7,
    };
    expect(group.map((p) => p.name).sort()).toEqual(Object.keys(values).sort());
    for (const [name, value] of Object.entries(values)) {
      for (const [id, twin] of [['a', 'twin'], ['ab', 'twinb']] as const) {
        cy.$id(id).style(name, value);
        read(cy);
        expect(drawnKeys(cy.$id(id)), `${name} on ${id}`).toEqual(drawnKeys(cy.$id(twin)));
        cy.$id(id).removeStyle(name);
      }
    }
  });
});
