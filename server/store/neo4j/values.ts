// Values crossing the Bolt boundary. Neo4j integers are 64-bit and arrive as
// driver Integer objects; JS numbers sent as parameters arrive in Cypher as
// floats, which SKIP, LIMIT and list slices refuse. Both directions live here.
import neo4j, { type Integer } from 'neo4j-driver';

/** A driver Integer (or a plain number) as a JS number; refuses values a double cannot hold exactly. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    if (!int.inSafeRange()) throw new RangeError(`Integer ${int.toString()} is outside the safe JS range`);
    return int.toNumber();
  }
  if (typeof value === 'bigint') return Number(value);
  throw new TypeError(`Expected a number, got ${typeof value}`);
}

/** Deeply converts Integers to numbers in lists and maps; other values pass through. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return toNumber(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** A JS number as a Cypher INTEGER parameter. */
export function int(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}
