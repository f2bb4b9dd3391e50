// GraphML with a typed <key> per attribute (yEd, Gephi, NetworkX, igraph). Lists and evidence
// are JSON text: GraphML's types are scalars only.
import type { EdgeDetail, GraphNode } from '../store/records.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, textOf, type Attribute, type AttributeKind } from './attributes.js';
import type { ExportSource } from './source.js';
import { xmlAttrs, xmlEscape } from './xml.js';

const GRAPHML_TYPE: Record<AttributeKind, string> = {
  string: 'string', int: 'long', double: 'double', boolean: 'boolean', 'string[]': 'string', json: 'string',
};

// Gephi and yEd take a node's caption from a key named "label".
const NODE_LABEL: Attribute<GraphNode> = { name: 'label', kind: 'string', description: 'Caption', value: (n) => n.name };
const NODE_KEYS = [NODE_LABEL, ...NODE_ATTRIBUTES];

function keys<T>(domain: 'node' | 'edge', prefix: string, attributes: Array<Attribute<T>>): string {
  return attributes.map((a) => `  <key${xmlAttrs({
    id: prefix + a.name, for: domain, 'attr.name': a.name, 'attr.type': GRAPHML_TYPE[a.kind],
  })}><desc>${xmlEscape(a.description)}</desc></key>\n`).join('');
}

function dataOf<T>(prefix: string, attributes: Array<Attribute<T>>, item: T): string {
  let out = '';
  for (const a of attributes) {
    const value = a.value(item);
    if (value !== null) out += `<data key="${prefix}${a.name}">${xmlEscape(textOf(a.kind, value))}</data>`;
  }
  return out;
}

const nodeXml = (n: GraphNode) => `    <node${xmlAttrs({ id: n.id })}>${dataOf('n_', NODE_KEYS, n)}</node>\n`;
const edgeXml = (e: EdgeDetail) =>
  `    <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target })}>${dataOf('e_', EDGE_ATTRIBUTES, e)}</edge>\n`;

export async function* writeGraphml(source: ExportSource): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield keys('node', 'n_', NODE_KEYS) + keys('edge', 'e_', EDGE_ATTRIBUTES);
  // Symmetric relations are still written source → target: NetworkX refuses mixed graphs.
  yield '  <graph id="kg" edgedefault="directed">\n';
  for await (const node of source.nodes()) yield nodeXml(node);
  for await (const edge of source.edges()) yield edgeXml(edge);
  yield '  </graph>\n</graphml>\n';
}
