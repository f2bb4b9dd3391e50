// Documents (list and detail with mention spans) and the timeline of dated relations.
import { isEntityType } from '../../ontology/index.js';
import type { TimelineOptions } from '../port.js';
import type { DocumentDetail, DocumentSummary, Subgraph } from '../views.js';
import { checkDate } from './path-filter.js';
import { edgesWithNodes } from './query-graph.js';
import { num, numbers, str, toEdge, toRelationRecord, asRel } from './rows.js';
import type { KuzuSession, Row } from './session.js';

/** Most documents or timeline entries one call returns. */
const MAX_PAGE = 10_000;

const page = (n: number) => Math.min(Math.max(0, Math.floor(n) || 0), MAX_PAGE);

export async function listDocuments(session: KuzuSession, options: { limit: number; offset: number }) {
  const [counted] = await session.run('count-documents');
  const limit = page(options.limit);
  const rows = limit > 0 ? await session.run('list-documents', { limit, offset: Math.max(0, Math.floor(options.offset) || 0) }) : [];
  return { documents: rows.map((row) => summary(row, num(row.entities))), total: num(counted?.count) };
}

export async function getDocument(session: KuzuSession, id: string): Promise<DocumentDetail | null> {
  const [row] = await session.run('get-document', { id });
  if (!row) return null;
  const mentions = (await session.run('document-mentions', { id })).flatMap(spansOf);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
  return { ...summary(row, new Set(mentions.map((m) => m.entityId)).size), text: str(row.text), mentions };
}

function summary(row: Row, entities: number): DocumentSummary {
  const published = row.published === null || row.published === undefined ? null : str(row.published);
  const source = row.source === null || row.source === undefined ? null : str(row.source);
  return { id: str(row.id), title: str(row.title), published, source, length: str(row.text).length, entities };
}

function spansOf(row: Row) {
  const type = str(row.type);
  if (!isEntityType(type)) return [];
  const spans = numbers(row.spans);
  const out = [];
  for (let i = 0; i + 1 < spans.length; i += 2) {
    out.push({ entityId: str(row.entityId), name: str(row.name), type, start: spans[i]!, end: spans[i + 1]! });
  }
  return out;
}

export async function timeline(session: KuzuSession, options: TimelineOptions): Promise<Subgraph> {
  const limit = page(options.limit);
  if (limit === 0) return { nodes: [], edges: [] };
  const rows = await session.run('timeline', {
    since: checkDate(options.since, 'since') ?? '0000-00-00',
    until: checkDate(options.until, 'until') ?? '9999-99-99',
    anyEntity: !options.ids?.length,
    ids: options.ids?.length ? options.ids : [''], // Kuzu cannot type an empty list parameter
    limit,
  });
  const edges = rows.map((row) => toEdge(toRelationRecord(asRel(row.r), str(row.source), str(row.target))));
  return edgesWithNodes(session, edges);
}
