// Values of a person's query result made JSON-safe: integers to numbers,
// temporal and spatial values to their ISO strings, entities and relations to
// the wire form the client draws (collected into one deduplicated graph),
// documents to {id, title}, paths to {nodes, edges}, anything else to plain data.
import neo4j, { type Integer, type Node, type Path, type Relationship } from 'neo4j-driver';
import { DOCUMENT_LABEL, isRelationType } from '../../ontology/index.js';
import type { GraphEdge, GraphNode } from '../records.js';
import type { Subgraph } from '../views.js';
import { toEdge, toNode } from './mapping.js';
import { onlyWithin } from './explore.js';

const ENTITY_LABEL = 'Entity';

/** Entities and relations met while converting, by id: the query result's drawable graph. */
export class GraphCollector {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  /** Never an edge whose endpoint is not among the nodes (Cytoscape throws on those). */
  subgraph(): Subgraph {
    const nodes = [...this.nodes.values()];
    return { nodes, edges: onlyWithin(nodes, [...this.edges.values()]) };
  }
}

/**
 * Element ids of relation endpoints that no node in the result names, so the
 * adapter can look their entity ids up; known collects those the result does name.
 */
export function endpointElementIds(value: unknown, known: Map<string, string>, wanted = new Set<string>()): Set<string> {
  visit(value, (item) => {
    if (neo4j.isNode(item) && isEntity(item)) known.set(item.elementId, String(item.properties.id));
    if (neo4j.isRelationship(item) && isRelationType(item.type)) wanted.add(item.startNodeElementId).add(item.endNodeElementId);
  });
  for (const id of known.keys()) wanted.delete(id);
  return wanted;
}

/** One value as JSON-safe data; entityIds maps element ids to entity ids for relation endpoints. */
export function toWire(value: unknown, entityIds: Map<string, string>, graph: GraphCollector): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return integer(value as Integer);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (isTemporalOrSpatial(value)) return String(value);
  if (neo4j.isVector(value)) return toWire(value.asTypedArray(), entityIds, graph);
  if (neo4j.isNode(value)) return nodeWire(value, graph);
  if (neo4j.isRelationship(value)) return relationshipWire(value, entityIds, graph);
  if (neo4j.isPath(value)) return pathWire(value, entityIds, graph);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number | bigint>, (v) => toWire(v, entityIds, graph));
  if (Array.isArray(value)) return value.map((v) => toWire(v, entityIds, graph));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toWire(v, entityIds, graph)]));
  }
  return value;
}

function nodeWire(node: Node, graph: GraphCollector): unknown {
  if (isEntity(node)) {
    const wire = toNode(plainProperties(node.properties));
    graph.nodes.set(wire.id, wire);
    return wire;
  }
  if (node.labels.includes(DOCUMENT_LABEL)) return { id: String(node.properties.id), title: String(node.properties.title ?? '') };
  return { labels: node.labels, properties: plainProperties(node.properties) };
}

function relationshipWire(rel: Relationship, entityIds: Map<string, string>, graph: GraphCollector): unknown {
  const source = entityIds.get(rel.startNodeElementId);
  const target = entityIds.get(rel.endNodeElementId);
  if (!isRelationType(rel.type) || source === undefined || target === undefined) {
    return { type: rel.type, properties: plainProperties(rel.properties) };
  }
  const props = plainProperties(rel.properties);
  const wire = toEdge({ ...props, type: rel.type, source, target, properties: props });
  graph.edges.set(wire.id, wire);
  return wire;
}

function pathWire(path: Path, entityIds: Map<string, string>, graph: GraphCollector): unknown {
  const nodes = [path.start, ...path.segments.map((s) => s.end)];
  return {
    nodes: nodes.map((n) => toWire(n, entityIds, graph)),
    edges: path.segments.map((s) => toWire(s.relationship, entityIds, graph)),
  };
}

/** Property values need the same care (integers, dates), but never hold nodes. */
function plainProperties(props: Record<string, unknown>): Record<string, unknown> {
  return toWire(props, new Map(), new GraphCollector()) as Record<string, unknown>;
}

function integer(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function isEntity(node: Node): boolean {
  return node.labels.includes(ENTITY_LABEL) && node.properties.id !== undefined;
}

function isTemporalOrSpatial(value: unknown): boolean {
  return neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value)
    || neo4j.isLocalTime(value) || neo4j.isDuration(value) || neo4j.isPoint(value);
}

/** Calls see on every value nested in lists, maps and paths. */
function visit(value: unknown, see: (item: unknown) => void): void {
  see(value);
  if (neo4j.isPath(value)) {
    see(value.start);
    for (const segment of value.segments) { see(segment.relationship); see(segment.end); }
  } else if (Array.isArray(value)) {
    for (const v of value) visit(v, see);
  } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) visit(v, see);
  }
}
