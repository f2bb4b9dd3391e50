// Relations with every evidence sentence, many at once: what exports read.
import type { EdgeDetail } from '../records.js';
import type { EdgeScanOptions } from '../port.js';
import { run, runText, type Neo4jConnection } from './connection.js';
import { citedDocuments, toEdgeDetail } from './mapping.js';
import { documentTitles } from './read.js';
import { edgeDetailsByIdsStatement } from './schema.js';

let statement: string | undefined;

export function edgeDetails(conn: Neo4jConnection, ids: string[]): Promise<EdgeDetail[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve([]);
  statement ??= edgeDetailsByIdsStatement();
  const text = statement;
  return conn.read(async (tx) => {
    const rows = await runText(tx, text, { ids: unique });
    const titles = await documentTitles(tx, citedDocuments(rows));
    return rows.map((row) => toEdgeDetail(row, titles));
  });
}

/** Sources per page: relations are then read by their id index, so pages only bound memory. */
const SOURCES_PER_PAGE = 1000;

/** Relations among `ids`, a page of sources at a time: their ids (subgraph-edges.cypher), then their details. */
export async function* edgeDetailsAmong(conn: Neo4jConnection, ids: string[], options: EdgeScanOptions = {}): AsyncGenerator<EdgeDetail[]> {
  const all = [...new Set(ids)];
  const nodes = new Set(all);
  const touching = options.touching ? new Set(options.touching) : undefined;
  for (let i = 0; i < all.length; i += SOURCES_PER_PAGE) {
    const page = new Set(all.slice(i, i + SOURCES_PER_PAGE));
    const rows = await conn.read((tx) => run(tx, 'subgraph-edges', { from: [...page], ids: all }));
    // The match is undirected: an edge counts in its source's page only, so it comes once.
    const edgeIds = rows.filter(({ source, target }) => page.has(String(source)) && nodes.has(String(target))
      && (!touching || touching.has(String(source)) || touching.has(String(target)))).map((row) => String(row.id));
    if (edgeIds.length > 0) yield await edgeDetails(conn, edgeIds);
  }
}
