// The names of every entity, for the loader's cross-document resolution.
import type { EntityType } from '../../ontology/index.js';
import type { EntityRecord } from '../records.js';
import { run, type Neo4jConnection } from './connection.js';

export async function entityIndex(conn: Neo4jConnection): Promise<Array<Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases'>>> {
  const rows = await conn.read((tx) => run(tx, 'entity-index'));
  return rows.map((r) => ({
    id: String(r.id), type: r.type as EntityType, name: String(r.name), aliases: ((r.aliases as string[] | null) ?? []).map(String),
  }));
}
