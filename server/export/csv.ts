// CSV for `neo4j-admin database import`: nodes.csv and relationships.csv with typed headers
// (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, name:type, arrays split on ';'). Labels are
// "Entity;<type>" as the Neo4j adapter models entities. Evidence is JSON text.
import type { EdgeDetail, GraphNode } from '../store/records.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, documentIds, textOf, type Attribute, type AttributeKind, type AttributeValue } from './attributes.js';
import type { ExportSource } from './source.js';

/** neo4j-admin's array delimiter (its default): a value holding it cannot be told apart, so aliases must not. */
export const ARRAY_DELIMITER = ';';
export const ENTITY_LABEL = 'Entity';

const ADMIN_TYPE: Record<AttributeKind, string> = {
  // double, not float: neo4j-admin's float is 32-bit and would round PageRank.
  string: '', int: ':long', double: ':double', boolean: ':boolean', 'string[]': ':string[]', json: '',
};

const DOCUMENT_IDS: Attribute<EdgeDetail> = {
  name: 'docIds', kind: 'string[]', description: 'Documents cited by the evidence', value: documentIds,
};
// The relation type is the :TYPE column, not a property.
const EDGE_COLUMNS = [...EDGE_ATTRIBUTES.filter((a) => a.name !== 'type'), DOCUMENT_IDS];

/** RFC 4180 quoting; null is an empty unquoted field, which neo4j-admin reads as "no property". */
export function csvField(value: string | null): string {
  if (value === null) return '';
  return value === '' || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cell(kind: AttributeKind, value: AttributeValue): string {
  if (value === null) return '';
  if (kind === 'string[]') return csvField((value as string[]).join(ARRAY_DELIMITER));
  return csvField(textOf(kind, value));
}

const header = <T>(attributes: Array<Attribute<T>>) => attributes.map((a) => csvField(a.name + ADMIN_TYPE[a.kind]));
const cells = <T>(attributes: Array<Attribute<T>>, item: T) => attributes.map((a) => cell(a.kind, a.value(item)));

export async function* writeNodesCsv(nodes: AsyncIterable<GraphNode>): AsyncGenerator<string> {
  yield ['id:ID', ':LABEL', ...header(NODE_ATTRIBUTES)].join(',') + '\n';
  for await (const n of nodes) {
    yield [csvField(n.id), `${ENTITY_LABEL}${ARRAY_DELIMITER}${n.type}`, ...cells(NODE_ATTRIBUTES, n)].join(',') + '\n';
  }
}

export async function* writeRelationshipsCsv(edges: AsyncIterable<EdgeDetail>): AsyncGenerator<string> {
  yield [':START_ID', ':END_ID', ':TYPE', 'id', ...header(EDGE_COLUMNS)].join(',') + '\n';
  for await (const e of edges) {
    yield [csvField(e.source), csvField(e.target), e.type, csvField(e.id), ...cells(EDGE_COLUMNS, e)].join(',') + '\n';
  }
}

export const csvEntries = (source: ExportSource) => [
  { name: 'nodes.csv', content: writeNodesCsv(source.nodes()) },
  { name: 'relationships.csv', content: writeRelationshipsCsv(source.edges()) },
];
