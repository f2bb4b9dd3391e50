// Global ids: the same thing named in two documents gets the same id, and a
// reload produces the same ids, because ids derive from content, not order.
import { createHash } from 'node:crypto';
import type { EntityType, RelationType } from '../ontology/index.js';
import { RELATION_META } from '../ontology/index.js';
import { normalizeName } from './names.js';

/** The normalized name's words joined by hyphens: "Jürgen" meets "Jurgen", "U.S." meets "US". */
export function slug(name: string): string {
  return normalizeName(name).replace(/ /g, '-') || 'unnamed';
}

export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}

/** Symmetric relations get one id whichever way round they were stated. */
export function relationId(type: RelationType, source: string, target: string): string {
  const [a, b] = RELATION_META[type].symmetric && target < source ? [target, source] : [source, target];
  return `rel:${createHash('sha1').update(`${type}\u0000${a}\u0000${b}`).digest('hex').slice(0, 20)}`;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
