// The Kuzu schema, derived from the ontology: one node table per entity type, one rel table per
// relation type spanning its allowed endpoint pairs, plus documents and mention links.
import {
  DOCUMENT_LABEL, ENTITY_TYPES, MENTIONED_IN, RELATION_PROPERTIES, RELATION_TYPES, endpointPairs,
  type RelationType,
} from '../../ontology/index.js';
import { kuzuTemplate } from './template.js';

export interface KuzuRelTable {
  name: RelationType | typeof MENTIONED_IN;
  pairs: Array<[string, string]>;
}

/** The tables the adapter creates, as data: what the ontology drift test checks. */
export function kuzuTables(): { nodes: string[]; rels: KuzuRelTable[] } {
  return {
    nodes: [...ENTITY_TYPES, DOCUMENT_LABEL],
    rels: [
      ...RELATION_TYPES.map((name) => ({ name, pairs: endpointPairs(name) })),
      { name: MENTIONED_IN, pairs: ENTITY_TYPES.map((t): [string, string] => [t, DOCUMENT_LABEL]) },
    ],
  };
}

/** Every DDL statement, in dependency order (node tables before the rel tables that join them). */
export function kuzuSchemaStatements(): string[] {
  return [
    ...ENTITY_TYPES.map((label) => kuzuTemplate('create-entity-table', { label })),
    kuzuTemplate('create-document-table', { label: DOCUMENT_LABEL }),
    ...RELATION_TYPES.map((type) => kuzuTemplate('create-relation-table', {
      type, endpoints: endpointList(endpointPairs(type)), propertyColumns: PROPERTY_COLUMNS,
    })),
    kuzuTemplate('create-mention-table', {
      type: MENTIONED_IN, endpoints: endpointList(ENTITY_TYPES.map((t): [string, string] => [t, DOCUMENT_LABEL])),
    }),
    // Databases created before merges and validity existed gain the columns; a no-op otherwise.
    ...ENTITY_TYPES.map((label) => kuzuTemplate('add-entity-merges', { label })),
    ...RELATION_TYPES.flatMap((type) => VALIDITY.map((column) => kuzuTemplate('add-relation-column', { type, column }))),
  ];
}

function endpointList(pairs: Array<[string, string]>): string {
  return pairs.map(([from, to]) => `FROM ${from} TO ${to}`).join(', ');
}

/** When a relation holds: full ISO dates, compared as strings by path and timeline filters. */
export const VALIDITY = ['validFrom', 'validTo'] as const;

export const STRING_COLUMNS = [...RELATION_PROPERTIES, ...VALIDITY];

// Backticks because `start` and `end` are Cypher keywords.
const PROPERTY_COLUMNS = STRING_COLUMNS.map((key) => `\`${key}\` STRING`).join(', ');

/** The SET list that writes every property and validity column from an UNWIND row. */
export const SET_PROPERTIES = STRING_COLUMNS.map((key) => `r.\`${key}\` = row.\`${key}\``).join(', ');

