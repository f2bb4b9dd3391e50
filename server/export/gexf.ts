// GEXF 1.3 (Gephi) with declared node and edge attributes; the legend's colour as viz:color.
// Lists and evidence are JSON text, the one list encoding every GEXF reader leaves intact.
// An edge's label is the relation's reading ("holds position at"), as its label attribute.
import { ENTITY_META, RELATION_META } from '../ontology/index.js';
import type { EdgeDetail, GraphNode } from '../store/records.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, textOf, type Attribute, type AttributeKind } from './attributes.js';
import type { ExportSource } from './source.js';
import { xmlAttrs } from './xml.js';

const GEXF_TYPE: Record<AttributeKind, string> = {
  string: 'string', int: 'long', double: 'double', boolean: 'boolean', 'string[]': 'string', json: 'string',
};

function declarations<T>(domain: 'node' | 'edge', attributes: Array<Attribute<T>>): string {
  const lines = attributes.map((a) => `      <attribute${xmlAttrs({ id: a.name, title: a.name, type: GEXF_TYPE[a.kind] })}/>\n`);
  return `    <attributes class="${domain}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<T>(attributes: Array<Attribute<T>>, item: T): string {
  let out = '';
  for (const a of attributes) {
    const value = a.value(item);
    if (value !== null) out += `<attvalue${xmlAttrs({ for: a.name, value: textOf(a.kind, value) })}/>`;
  }
  return `<attvalues>${out}</attvalues>`;
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

const nodeXml = (n: GraphNode) =>
  `      <node${xmlAttrs({ id: n.id, label: n.name })}>${attvalues(NODE_ATTRIBUTES, n)}${rgb(ENTITY_META[n.type].color)}</node>\n`;
const edgeXml = (e: EdgeDetail) =>
  `      <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, label: RELATION_META[e.type].label })}>${attvalues(EDGE_ATTRIBUTES, e)}</edge>\n`;

export async function* writeGexf(source: ExportSource, generatedAt: Date): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
    + `  <meta lastmodifieddate="${generatedAt.toISOString().slice(0, 10)}"><creator>kg-explorer</creator></meta>\n`;
  // Symmetric relations stay directed edges: a GEXF graph's edges share one default type.
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield declarations('node', NODE_ATTRIBUTES) + declarations('edge', EDGE_ATTRIBUTES);
  yield '    <nodes>\n';
  for await (const node of source.nodes()) yield nodeXml(node);
  yield '    </nodes>\n    <edges>\n';
  for await (const edge of source.edges()) yield edgeXml(edge);
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
