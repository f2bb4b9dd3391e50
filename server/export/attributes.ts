// The attributes every exporter writes, derived from the ontology and the wire records:
// one list, so GraphML keys, GEXF declarations, CSV headers and Cytoscape data never drift.
import { RELATION_META, RELATION_PROPERTIES } from '../ontology/index.js';
import type { EdgeDetail, Evidence, GraphNode } from '../store/records.js';

/** Value kinds; XML formats write string[] and json as JSON text, CSV writes string[] as a neo4j-admin array. */
export type AttributeKind = 'string' | 'int' | 'double' | 'boolean' | 'string[]' | 'json';
export type AttributeValue = string | number | boolean | string[] | unknown[] | null;

export interface Attribute<T> {
  name: string;
  kind: AttributeKind;
  description: string;
  /** null when the item has no value: writers then omit it rather than write an empty string. */
  value(item: T): AttributeValue;
}

export const NODE_ATTRIBUTES: Array<Attribute<GraphNode>> = [
  { name: 'type', kind: 'string', description: 'Entity type (ontology)', value: (n) => n.type },
  { name: 'name', kind: 'string', description: 'Canonical name', value: (n) => n.name },
  { name: 'aliases', kind: 'string[]', description: 'Other names', value: (n) => n.aliases },
  { name: 'degree', kind: 'int', description: 'Relations touching the entity', value: (n) => n.degree },
  { name: 'pagerank', kind: 'double', description: 'PageRank over the relation graph', value: (n) => n.pagerank },
  { name: 'community', kind: 'int', description: 'Louvain community (-1: none)', value: (n) => n.community },
];

export const EDGE_ATTRIBUTES: Array<Attribute<EdgeDetail>> = [
  { name: 'type', kind: 'string', description: 'Relation type (ontology)', value: (e) => e.type },
  { name: 'label', kind: 'string', description: 'Relation as read between the names', value: (e) => RELATION_META[e.type].label },
  ...RELATION_PROPERTIES.map((key): Attribute<EdgeDetail> => ({
    name: key, kind: 'string', description: `Relation property "${key}"`, value: (e) => e.properties[key] ?? null,
  })),
  { name: 'confidence', kind: 'double', description: 'Best extraction confidence', value: (e) => e.confidence },
  { name: 'symmetric', kind: 'boolean', description: 'Reads the same both ways', value: (e) => e.symmetric },
  { name: 'evidenceCount', kind: 'int', description: 'Sentences supporting the relation', value: (e) => e.evidence.length },
  { name: 'validFrom', kind: 'string', description: 'First day the relation holds (ISO)', value: (e) => e.validFrom },
  { name: 'validTo', kind: 'string', description: 'Last day the relation holds (ISO)', value: (e) => e.validTo },
  { name: 'evidence', kind: 'json', description: 'Evidence sentences with document, offsets, method, confidence', value: (e) => e.evidence },
];

/** Evidence as the stores hold it (no document title): what replayable formats write. */
export function storedEvidence(edge: EdgeDetail): Evidence[] {
  return edge.evidence.map(({ documentId, start, end, text, method, confidence }) => ({ documentId, start, end, text, method, confidence }));
}

/** The documents cited by an edge's evidence, in first-cited order (the stores' docIds column). */
export function documentIds(edge: EdgeDetail): string[] {
  return [...new Set(edge.evidence.map((e) => e.documentId))];
}

/** A value as text for formats without lists or maps. */
export function textOf(kind: AttributeKind, value: AttributeValue): string {
  if (kind === 'string[]' || kind === 'json') return JSON.stringify(value);
  return String(value);
}
