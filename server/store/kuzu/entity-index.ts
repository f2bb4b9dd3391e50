// The names of every entity, for the loader's cross-document resolution.
import { ENTITY_TYPES, type EntityType } from '../../ontology/index.js';
import type { EntityRecord } from '../records.js';
import type { KuzuSession } from './session.js';

export async function entityIndex(session: KuzuSession): Promise<Array<Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases'>>> {
  const rows = await session.run('entity-index', { types: [...ENTITY_TYPES] });
  return rows.map((r) => ({
    id: String(r.id), type: r.type as EntityType, name: String(r.name), aliases: ((r.aliases as string[] | null) ?? []).map(String),
  }));
}
