// Small pure helpers of the canvas: node sizes, community colours, the GPU check, the keyboard table.
import { describe, expect, it } from 'vitest';
import { communityColor, NO_COMMUNITY, nodeSize, SIZE } from '../../../client/src/graph/appearance.js';
import { isHardwareRenderer } from '../../../client/src/graph/renderer.js';
import { commandFor } from '../../../client/src/shortcuts.js';
import { node } from './fixtures.js';

const key = (k: string, over: Partial<Parameters<typeof commandFor>[0]> = {}) =>
  commandFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, typing: false, ...over });

describe('appearance', () => {
  it('sizes by degree, by PageRank against the canvas maximum, or not at all', () => {
    expect(nodeSize(node('a', { degree: 0 }), 'degree', 0)).toBe(SIZE.min);
    expect(nodeSize(node('a', { degree: 400 }), 'degree', 0)).toBe(SIZE.max);
    expect(nodeSize(node('a', { pagerank: 0.02 }), 'pagerank', 0.02)).toBe(SIZE.max);
    expect(nodeSize(node('a', { pagerank: 0 }), 'pagerank', 0)).toBe(SIZE.min);
    expect(nodeSize(node('a', { degree: 1 }), 'none', 0)).toBe(nodeSize(node('b', { degree: 30 }), 'none', 0));
  });

  it('colours communities from a palette and missing ones grey', () => {
    expect(communityColor(-1)).toBe(NO_COMMUNITY);
    expect(communityColor(0)).not.toBe(communityColor(1));
    expect(communityColor(20)).toBe(communityColor(0));
  });
});

describe('WebGL only on a real GPU', () => {
  it('refuses software renderers', () => {
    expect(isHardwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(false);
    expect(isHardwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(isHardwareRenderer('Microsoft Basic Render Driver')).toBe(false);
    expect(isHardwareRenderer(null)).toBe(false);
    expect(isHardwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(true);
    expect(isHardwareRenderer('Apple M2')).toBe(true);
  });
});

describe('keyboard shortcuts', () => {
  it('maps keys to commands', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { metaKey: true })).toBe('redo');
    expect(key('?', { shiftKey: true })).toBe('help');
    expect(key('H', { shiftKey: true })).toBe('show-hidden');
    expect(key('h')).toBe('hide');
    expect(key('Delete')).toBe('remove');
    expect(key('F10', { shiftKey: true })).toBe('menu');
  });

  it('leaves typing alone', () => {
    expect(key('h', { typing: true })).toBeNull();
    expect(key('z', { ctrlKey: true, typing: true })).toBeNull();
    expect(key('Escape', { typing: true })).toBe('escape');
  });
});
