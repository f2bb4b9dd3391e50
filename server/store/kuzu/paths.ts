// shortestPaths(query): Kuzu's recursive SHORTEST / ALL SHORTEST patterns where they answer the
// question exactly, a breadth-first search driven from here (path-search.ts) where they cannot:
// - a recursive pattern has one direction for every relationship table, so "stored direction, but
//   symmetric types either way" (out/in over a mix of symmetric and directed types) cannot be said;
// - Kuzu 0.11.3 applies the node predicate of a SHORTEST pattern after finding the shortest length,
//   not during the search: with a hub excluded it returns nothing instead of the longer way round
//   (plain `*1..n` applies it correctly). So avoidTypes, avoidNodes and maxDegree go to the search.
import { RELATION_META, RELATION_TYPES, type RelationType } from '../../ontology/index.js';
import type { RawPath } from '../views.js';
import type { ShortestPathQuery } from '../port.js';
import { QueryRejectedError } from '../errors.js';
import { checkDate, relFilter, type Offsets } from './path-filter.js';
import { searchPaths } from './path-search.js';
import { findEntity } from './read.js';
import { num, str, strings } from './rows.js';
import type { KuzuSession } from './session.js';

/** Longest path searched, whatever is asked: beyond this, everything connects to everything. */
export const MAX_HOPS = 10;
/** Most paths one call returns. */
const MAX_PATHS = 1000;

export async function shortestPaths(session: KuzuSession, query: ShortestPathQuery): Promise<RawPath[]> {
  const maxHops = Math.floor(query.maxHops);
  if (!(maxHops >= 1 && maxHops <= MAX_HOPS)) throw new QueryRejectedError(`maxHops must be between 1 and ${MAX_HOPS}`);
  checkDate(query.since, 'since');
  checkDate(query.until, 'until');
  const limit = query.all ? Math.min(Math.max(1, Math.floor(query.limit) || 1), MAX_PATHS) : 1;
  if (query.from === query.to) return [];
  const [from, to] = await Promise.all([findEntity(session, query.from), findEntity(session, query.to)]);
  if (!from || !to) return [];
  const relTypes: RelationType[] = query.relTypes?.length ? [...new Set(query.relTypes)] : [...RELATION_TYPES];
  const direction = patternDirection(query.direction, relTypes);
  const nodeConstraints = !!(query.avoidTypes?.length || query.avoidNodes?.length || query.maxDegree !== undefined);
  if (!direction || nodeConstraints) return searchPaths(session, { ...query, maxHops, limit, relTypes });
  const filters = { ...query, relTypes, avoidEdges: await edgeOffsets(session, query.avoidEdges) };
  const text = `shortest-paths-${direction}`;
  const vars = {
    from: from.label, to: to.label, mode: query.all ? 'ALL SHORTEST' : 'SHORTEST', maxHops: String(maxHops), relFilter: relFilter(filters),
  };
  const rows = await session.runTemplate(text, vars, { from: query.from, to: query.to, limit });
  return rows.map((row) => ({ nodeIds: strings(row.nodeIds), edgeIds: strings(row.edgeIds) }));
}

/** The one direction a recursive pattern can take, or undefined when none fits every type. */
function patternDirection(direction: ShortestPathQuery['direction'], relTypes: RelationType[]): 'both' | 'out' | 'in' | undefined {
  if (direction === 'both' || relTypes.every((t) => RELATION_META[t].symmetric)) return 'both';
  return relTypes.some((t) => RELATION_META[t].symmetric) ? undefined : direction;
}

async function edgeOffsets(session: KuzuSession, ids: string[] | undefined): Promise<Offsets> {
  const out: Offsets = new Map();
  if (!ids?.length) return out;
  for (const row of await session.run('relation-offsets', { ids: [...new Set(ids)] })) {
    const label = str(row.label);
    out.set(label, [...(out.get(label) ?? []), num(row.offset)]);
  }
  return out;
}
