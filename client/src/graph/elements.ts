// Turns API data into Cytoscape element definitions. Pure: no DOM, no Cytoscape
// instance, so tests run it directly.
import type { ElementDefinition, Position } from 'cytoscape';
import type { GraphEdge, GraphNode, Schema } from '../types.js';
import { Room } from './room.js';

/** Reads a relation type's display label; unknown types fall back to the raw type name. */
export type RelationLabels = (type: string) => string;

export function relationLabels(schema: Schema): RelationLabels {
  const labels = new Map(schema.relationTypes.map((r) => [r.type as string, r.label]));
  return (type) => labels.get(type) ?? type;
}

export function nodeElement(node: GraphNode, position?: Position): ElementDefinition {
  return {
    group: 'nodes',
    data: { ...node, label: node.name, size: 30 },
    ...(position ? { position: { ...position } } : {}),
  };
}

export function edgeElement(edge: GraphEdge, labels: RelationLabels): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: labels(edge.type),
      symmetric: edge.symmetric, evidenceCount: edge.evidenceCount, confidence: edge.confidence,
      ...pick(edge, ['validFrom', 'validTo']),
    },
  };
}

export interface GraphAdditions {
  /** Nodes not yet on the canvas. */
  nodes: GraphNode[];
  /** Edges not yet on the canvas whose both endpoints will be there. */
  edges: GraphEdge[];
  /** Edges left out because an endpoint is neither on the canvas nor in the batch. */
  dangling: number;
}

/**
 * What to add to a canvas that already holds `present` ids. An edge is kept
 * only when both endpoints will exist: Cytoscape throws on a dangling edge.
 */
export function additions(present: ReadonlySet<string>, nodes: GraphNode[], edges: GraphEdge[]): GraphAdditions {
  const newNodes = uniqueBy(nodes.filter((n) => !present.has(n.id)), (n) => n.id);
  const willExist = new Set([...present, ...newNodes.map((n) => n.id)]);
  const candidates = uniqueBy(edges.filter((e) => !present.has(e.id)), (e) => e.id);
  const kept = candidates.filter((e) => willExist.has(e.source) && willExist.has(e.target));
  return { nodes: newNodes, edges: kept, dangling: candidates.length - kept.length };
}

/**
 * Starting positions for `count` new nodes on rings around `center`, so a
 * layout begins with each new node beside its parent rather than at the origin.
 */
export function ringPositions(center: Position, count: number, radius = 120, perRing = 12): Position[] {
  return Array.from({ length: count }, (_, i) => {
    const ring = Math.floor(i / perRing);
    const onRing = Math.min(perRing, count - ring * perRing);
    const angle = (2 * Math.PI * (i % perRing)) / onRing + ring * 0.4;
    const r = radius * (1 + ring * 0.6);
    return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
  });
}

export const FAN = {
  /** Distance from the parent to the first ring. */
  radius: 110,
  /** Between rings: a node with its label under it. */
  ringGap: 70,
  /** Along a ring: room for a label beside the next node. */
  arcGap: 90,
  /** No new node closer than this to a node already drawn. */
  minGap: 60,
  /** Nodes within this distance of the parent decide which way the fan opens. */
  near: 700,
  /** The fan's opening when other nodes are near (radians); a lone parent gets the full circle. */
  opening: 1.25 * Math.PI,
} as const;

/**
 * Deterministic places for `count` new nodes around `parent`: rings of arcs
 * opening away from the nodes already near it (`others`), each spot at least
 * FAN.minGap from any of them and FAN.arcGap from its neighbours on the ring.
 * The same input always gives the same places, and old nodes never move.
 */
export function fanPositions(parent: Position, count: number, others: readonly Position[] = []): Position[] {
  if (count <= 0) return [];
  const room = new Room(FAN.minGap, others);
  let sx = 0, sy = 0, near = 0;
  for (const p of others) {
    const d = Math.hypot(p.x - parent.x, p.y - parent.y);
    if (d > 0.5 && d < FAN.near) { sx += p.x - parent.x; sy += p.y - parent.y; near++; }
  }
  // Open away from the neighbours' centre; with none (or balanced all round), the full circle.
  const lone = near === 0 || Math.hypot(sx, sy) / near < 1;
  const facing = lone ? -Math.PI / 2 : Math.atan2(-sy, -sx);
  const opening = lone ? 2 * Math.PI : FAN.opening;
  const spots: Position[] = [];
  for (let ring = 0; spots.length < count; ring++) {
    const r = FAN.radius + ring * FAN.ringGap;
    const full = opening >= 2 * Math.PI - 1e-9;
    const slots = Math.max(1, Math.floor((opening * r) / FAN.arcGap) + (full ? 0 : 1));
    const step = full ? opening / slots : slots > 1 ? opening / (slots - 1) : 0;
    // From the middle of the arc outwards, alternating sides; odd rings shifted half a step.
    const shift = full && ring % 2 === 1 ? step / 2 : 0;
    for (let s = 0; s < slots && spots.length < count; s++) {
      const offset = full ? s * step + shift : (s % 2 === 0 ? 1 : -1) * Math.ceil(s / 2) * step + (slots % 2 === 0 ? step / 2 : 0);
      const angle = facing + offset;
      const x = parent.x + r * Math.cos(angle), y = parent.y + r * Math.sin(angle);
      // Past 60 rings something is wrong with the input: stop looking for room.
      if (ring < 60 && room.crowded({ x, y })) continue;
      spots.push({ x, y });
    }
  }
  return spots;
}

/** Total of the per-relation-type counts of neighbours still hidden. */
export function hiddenTotal(hidden: Record<string, number>): number {
  return Object.values(hidden).reduce((sum, n) => sum + n, 0);
}

/** The named fields a newer server may send, copied only when present. */
function pick<T extends object>(item: T, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in item).map((k) => [k, (item as Record<string, unknown>)[k]]));
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
