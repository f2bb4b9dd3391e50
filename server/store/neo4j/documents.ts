// Documents as the reader sees them: a page of summaries, and one document with
// its text and every mention of an entity in it, for highlighting.
import type { EntityType } from '../../ontology/index.js';
import type { DocumentDetail, DocumentSummary } from '../views.js';
import { run, type Neo4jConnection, type Row } from './connection.js';
import { int } from './values.js';

/** Most documents one page lists, whatever the caller asks for. */
const MAX_PAGE = 1000;

export async function listDocuments(
  conn: Neo4jConnection, options: { limit: number; offset: number },
): Promise<{ documents: DocumentSummary[]; total: number }> {
  const limit = Math.min(Math.max(0, Math.floor(options.limit)), MAX_PAGE);
  const offset = Math.max(0, Math.floor(options.offset));
  return conn.read(async (tx) => {
    const [count] = await run(tx, 'document-count');
    const rows = limit === 0 ? [] : await run(tx, 'documents', { limit: int(limit), offset: int(offset) });
    return { documents: rows.map(toSummary), total: Number(count?.total ?? 0) };
  });
}

export function getDocument(conn: Neo4jConnection, id: string): Promise<DocumentDetail | null> {
  return conn.read(async (tx) => {
    const [row] = await run(tx, 'document', { id });
    if (!row) return null;
    const mentions = toMentions(await run(tx, 'document-mentions', { id }));
    return { ...toSummary(row), text: String(row.text ?? ''), mentions };
  });
}

function toSummary(row: Row): DocumentSummary {
  return {
    id: String(row.id),
    title: String(row.title ?? ''),
    published: typeof row.published === 'string' ? row.published : null,
    source: typeof row.source === 'string' ? row.source : null,
    length: Number(row.length ?? 0),
    entities: Number(row.entities ?? 0),
  };
}

/** One mention per [start, end) pair of each MENTIONED_IN link, ordered by start, end, then entity. */
export function toMentions(rows: Row[]): DocumentDetail['mentions'] {
  const mentions = rows.flatMap((row) => {
    const spans = (row.spans as number[] | null) ?? [];
    const base = { entityId: String(row.entityId), name: String(row.name), type: row.type as EntityType };
    const pairs: DocumentDetail['mentions'] = [];
    for (let i = 0; i + 1 < spans.length; i += 2) pairs.push({ ...base, start: Number(spans[i]), end: Number(spans[i + 1]) });
    return pairs;
  });
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
}
