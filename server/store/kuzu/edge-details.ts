// Relations with every evidence sentence, many at once: what exports read.
import type { EdgeDetail, RelationRecord } from '../records.js';
import { cypher } from '../cypher.js';
import { withTitles } from './read.js';
import { asRel, str, toRelationRecord } from './rows.js';
import type { KuzuSession } from './session.js';

export async function edgeDetails(session: KuzuSession, ids: string[]): Promise<EdgeDetail[]> {
  const rows = await session.runChunked(cypher('kuzu', 'edges-by-ids'), 'ids', [...new Set(ids)]);
  const records = new Map<string, RelationRecord>();
  for (const row of rows) {
    const record = toRelationRecord(asRel(row.r), str(row.source), str(row.target));
    records.set(record.id, record);
  }
  return withTitles(session, [...records.values()]);
}
