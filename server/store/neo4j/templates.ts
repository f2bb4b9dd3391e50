// Filling statement templates. Cypher cannot take a label, a relationship
// type, a path selector or a quantifier bound as a parameter, so those few
// statements have {{placeholders}}; each value is checked against a strict
// pattern here before it touches the text, and never comes from user input
// unchecked (labels and types from the ontology, the hop bound as an integer).
import { RELATION_TYPES } from '../../ontology/index.js';
import { cypher } from '../cypher.js';

/** A plain Cypher identifier: nothing to escape, nothing to inject. */
export const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Longest path a shortest-path search may look for: a bound, not a target (the API caps it lower). */
export const MAX_HOPS_BOUND = 50;

export function fillTemplate(template: string, values: Record<string, string>): string {
  for (const value of Object.values(values)) {
    if (!IDENTIFIER.test(value)) throw new Error(`Not a safe Cypher identifier: ${JSON.stringify(value)}`);
  }
  return substitute(template, values);
}

/** The quantifier bound of a path pattern: a positive integer, written as digits only. */
export function hopBound(maxHops: unknown): string {
  if (typeof maxHops !== 'number' || !Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS_BOUND) {
    throw new RangeError(`maxHops must be an integer from 1 to ${MAX_HOPS_BOUND}, got ${JSON.stringify(maxHops)}`);
  }
  return String(maxHops);
}

/** shortest-paths.cypher for one shortest path (ANY SHORTEST) or all of them (ALL SHORTEST), up to maxHops relations. */
export function shortestPathsStatement(all: boolean, maxHops: number): string {
  return substitute(cypher('neo4j', 'shortest-paths'), { selector: all ? 'ALL' : 'ANY', maxHops: hopBound(maxHops) });
}

/** One typed branch per relation type joined with UNION ALL, so each seeks through its own id index. */
export function perTypeUnion(name: string): string {
  const template = cypher('neo4j', name);
  return RELATION_TYPES.map((type) => fillTemplate(template, { type })).join('\nUNION ALL\n');
}

function substitute(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for placeholder ${whole}`);
    return value;
  });
}
