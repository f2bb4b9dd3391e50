// Turns Kuzu result rows into the port's records. Kuzu returns INT64 aggregates as bigint and
// empty lists written through parameters as null, so every field is coerced here, once.
import type { KuzuValue, NodeID, RelValue } from 'kuzu';
import {
  RELATION_META, RELATION_PROPERTIES, isEntityType, isRelationType,
} from '../../ontology/index.js';
import type { Evidence, GraphEdge, GraphNode, Merge, RelationProps, RelationRecord } from '../records.js';
import type { Row } from './session.js';

export const str = (v: KuzuValue | undefined): string => (v === null || v === undefined ? '' : String(v));
export const num = (v: KuzuValue | undefined): number => (v === null || v === undefined ? 0 : Number(v));
export const strings = (v: KuzuValue | undefined): string[] => (Array.isArray(v) ? v.map((x) => String(x)) : []);
export const numbers = (v: KuzuValue | undefined): number[] => (Array.isArray(v) ? v.map((x) => Number(x)) : []);

/** A node from columns id, type, name, aliases, degree, pagerank, community — or otherId, otherType, ... with a prefix. */
export function toNode(row: Row, prefix = ''): GraphNode {
  const col = (key: string) => row[prefix ? prefix + key[0]!.toUpperCase() + key.slice(1) : key];
  const type = str(col('type'));
  if (!isEntityType(type)) throw new Error(`Not an entity table: ${type}`);
  return {
    id: str(col('id')),
    type,
    name: str(col('name')),
    aliases: strings(col('aliases')),
    degree: num(col('degree')),
    pagerank: num(col('pagerank')),
    // NULL only on rows written before analytics existed: no community yet.
    community: col('community') === null || col('community') === undefined ? -1 : num(col('community')),
  };
}

/** A whole entity node value (from a RETURN n) in its wire form. */
export function nodeValueToNode(node: Record<string, KuzuValue>): GraphNode {
  return toNode({ ...node, type: node._label ?? null });
}

export function parseMerges(value: KuzuValue | undefined): Merge[] {
  return typeof value === 'string' && value !== '' ? (JSON.parse(value) as Merge[]) : [];
}

const date = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function asRel(value: KuzuValue | undefined): RelValue {
  if (!value || typeof value !== 'object' || !('_label' in value)) throw new Error('Expected a relationship value');
  return value as RelValue;
}

export function parseEvidence(value: KuzuValue | undefined): Evidence[] {
  return typeof value === 'string' && value !== '' ? (JSON.parse(value) as Evidence[]) : [];
}

function propertiesOf(rel: RelValue): RelationProps {
  const props: RelationProps = {};
  for (const key of RELATION_PROPERTIES) {
    const value: unknown = rel[key];
    if (typeof value === 'string') props[key] = value;
  }
  return props;
}

/** The stored relation as the record it was written from. */
export function toRelationRecord(rel: RelValue, source: string, target: string): RelationRecord {
  const type = String(rel._label);
  if (!isRelationType(type)) throw new Error(`Not a relation table: ${type}`);
  return {
    id: str(rel.id), type, source, target,
    properties: propertiesOf(rel),
    confidence: num(rel.confidence),
    evidence: parseEvidence(rel.evidence),
    validFrom: date(rel.validFrom),
    validTo: date(rel.validTo),
  };
}

export function toEdge(record: RelationRecord): GraphEdge {
  const { evidence, ...edge } = record;
  return { ...edge, symmetric: RELATION_META[record.type].symmetric, evidenceCount: evidence.length };
}

export function sameId(a: KuzuValue | undefined, b: NodeID | null): boolean {
  const x = a as NodeID | null | undefined;
  return !!x && !!b && x.offset === b.offset && x.table === b.table;
}
