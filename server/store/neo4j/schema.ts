// Schema statements derived from the ontology. Constraint and index DDL cannot
// take a label as a parameter, so a few statement files are templates with
// {{label}} / {{type}} placeholders, filled here only with ontology names that
// pass IDENTIFIER: never with user input.
import { ENTITY_TYPES, RELATION_PROPERTIES, RELATION_TYPES } from '../../ontology/index.js';
import { cypher } from '../cypher.js';
import { fillTemplate, perTypeUnion } from './templates.js';

export { fillTemplate, IDENTIFIER } from './templates.js';

/**
 * What nodes and relationships carry, by kind: the model in one place (the
 * lint test also checks every statement reads only these keys).
 */
export const STORED_PROPERTIES = {
  // merges is a JSON string: a property cannot hold maps.
  Entity: ['id', 'type', 'name', 'aliases', 'aliasText', 'searchText', 'degree', 'pagerank', 'community', 'merges'],
  // length is the text's length in UTF-16 units, as JS counts the mention offsets (Cypher's size() counts code points).
  Document: ['id', 'title', 'published', 'source', 'hash', 'text', 'length'],
  relation: ['id', 'confidence', 'evidence', 'evidenceCount', 'docIds', 'validFrom', 'validTo', ...RELATION_PROPERTIES],
  MENTIONED_IN: ['spans'],
} as const;

/** Statements whose text is the same for every ontology. */
const FIXED = ['schema-entity-id', 'schema-document-id', 'schema-entity-search', 'schema-entity-fulltext', 'schema-entity-community'];
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
  return perTypeUnion('edge-by-id');
}

/** Relations with their evidence by a list of ids, one typed branch per relation type. */
export function edgeDetailsByIdsStatement(): string {
  return perTypeUnion('edge-details-by-ids');
}

/** Relations by a list of ids, one typed branch per relation type. */
export function edgesByIdsStatement(): string {
  return perTypeUnion('edges-by-ids');
}
