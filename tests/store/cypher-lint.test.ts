// Checks every statement in cypher/neo4j/ with Neo4j's own parser and semantic
// analysis (lintCypherQuery), in both Cypher 5 and Cypher 25, against a schema
// derived from the ontology: so a typo in a label, relationship type, property
// key, function or procedure fails here, on a machine with no Neo4j server.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNotParamError, lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import {
  DOCUMENT_LABEL, ENTITY_TYPES, MENTIONED_IN, RELATION_TYPES, endpointPairs,
} from '../../server/ontology/index.js';
import { CYPHER_DIR, cypher } from '../../server/store/cypher.js';
import { edgeByIdStatement, edgesByIdsStatement, fillTemplate, STORED_PROPERTIES } from '../../server/store/neo4j/schema.js';
import { MAX_HOPS_BOUND, shortestPathsStatement } from '../../server/store/neo4j/templates.js';
import { entityRow, mentionRow, relationRow } from '../../server/store/neo4j/rows.js';

const VERSIONS = ['CYPHER 5', 'CYPHER 25'] as const;
const ENTITY = 'Entity';

/** Keys of the rows the adapter sends, read by the statements as row.<key>. */
const ROW_KEYS = [
  ...Object.keys(relationRow({
    id: 'r', type: 'MET_WITH', source: 'a', target: 'b', properties: {}, confidence: 1,
    evidence: [{ documentId: 'd', start: 0, end: 1, text: 'x', method: 'm', confidence: 1 }], validFrom: null, validTo: null,
  })),
  ...Object.keys(entityRow({ id: 'a', type: 'Person', name: 'A', aliases: [], merges: [] })),
  ...Object.keys(mentionRow({ entityId: 'a', documentId: 'd', spans: [] })),
];
/** Keys of maps the statements build and read back themselves. */
const MAP_KEYS = ['text', 'score'];

// Labels, types and adjacency all come from the ontology; functions and
// procedures from the library's snapshot of a real Neo4j's catalogue.
const dbSchema: DbSchema = {
  labels: [ENTITY, DOCUMENT_LABEL, ...ENTITY_TYPES],
  relationshipTypes: [MENTIONED_IN, ...RELATION_TYPES],
  propertyKeys: [...new Set([...Object.values(STORED_PROPERTIES).flat(), ...ROW_KEYS, ...MAP_KEYS])],
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  graphSchema: [
    ...RELATION_TYPES.flatMap((relType) => [
      { from: ENTITY, to: ENTITY, relType },
      ...endpointPairs(relType).map(([from, to]) => ({ from, to, relType })),
    ]),
    ...[ENTITY, ...ENTITY_TYPES].map((from) => ({ from, to: DOCUMENT_LABEL, relType: MENTIONED_IN })),
  ],
};

/** Diagnostics other than "parameter not declared" (statements take their values as parameters). */
function problems(query: string): string[] {
  return VERSIONS.flatMap((version) => lintCypherQuery(query, { ...dbSchema, defaultLanguage: version }).diagnostics
    .map((d) => ({ line: d.range.start.line + 1, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter(isNotParamError)
    .map((d) => `${version} line ${d.line}: ${d.message}`));
}

/** A file as the adapter runs it: templates once per ontology label or relation type, or per path selector and hop bound. */
function variants(name: string): Array<{ label: string; text: string }> {
  const text = cypher('neo4j', name);
  if (text.includes('{{maxHops}}')) {
    return [false, true].flatMap((all) => [1, 4, MAX_HOPS_BOUND].map((hops) => ({ label: `all=${all} hops=${hops}`, text: shortestPathsStatement(all, hops) })));
  }
  if (text.includes('{{label}}')) return ENTITY_TYPES.map((label) => ({ label, text: fillTemplate(text, { label }) }));
  if (text.includes('{{type}}')) return RELATION_TYPES.map((type) => ({ label: type, text: fillTemplate(text, { type }) }));
  return [{ label: '', text }];
}

const files = readdirSync(join(CYPHER_DIR, 'neo4j')).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, ''));

describe('cypher/neo4j statements pass Neo4j\'s linter', () => {
  it('finds the statement files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  // Neo4j's semantic analysis takes a few hundred ms per statement and version.
  it.each(files)('%s', { timeout: 60_000 }, (name) => {
    for (const { label, text } of variants(name)) {
      expect(text, `${name} ${label}`).not.toMatch(/\{\{/);
      expect(problems(text), `${name} ${label}`).toEqual([]);
    }
  });

  it('the generated UNIONs of edge lookups', { timeout: 60_000 }, () => {
    expect(problems(edgeByIdStatement())).toEqual([]);
    expect(problems(edgesByIdsStatement())).toEqual([]);
  });
});

describe('the lint check itself', () => {
  // Each of these must be caught, or the test above proves nothing.
  it.each([
    ['a syntax error', 'MATCH (n:Entity RETURN n'],
    ['an unknown label', 'MATCH (n:Persn) RETURN n'],
    ['an unknown relationship type', 'MATCH (:Entity)-[r:HOLDS_POSTION]->(:Entity) RETURN r'],
    ['an unknown property key', 'MATCH (n:Entity) RETURN n.nmae'],
    ['an unknown function', 'RETURN toLowr($x)'],
    ['an unknown procedure', 'CALL db.index.fulltext.queryNode($a, $b) YIELD node RETURN node'],
    ['an undefined variable', 'MATCH (n:Entity) RETURN m'],
    ['an impossible pattern', 'MATCH (:Person)-[:EDUCATED_AT]->(:Substance) RETURN 1'],
  ])('reports %s', (_what, query) => {
    expect(problems(query)).not.toEqual([]);
  });

  it('accepts a correct statement whose parameters are undeclared', () => {
    expect(problems('MATCH (n:Entity {id: $id}) RETURN n.name AS name')).toEqual([]);
  });
});
