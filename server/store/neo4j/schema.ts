// Schema statements derived from the ontology. Constraint and index DDL cannot
// take a label as a parameter, so a few statement files are templates with
// {{label}} / {{type}} placeholders, filled here only with ontology names that
// pass IDENTIFIER: never with user input.
import { ENTITY_TYPES, RELATION_PROPERTIES, RELATION_TYPES } from '../../ontology/index.js';
import { cypher } from '../cypher.js';

/** A plain Cypher identifier: nothing to escape, nothing to inject. */
export const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

export function fillTemplate(template: string, values: Record<string, string>): string {
  for (const value of Object.values(values)) {
    if (!IDENTIFIER.test(value)) throw new Error(`Not a safe Cypher identifier: ${JSON.stringify(value)}`);
  }
  const filled = template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for placeholder ${whole}`);
    return value;
  });
  return filled;
}

/**
 * What nodes and relationships carry, by kind: the model in one place (the
 * lint test also checks every statement reads only these keys).
 */
export const STORED_PROPERTIES = {
  Entity: ['id', 'type', 'name', 'aliases', 'aliasText', 'searchText', 'degree', 'pagerank', 'community'],
  Document: ['id', 'title', 'published', 'source', 'hash', 'text'],
  relation: ['id', 'confidence', 'evidence', 'evidenceCount', 'docIds', ...RELATION_PROPERTIES],
  MENTIONED_IN: ['spans'],
} as const;

/** Statements whose text is the same for every ontology. */
const FIXED = ['schema-entity-id', 'schema-document-id', 'schema-entity-search', 'schema-entity-fulltext'];
/** Templates filled once per entity type. */
export const PER_LABEL = ['schema-type-id', 'schema-type-name'];
/** Templates filled once per relation type. */
export const PER_TYPE = ['schema-relation-id'];

/** Every constraint and index, in the order init creates them. */
export function schemaStatements(): string[] {
  return [
    ...FIXED.map((name) => cypher('neo4j', name)),
    ...PER_LABEL.flatMap((name) => ENTITY_TYPES.map((label) => fillTemplate(cypher('neo4j', name), { label }))),
    ...PER_TYPE.flatMap((name) => RELATION_TYPES.map((type) => fillTemplate(cypher('neo4j', name), { type }))),
  ];
}

/** One typed branch per relation type, so each seeks through its own id index. */
export function edgeByIdStatement(): string {
  const template = cypher('neo4j', 'edge-by-id');
  return RELATION_TYPES.map((type) => fillTemplate(template, { type })).join('\nUNION ALL\n');
}
