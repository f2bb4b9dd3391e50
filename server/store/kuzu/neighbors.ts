// neighbors(id): one page of an entity's relations with the neighbours they lead to. Kuzu cannot
// tell a relation's stored direction inside an undirected match, so outgoing and incoming edges
// are two queries, each sorted and cut at offset + limit, merged here in the same order.
import {
  ENTITY_TYPES, RELATION_META, RELATION_TYPES, type EntityType, type RelationType,
} from '../../ontology/index.js';
import type { GraphEdge, GraphNode, Neighborhood } from '../records.js';
import type { NeighborOptions } from '../port.js';
import { findEntity } from './read.js';
import { asRel, num, str, toEdge, toNode, toRelationRecord } from './rows.js';
import type { KuzuSession, Row } from './session.js';

interface Hop {
  edge: GraphEdge;
  other: GraphNode;
}

interface Side {
  side: 'out' | 'in';
  relTypes: RelationType[];
}

export async function neighbors(session: KuzuSession, id: string, options: NeighborOptions): Promise<Neighborhood | null> {
  const found = await findEntity(session, id);
  if (!found) return null;
  const types: EntityType[] = options.types?.length ? options.types : [...ENTITY_TYPES];
  const offset = Math.max(0, Math.floor(options.offset));
  const limit = Math.max(0, Math.floor(options.limit));
  const hops: Hop[] = [];
  const counts = new Map<string, number>();
  for (const { side, relTypes } of sides(options)) {
    const run = (name: string, extra = {}) => session.runTemplate(`${name}-${side}`, { label: found.label }, { id, relTypes, types, ...extra });
    if (offset + limit > 0) hops.push(...(await run('neighbors', { limit: offset + limit })).map(toHop));
    for (const row of await run('neighbor-counts')) counts.set(str(row.type), (counts.get(str(row.type)) ?? 0) + num(row.count));
  }
  return page(found.node, hops.sort(byNeighbour).slice(offset, offset + limit), counts);
}

/** Which relation types to follow each way. A symmetric relation has no direction to filter on. */
function sides(options: NeighborOptions): Side[] {
  const relTypes: RelationType[] = options.relTypes?.length ? options.relTypes : [...RELATION_TYPES];
  const symmetric = relTypes.filter((t) => RELATION_META[t].symmetric);
  const all: Side[] = [
    { side: 'out', relTypes: options.direction === 'in' ? symmetric : relTypes },
    { side: 'in', relTypes: options.direction === 'out' ? symmetric : relTypes },
  ];
  return all.filter((s) => s.relTypes.length > 0);
}

function toHop(row: Row): Hop {
  return { edge: toEdge(toRelationRecord(asRel(row.r), str(row.source), str(row.target))), other: toNode(row, 'other') };
}

function page(center: GraphNode, hops: Hop[], counts: Map<string, number>): Neighborhood {
  const hidden: Record<string, number> = Object.fromEntries(counts);
  for (const { edge } of hops) hidden[edge.type] = (hidden[edge.type] ?? 0) - 1;
  for (const [type, n] of Object.entries(hidden)) if (n <= 0) delete hidden[type];
  const nodes = new Map(hops.filter((h) => h.other.id !== center.id).map((h) => [h.other.id, h.other]));
  return {
    center,
    nodes: [...nodes.values()],
    edges: hops.map((h) => h.edge),
    hidden,
    total: [...counts.values()].reduce((a, b) => a + b, 0),
  };
}

/** The order of neighbors-*.cypher: best-connected first, then name, then edge id, compared as UTF-8 bytes like Kuzu. */
function byNeighbour(a: Hop, b: Hop): number {
  return b.other.degree - a.other.degree || bytes(a.other.name, b.other.name) || bytes(a.edge.id, b.edge.id);
}

const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
