// Read side: search, one node with everything touching it, one edge, counts and hashes.
import { DOCUMENT_LABEL, ENTITY_TYPES, MENTIONED_IN, RELATION_TYPES, type EntityType } from '../../ontology/index.js';
import type {
  EdgeDetail, GraphNode, Merge, NodeDetail, RelationRecord, SearchHit, StoreStats,
} from '../records.js';
import type { SearchOptions } from '../port.js';
import { cypher } from '../cypher.js';
import { asRel, num, parseMerges, sameId, str, toEdge, toNode, toRelationRecord } from './rows.js';
import type { KuzuSession } from './session.js';
import { bestMatch } from './search-rank.js';

/** Most hits one search returns, whatever the caller asks for. */
const MAX_SEARCH_LIMIT = 1000;

export async function search(session: KuzuSession, text: string, options: SearchOptions): Promise<SearchHit[]> {
  const query = text.trim();
  if (query === '') return [];
  const types = options.types?.length ? options.types : [...ENTITY_TYPES];
  const limit = Math.min(Math.max(1, Math.floor(options.limit) || 1), MAX_SEARCH_LIMIT);
  const rows = await session.run('search', { query, types, limit });
  return rows.map((row) => {
    const node = toNode(row);
    return { ...node, matched: bestMatch([node.name, ...node.aliases], query) };
  });
}

interface FoundEntity {
  label: EntityType;
  node: GraphNode;
  merges: Merge[];
}

/** The entity with this id and the table it lives in; ids are unique across entity tables. */
export async function findEntity(session: KuzuSession, id: string): Promise<FoundEntity | null> {
  for (const label of ENTITY_TYPES) {
    const [row] = await session.runTemplate('find-entity', { label }, { id });
    if (row) return { label, node: toNode({ ...row, type: label }), merges: parseMerges(row.merges) };
  }
  return null;
}

export async function getNode(session: KuzuSession, id: string): Promise<NodeDetail | null> {
  const found = await findEntity(session, id);
  if (!found) return null;
  const relations = new Map<string, RelationRecord>();
  const neighbors = new Map<string, GraphNode>();
  for (const row of await session.runTemplate('node-edges', { label: found.label }, { id })) {
    const rel = asRel(row.r);
    const other = toNode(row, 'other');
    const outgoing = sameId(row.self, rel._src);
    relations.set(str(rel.id), toRelationRecord(rel, outgoing ? id : other.id, outgoing ? other.id : id));
    if (other.id !== id) neighbors.set(other.id, other);
  }
  const records = [...relations.values()].sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  const documents = await session.runTemplate('node-documents', { label: found.label }, { id });
  return {
    node: found.node,
    merges: found.merges,
    degreeByType: countBy(records.map((r) => r.type)),
    edges: await withTitles(session, records),
    neighbors: [...neighbors.values()],
    documents: documents.map((d) => ({ id: str(d.id), title: str(d.title), mentions: num(d.mentions) })),
  };
}

export async function getEdge(session: KuzuSession, id: string): Promise<EdgeDetail | null> {
  const [row] = await session.run('get-edge', { id });
  if (!row) return null;
  const [edge] = await withTitles(session, [toRelationRecord(asRel(row.r), str(row.source), str(row.target))]);
  return edge ?? null;
}

/** Edges with each evidence sentence labelled by its document's title (null once the document is gone). */
export async function withTitles(session: KuzuSession, records: RelationRecord[]): Promise<EdgeDetail[]> {
  const ids = [...new Set(records.flatMap((r) => r.evidence.map((e) => e.documentId)))];
  const rows = await session.runChunked(cypher('kuzu', 'document-titles'), 'ids', ids);
  const titles = new Map(rows.map((row) => [str(row.id), str(row.title)]));
  return records.map((r) => ({
    ...toEdge(r),
    evidence: r.evidence.map((e) => ({ ...e, documentTitle: titles.get(e.documentId) ?? null })),
  }));
}

export async function stats(session: KuzuSession): Promise<StoreStats> {
  const nodes = countsBy(await session.run('count-nodes'));
  const rels = countsBy(await session.run('count-rels'));
  const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, nodes.get(t) ?? 0]));
  const relationsByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, rels.get(t) ?? 0]));
  return {
    documents: nodes.get(DOCUMENT_LABEL) ?? 0,
    entities: sum(Object.values(entitiesByType)),
    relations: sum(Object.values(relationsByType)),
    mentions: rels.get(MENTIONED_IN) ?? 0,
    entitiesByType,
    relationsByType,
    ...(await rankings(session)),
  };
}

const TOP_ENTITIES = 10;
const TOP_COMMUNITIES = 20;
const COMMUNITY_MEMBERS = 5;

/** The analytics overview: best-ranked entities and the largest communities with their leaders. */
async function rankings(session: KuzuSession): Promise<Pick<StoreStats, 'topEntities' | 'communities'>> {
  const types = [...ENTITY_TYPES];
  const top = await session.run('top-entities', { types, limit: TOP_ENTITIES });
  const sizes = await session.run('community-sizes', { types, limit: TOP_COMMUNITIES });
  if (sizes.length === 0) return { topEntities: top.map((row) => toNode(row)), communities: [] };
  const leaders = new Map<number, GraphNode[]>(sizes.map((row) => [num(row.id), []]));
  // Rows come per community, best first: keep the first few of each.
  for (const row of await session.run('community-members', { types, communities: [...leaders.keys()] })) {
    const members = leaders.get(num(row.community));
    if (members && members.length < COMMUNITY_MEMBERS) members.push(toNode(row));
  }
  return {
    topEntities: top.map((row) => toNode(row)),
    communities: sizes.map((row) => ({ id: num(row.id), size: num(row.size), top: leaders.get(num(row.id)) ?? [] })),
  };
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export async function documentHashes(session: KuzuSession): Promise<Map<string, string>> {
  const rows = await session.run('document-hashes');
  return new Map(rows.map((row) => [str(row.id), str(row.hash)]));
}

function countsBy(rows: Array<Record<string, unknown>>): Map<string, number> {
  return new Map(rows.map((row) => [String(row.label), Number(row.count)]));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
