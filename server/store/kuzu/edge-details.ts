// Relations read in bulk: by id, and among a node set (subgraphs and exports). Relation ids carry
// no index in Kuzu, so "among these nodes" is read from the source side: the entity primary key
// finds each node and its stored relations, a page of sources per statement, and the target test
// runs here (see edges-from.cypher for why not in Kuzu).
import type { EdgeDetail, RelationRecord } from '../records.js';
import type { EdgeScanOptions } from '../port.js';
import { withTitles } from './read.js';
import { recordFromColumns, relStatement } from './rel-columns.js';
import type { KuzuSession } from './session.js';

/**
 * Sources per statement while streaming: with a few relations each, a page is a few thousand edges
 * with evidence (~1 kB each), so memory stays at a few MB whatever the export's size.
 */
const STREAM_SOURCES = 1000;

/** Node sets up to this size test targets in Kuzu (edges-among.cypher); larger ones here. */
const SMALL_SET = 1000;

/** The relations with these ids, each once. */
export async function relationsByIds(session: KuzuSession, ids: string[]): Promise<RelationRecord[]> {
  const rows = await session.runChunked(relStatement('edges-by-ids'), 'ids', [...new Set(ids)]);
  return [...new Map(rows.map((row) => recordFromColumns(row)).map((r) => [r.id, r])).values()];
}

export async function edgeDetails(session: KuzuSession, ids: string[]): Promise<EdgeDetail[]> {
  return withTitles(session, await relationsByIds(session, ids));
}

/** Which relations stored from a page of sources belong to the node set. */
export function among(nodes: ReadonlySet<string>, touching?: ReadonlySet<string>) {
  return (r: RelationRecord) => nodes.has(r.target) && (!touching || touching.has(r.source) || touching.has(r.target));
}

/** Relations between two of `ids` (touching one of `touching` when given), read at once. */
export async function relationsAmong(session: KuzuSession, ids: string[], touching?: string[]): Promise<RelationRecord[]> {
  const nodes = new Set(ids);
  const keep = among(nodes, touching ? new Set(touching) : undefined);
  // Every edge has its source in the set: reading from the sources finds each once.
  const all = [...nodes];
  const rows = all.length <= SMALL_SET
    ? await session.runChunked(relStatement('edges-among'), 'ids', all, { to: all })
    : await session.runChunked(relStatement('edges-from'), 'ids', all);
  return rows.map((row) => recordFromColumns(row)).filter(keep);
}

/** The same with evidence, a page at a time: what exports stream. */
export async function* edgeDetailsAmong(session: KuzuSession, ids: string[], options: EdgeScanOptions = {}): AsyncGenerator<EdgeDetail[]> {
  const nodes = new Set(ids);
  const keep = among(nodes, options.touching ? new Set(options.touching) : undefined);
  const sources = [...nodes];
  for (let i = 0; i < sources.length; i += STREAM_SOURCES) {
    const rows = await session.query(relStatement('edges-from'), { ids: sources.slice(i, i + STREAM_SOURCES) });
    const records = rows.map((row) => recordFromColumns(row)).filter(keep);
    if (records.length > 0) yield await withTitles(session, records);
  }
}
