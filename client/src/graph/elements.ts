// Turns API data into Cytoscape element definitions. Pure: no DOM, no Cytoscape
// instance, so tests run it directly.
import type { ElementDefinition, Position } from 'cytoscape';
import type { GraphEdge, GraphNode, Schema } from '../types.js';

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
