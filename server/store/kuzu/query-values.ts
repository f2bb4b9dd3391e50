// Turns whatever a free query returns into JSON-safe values: an entity node becomes its GraphNode
// wire form, a relation its GraphEdge, a Document a small {id, title}; everything met on the way
// (inside lists, maps and paths too) is collected so the result can also be drawn.
import type { KuzuValue, RelValue } from 'kuzu';
import { DOCUMENT_LABEL, isEntityType, isRelationType } from '../../ontology/index.js';
import type { GraphEdge, GraphNode } from '../records.js';
import { nodeValueToNode, str } from './rows.js';

export interface Found {
  nodes: Map<string, GraphNode>;
  /** Entity ids by internal id ("table:offset"), to name the endpoints of relation values. */
  internal: Map<string, string>;
  /** Relation values by id; their endpoints' ids are resolved afterwards (values carry internal ids only). */
  rels: Map<string, RelValue>;
}

type Plain = Record<string, KuzuValue>;
const isObject = (v: KuzuValue): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** First pass: find every entity and relation, wherever it sits. */
export function collect(value: KuzuValue, found: Found): void {
  if (Array.isArray(value)) value.forEach((v) => collect(v, found));
  else if (isObject(value)) {
    const label = str(value._label);
    if ('_src' in value && isRelationType(label)) found.rels.set(str(value.id), value as unknown as RelValue);
    else if ('_id' in value && !('_src' in value) && isEntityType(label)) {
      found.nodes.set(str(value.id), nodeValueToNode(value));
      found.internal.set(internalKey(value._id), str(value.id));
    }
    else Object.values(value).forEach((v) => collect(v, found));
  }
}

/** Second pass: the JSON form of a value, given the edges resolved from the first. */
export function toJson(value: KuzuValue, edges: Map<string, GraphEdge>): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => toJson(v, edges));
  if (!isObject(value)) return value;
  return objectToJson(value, edges);
}

function objectToJson(value: Plain, edges: Map<string, GraphEdge>): unknown {
  const label = str(value._label);
  if ('_nodes' in value && '_rels' in value) return { nodes: toJson(value._nodes, edges), rels: toJson(value._rels, edges) };
  if ('_src' in value && isRelationType(label)) return edges.get(str(value.id)) ?? withoutInternals(value, edges);
  if ('_id' in value && isEntityType(label)) return nodeValueToNode(value);
  if ('_id' in value && label === DOCUMENT_LABEL) return { id: str(value.id), title: str(value.title) };
  return withoutInternals(value, edges);
}

/** Other nodes, mention links and plain maps: their own fields, less Kuzu's internal ids. */
function withoutInternals(value: Plain, edges: Map<string, GraphEdge>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '_label') out.type = v;
    else if (!['_id', '_src', '_dst'].includes(key)) out[key] = toJson(v, edges);
  }
  return out;
}

export const internalKey = (id: unknown): string => {
  const { table, offset } = (id ?? {}) as { table?: number; offset?: number };
  return `${table}:${offset}`;
};
