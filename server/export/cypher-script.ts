// A Cypher script that rebuilds the export anywhere: per-label MERGE of each entity on its id,
// then MATCH of both endpoints and MERGE of each relation on its id, SET of every property.
// Replays into Neo4j and into the embedded Kuzu store; running it twice changes nothing.
import { RELATION_PROPERTIES, type EntityType } from '../ontology/index.js';
import type { EdgeDetail, GraphNode } from '../store/records.js';
import { documentIds, storedEvidence } from './attributes.js';
import type { ExportSource } from './source.js';

type Literal = string | number | boolean | null | string[];

/**
 * A string literal. Only the backslash and the quote are escaped: Kuzu 0.11 reads `\n`, `\t` and
 * `\uXXXX` as the bare letter, so every other character (newlines, emoji, right-to-left text) is
 * written as itself, which both engines read back unchanged inside quotes.
 */
export function cypherString(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

export function cypherLiteral(value: Literal): string {
  if (value === null) return 'NULL';
  if (Array.isArray(value)) return `[${value.map(cypherString).join(', ')}]`;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Cypher literal`);
    return String(value);
  }
  return value ? 'true' : 'false';
}

// Backticks: `start` and `end` are Cypher keywords. Keys come from the ontology, never from data.
const sets = (variable: string, props: Array<[string, Literal]>) =>
  props.map(([key, value]) => `${variable}.\`${key}\` = ${cypherLiteral(value)}`).join(', ');

export function nodeStatement(n: GraphNode): string {
  return `MERGE (n:${n.type} {id: ${cypherString(n.id)}}) SET ${sets('n', [
    ['name', n.name], ['aliases', n.aliases], ['degree', n.degree], ['pagerank', n.pagerank], ['community', n.community],
  ])};\n`;
}

/** The stored columns of a relation: absent properties are SET to NULL so a replay also clears them. */
export function edgeStatement(e: EdgeDetail, from: EntityType, to: EntityType): string {
  const props: Array<[string, Literal]> = [
    ...RELATION_PROPERTIES.map((key): [string, Literal] => [key, e.properties[key] ?? null]),
    ['confidence', e.confidence], ['docIds', documentIds(e)], ['evidence', JSON.stringify(storedEvidence(e))],
    ['validFrom', e.validFrom], ['validTo', e.validTo],
  ];
  return `MATCH (a:${from} {id: ${cypherString(e.source)}}), (b:${to} {id: ${cypherString(e.target)}}) `
    + `MERGE (a)-[r:${e.type} {id: ${cypherString(e.id)}}]->(b) SET ${sets('r', props)};\n`;
}

export async function* writeCypher(source: ExportSource, generatedAt: Date): AsyncGenerator<string> {
  yield `// kg-explorer export, ${generatedAt.toISOString()}. Idempotent: replaying it changes nothing.\n`
    + '// Neo4j: cypher-shell -f FILE. Kuzu: the tables must exist (the kg store creates them).\n'
    + '// Statements end with ";" at the end of a line; string values may span lines.\n';
  // Relations are matched by their endpoints' labels, so remember each entity's type as it goes by.
  const types = new Map<string, EntityType>();
  for await (const node of source.nodes()) {
    types.set(node.id, node.type);
    yield nodeStatement(node);
  }
  for await (const edge of source.edges()) {
    const from = types.get(edge.source);
    const to = types.get(edge.target);
    if (from && to) yield edgeStatement(edge, from, to);
  }
}
