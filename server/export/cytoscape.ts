// Cytoscape JSON: { elements: { nodes, edges } } for cy.json() and Cytoscape desktop (.cyjs).
// Data keys are the shared attribute names; evidence is JSON text because Cytoscape desktop
// columns hold only scalars and lists of scalars.
import { ENTITY_META } from '../ontology/index.js';
import type { EdgeDetail, GraphNode } from '../store/records.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type Attribute } from './attributes.js';
import { joined } from './chunks.js';
import type { ExportSource } from './source.js';

function data<T>(attributes: Array<Attribute<T>>, item: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of attributes) {
    const value = a.value(item);
    if (value !== null) out[a.name] = a.kind === 'json' ? JSON.stringify(value) : value;
  }
  return out;
}

function nodeElement(node: GraphNode): string {
  // "shared_name" and "label" are the columns Cytoscape desktop shows; the colour is the legend's.
  return JSON.stringify({
    group: 'nodes',
    data: { id: node.id, label: node.name, shared_name: node.name, color: ENTITY_META[node.type].color, ...data(NODE_ATTRIBUTES, node) },
  });
}

function edgeElement(edge: EdgeDetail): string {
  return JSON.stringify({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, interaction: edge.type, ...data(EDGE_ATTRIBUTES, edge) },
  });
}

export async function* writeCytoscape(source: ExportSource): AsyncGenerator<string> {
  yield '{"format_version":"1.0","generated_by":"kg-explorer","target_cytoscapejs_version":"~3.0",';
  yield '"data":{"name":"kg-explorer export"},"elements":{"nodes":[';
  yield* joined(source.nodes(), nodeElement);
  yield '\n],"edges":[';
  yield* joined(source.edges(), edgeElement);
  yield '\n]}}\n';
}
