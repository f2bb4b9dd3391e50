// Drift test: every type in the ontology has a style, a description and valid endpoints.
import { describe, expect, it } from 'vitest';
import {
  describeOntology, endpointPairs, ENTITY_META, ENTITY_TYPES, RELATION_META, RELATION_TYPES, RELATION_PROPERTIES,
} from '../../server/ontology/index.js';

describe('the ontology', () => {
  it('styles every entity type with a distinct colour', () => {
    for (const type of ENTITY_TYPES) expect(ENTITY_META[type].color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new Set(ENTITY_TYPES.map((t) => ENTITY_META[t].color)).size).toBe(ENTITY_TYPES.length);
  });

  it('gives every relation type a label, a style and at least one endpoint pair', () => {
    for (const type of RELATION_TYPES) {
      const meta = RELATION_META[type];
      expect(meta.label.length).toBeGreaterThan(0);
      expect(meta.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(endpointPairs(type).length).toBeGreaterThan(0);
      for (const p of meta.properties) expect(RELATION_PROPERTIES).toContain(p);
    }
  });

  it('makes symmetric relations symmetric in their endpoints', () => {
    for (const type of RELATION_TYPES.filter((t) => RELATION_META[t].symmetric)) {
      const pairs = endpointPairs(type).map(([a, b]) => `${a}>${b}`);
      for (const [a, b] of endpointPairs(type)) expect(pairs).toContain(`${b}>${a}`);
    }
  });

  it('is served whole by describeOntology', () => {
    const d = describeOntology();
    expect(d.entityTypes.map((t) => t.type)).toEqual([...ENTITY_TYPES]);
    expect(d.relationTypes.map((t) => t.type)).toEqual([...RELATION_TYPES]);
  });
});

describe('everything derived from the ontology covers every type', () => {
  it('gives every entity type a Kuzu node table and every relation type a rel table with its endpoint pairs', async () => {
    const { kuzuTables } = await import('../../server/store/kuzu/schema.js');
    const tables = kuzuTables();
    for (const type of ENTITY_TYPES) expect(tables.nodes).toContain(type);
    for (const type of RELATION_TYPES) {
      const table = tables.rels.find((r) => r.name === type);
      expect(table, type).toBeDefined();
      expect(table!.pairs).toEqual(expect.arrayContaining(endpointPairs(type)));
    }
  });

  it('gives every entity type a Neo4j constraint and every relation type an id index', async () => {
    const { schemaStatements } = await import('../../server/store/neo4j/schema.js');
    const text = schemaStatements().join('\n');
    for (const type of ENTITY_TYPES) expect(text).toMatch(new RegExp(`\\(n:${type}\\)`));
    for (const type of RELATION_TYPES) expect(text).toMatch(new RegExp(`\\[r:${type}\\]`));
  });

  it('gives every type a style rule in the page', async () => {
    const { buildStylesheet, byType } = await import('../../client/src/graph/style.js');
    const sheet = buildStylesheet(describeOntology() as never);
    const selectors = sheet.map((rule) => rule.selector);
    for (const type of ENTITY_TYPES) expect(selectors).toContain(byType('node', type));
    for (const type of RELATION_TYPES) expect(selectors).toContain(byType('edge', type));
  });
});
