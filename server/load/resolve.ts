// Cross-document entity resolution: a name or distinctive alias already known
// for exactly one entity of the same type resolves to it, and the merge is
// recorded; a name matching several entities stays apart rather than guess.
import type { EntityType } from '../ontology/index.js';
import type { EntityRecord, Merge } from '../store/port.js';
import { entityId } from './ids.js';
import { isDistinctiveAlias, normalizeName } from './names.js';

type Known = Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases'>;

export interface Resolution {
  id: string;
  /** Set when the name was folded into an entity known under another name. */
  merge?: Merge;
}

function keysOf(name: string, aliases: string[]): string[] {
  const keys = [normalizeName(name), ...aliases.filter(isDistinctiveAlias).map(normalizeName)];
  return [...new Set(keys.filter((k) => k.length > 0))];
}

export class EntityResolver {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly names = new Map<string, string>();

  constructor(known: Known[] = []) {
    for (const e of known) this.remember(e.id, e.type, e.name, e.aliases);
  }

  resolve(entity: { type: EntityType; name: string; aliases?: string[] }, documentId: string): Resolution {
    const own = entityId(entity.type, entity.name);
    const aliases = entity.aliases ?? [];
    if (this.names.has(own)) {
      this.remember(own, entity.type, entity.name, aliases);
      return { id: own };
    }
    const candidates = new Set<string>();
    for (const key of keysOf(entity.name, aliases)) {
      for (const id of this.byKey.get(`${entity.type}\u0000${key}`) ?? []) candidates.add(id);
    }
    if (candidates.size !== 1) {
      this.remember(own, entity.type, entity.name, aliases);
      return { id: own };
    }
    const [target] = [...candidates] as [string];
    const targetName = this.names.get(target) ?? target;
    this.remember(target, entity.type, entity.name, aliases);
    return {
      id: target,
      merge: { name: entity.name, type: entity.type, documentId, reason: `same name or alias as "${targetName}"` },
    };
  }

  private remember(id: string, type: EntityType, name: string, aliases: string[]): void {
    if (!this.names.has(id)) this.names.set(id, name);
    for (const key of keysOf(name, aliases)) {
      const k = `${type}\u0000${key}`;
      const ids = this.byKey.get(k) ?? new Set<string>();
      ids.add(id);
      this.byKey.set(k, ids);
    }
  }
}
