// Result rows to the port's wire records. Statements return plain maps
// (integers already converted); this is where they get their final shape.
import { RELATION_META, type EntityType, type RelationType } from '../../ontology/index.js';
import type { EdgeDetail, GraphEdge, GraphNode } from '../records.js';
import type { Row } from './connection.js';
import { parseEvidence, relationProps } from './rows.js';

export function toNode(row: Row): GraphNode {
  return {
    id: String(row.id),
    type: row.type as EntityType,
    name: String(row.name),
    aliases: (row.aliases as string[] | null) ?? [],
    degree: Number(row.degree ?? 0),
    // Analytics may not have run yet: the port's defaults.
    pagerank: Number(row.pagerank ?? 0),
    community: Number(row.community ?? -1),
  };
}

export function toEdge(row: Row): GraphEdge {
  const type = row.type as RelationType;
  return {
    id: String(row.id),
    type,
    source: String(row.source),
    target: String(row.target),
    properties: relationProps((row.properties as Row | null) ?? {}),
    confidence: Number(row.confidence ?? 0),
    symmetric: RELATION_META[type].symmetric,
    evidenceCount: Number(row.evidenceCount ?? 0),
    validFrom: typeof row.validFrom === 'string' ? row.validFrom : null,
    validTo: typeof row.validTo === 'string' ? row.validTo : null,
  };
}

/** An edge with its evidence; titles maps document id to title for the documents still stored. */
export function toEdgeDetail(row: Row, titles: Map<string, string>): EdgeDetail {
  const evidence = parseEvidence(row.evidence);
  return {
    ...toEdge({ ...row, evidenceCount: evidence.length }),
    evidence: evidence.map((e) => ({ ...e, documentTitle: titles.get(e.documentId) ?? null })),
  };
}

/** Document ids cited by the evidence of these rows, for one title lookup. */
export function citedDocuments(rows: Row[]): string[] {
  return [...new Set(rows.flatMap((row) => parseEvidence(row.evidence).map((e) => e.documentId)))];
}

/** Matching relations per type less those on the page; types with none hidden are left out. */
export function hiddenCounts(counts: Record<string, number>, pageTypes: string[]): Record<string, number> {
  const hidden = { ...counts };
  for (const type of pageTypes) hidden[type] = (hidden[type] ?? 0) - 1;
  return Object.fromEntries(Object.entries(hidden).filter(([, n]) => n > 0));
}

/** Relation edges per relation type (each edge once, a self-loop too). */
export function degreeByType(edges: Array<{ type: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { type } of edges) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** Counts per type, every ontology type present (0 when none are stored). */
export function countsByType(entries: unknown, types: readonly string[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(types.map((t) => [t, 0]));
  for (const entry of (entries as Array<{ type: unknown; count: unknown }> | null) ?? []) {
    if (entry.type !== null && entry.type !== undefined) out[String(entry.type)] = Number(entry.count);
  }
  return out;
}
