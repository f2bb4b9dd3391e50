// Per-node drawing values the stylesheet reads from data: size (by degree or
// PageRank, relative to the canvas) and community colour. Pure, unit-tested.
import type { CanvasNode, SizeBy } from '../core/types.js';

export const SIZE = {
  /** Node diameter range in pixels. */
  min: 24,
  max: 58,
  /** Degrees past this draw at the largest size. */
  degreeCap: 40,
} as const;

/** A categorical palette (Tableau 20 order, dark first) for communities; ids past its end wrap around. */
export const COMMUNITY_PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#a0cbe8', '#ffbe7d', '#8cd17d', '#b6992d', '#f1ce63', '#86bcb6', '#ff9d9a', '#79706e', '#d37295', '#d4a6c8',
] as const;
/** Nodes without a community (-1, or a server that does not compute them). */
export const NO_COMMUNITY = '#c4c9d1';

export const pagerankOf = (n: CanvasNode): number => n.pagerank ?? 0;
export const communityOf = (n: CanvasNode): number => n.community ?? -1;

export function communityColor(community: number): string {
  return community < 0 ? NO_COMMUNITY : COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!;
}

/** A node's diameter; PageRank is scaled against the largest on the canvas (square root, so hubs do not swamp). */
export function nodeSize(node: CanvasNode, sizeBy: SizeBy, maxPagerank: number): number {
  const span = SIZE.max - SIZE.min;
  if (sizeBy === 'none') return SIZE.min + span / 4;
  if (sizeBy === 'pagerank') return maxPagerank > 0 ? SIZE.min + span * Math.sqrt(pagerankOf(node) / maxPagerank) : SIZE.min;
  return SIZE.min + span * Math.min(1, Math.sqrt(node.degree / SIZE.degreeCap));
}
