// Relations with every evidence sentence, many at once: what exports read.
import type { EdgeDetail } from '../records.js';
import { runText, type Neo4jConnection } from './connection.js';
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
