// Fills the {{placeholders}} of schema and bulk-copy templates. Kuzu takes no parameters for table
// names, COPY targets or file paths, so these few statements need identifiers spliced in; each
// placeholder has a strict pattern, and values only ever come from the ontology or from temp files
// the adapter itself created — never from a caller.
import { cypher } from '../cypher.js';
import { PATH_PLACEHOLDERS } from './path-filter.js';

const NAME = /^[A-Z][A-Za-z0-9_]*$/;
const COLUMN = '`[a-z][A-Za-z0-9_]*`';
const PAIR = 'FROM [A-Z][A-Za-z0-9_]* TO [A-Z][A-Za-z0-9_]*';
const ASSIGN = `r\\.${COLUMN} = row\\.${COLUMN}`;
const PROJECT = `r\\.${COLUMN} AS ${COLUMN}`;

/** What each placeholder may hold. An unknown placeholder, or a value off its pattern, throws. */
const PLACEHOLDERS: Record<string, RegExp> = {
  label: NAME,
  type: NAME,
  from: NAME,
  to: NAME,
  // No quote or backslash can reach the statement: the path sits inside '...'.
  file: /^[A-Za-z0-9_/.\-:~ ]+\.json$/,
  endpoints: new RegExp(`^${PAIR}(, ${PAIR})*$`),
  propertyColumns: new RegExp(`^${COLUMN} STRING(, ${COLUMN} STRING)*$`),
  setProperties: new RegExp(`^${ASSIGN}(, ${ASSIGN})*$`),
  relColumns: new RegExp(`^${PROJECT}(, ${PROJECT})*$`),
  column: /^(validFrom|validTo)$/,
  ...PATH_PLACEHOLDERS,
};

export type TemplateVars = Partial<Record<keyof typeof PLACEHOLDERS, string>>;

export function fillTemplate(text: string, vars: TemplateVars): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const pattern = PLACEHOLDERS[key];
    const value = vars[key];
    if (!pattern) throw new Error(`Unknown template placeholder {{${key}}}`);
    if (value === undefined) throw new Error(`No value for template placeholder {{${key}}}`);
    if (!pattern.test(value)) throw new Error(`Unsafe value for {{${key}}}: ${JSON.stringify(value)}`);
    return value;
  });
}

/** A Kuzu statement file with its placeholders filled. */
export function kuzuTemplate(name: string, vars: TemplateVars): string {
  return fillTemplate(cypher('kuzu', name), vars);
}
