// Relations read as columns rather than as a whole `r`: the Node binding converts a relation value
// (internal ids, every property) about five times slower than the same fields as plain columns,
// which is most of the cost of reading 100k relations.
import { isRelationType, RELATION_PROPERTIES } from '../../ontology/index.js';
import type { RelationProps, RelationRecord } from '../records.js';
import { parseEvidence, num, str } from './rows.js';
import { STRING_COLUMNS } from './schema.js';
import type { Row } from './session.js';
import { kuzuTemplate } from './template.js';

/** `r.<column> AS <column>` for every property and validity column, as {{relColumns}} takes it. */
const REL_COLUMNS = STRING_COLUMNS.map((key) => `r.\`${key}\` AS \`${key}\``).join(', ');

const statements = new Map<string, string>();

/** A statement file whose RETURN lists {{relColumns}}. */
export function relStatement(name: string): string {
  let text = statements.get(name);
  if (text === undefined) {
    text = kuzuTemplate(name, { relColumns: REL_COLUMNS });
    statements.set(name, text);
  }
  return text;
}

const date = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The record from columns type, id, confidence, evidence, each property, validFrom, validTo, source, target. */
export function recordFromColumns(row: Row): RelationRecord {
  const type = str(row.type);
  if (!isRelationType(type)) throw new Error(`Not a relation table: ${type}`);
  const properties: RelationProps = {};
  for (const key of RELATION_PROPERTIES) {
    const value = row[key];
    if (typeof value === 'string') properties[key] = value;
  }
  return {
    id: str(row.id), type, source: str(row.source), target: str(row.target), properties,
    confidence: num(row.confidence),
    evidence: parseEvidence(row.evidence),
    validFrom: date(row.validFrom),
    validTo: date(row.validTo),
  };
}
