// Small wire-format values for the client's unit tests.
import type { GraphEdge, GraphNode } from '../../../server/store/records.js';

export function node(id: string, over: Partial<GraphNode> = {}): GraphNode {
  return { id, type: 'Person', name: id.replace(/^\w+:/, ''), aliases: [], degree: 1, pagerank: 0, community: -1, ...over };
}

export function edge(id: string, source: string, target: string, over: Partial<GraphEdge> = {}): GraphEdge {
  return {
    id, type: 'HOLDS_POSITION', source, target, properties: {}, confidence: 0.9, symmetric: false, evidenceCount: 1,
    validFrom: null, validTo: null, ...over,
  };
}
