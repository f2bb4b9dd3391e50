// The filters of a recursive path pattern, spelled out as Cypher text. Kuzu 0.11 refuses parameters
// inside `(r, n | WHERE ...)` ("Cannot evaluate $x because it does not depend on n or r"), so each
// constraint is rendered from values that cannot carry text of their own: ontology names, validated
// ISO dates, integers, and internal row offsets looked up beforehand for edge ids. Every piece has
// a pattern, and the placeholder check in template.ts accepts only conjunctions of them. (Node
// constraints never reach a recursive pattern: see paths.ts.)
import { QueryRejectedError } from '../errors.js';

const NAME = "'[A-Z][A-Za-z0-9_]*'";
const NAMES = `\\[${NAME}(, ${NAME})*\\]`;
const DATE = "'\\d{4}-\\d{2}-\\d{2}'";
const INTS = '\\[\\d+(, \\d+)*\\]';

const REL_PIECES = [
  `label\\(r\\) IN ${NAMES}`,
  `\\(r\\.validTo IS NULL OR r\\.validTo >= ${DATE}\\)`,
  `\\(r\\.validFrom IS NULL OR r\\.validFrom <= ${DATE}\\)`,
  `NOT \\(label\\(r\\) = ${NAME} AND offset\\(id\\(r\\)\\) IN ${INTS}\\)`,
];

const conjunction = (pieces: string[]) => new RegExp(`^(${pieces.join('|')})( AND (${pieces.join('|')}))*$`);

export const PATH_PLACEHOLDERS: Record<string, RegExp> = {
  relFilter: conjunction(REL_PIECES),
  mode: /^(SHORTEST|ALL SHORTEST)$/,
  // Kuzu takes the hop bound only as a literal.
  maxHops: /^[1-9][0-9]?$/,
};

/** Rows of one table to leave out, by internal offset: what `offset(id(x))` returns. */
export type Offsets = Map<string, number[]>;

export interface PathFilterInput {
  relTypes: readonly string[];
  since?: string;
  until?: string;
  avoidEdges: Offsets;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !ISO_DATE.test(value)) throw new QueryRejectedError(`${name} must be an ISO date (YYYY-MM-DD), not ${JSON.stringify(value)}`);
  return value;
}

const list = (names: readonly string[]) => `[${names.map((n) => `'${n}'`).join(', ')}]`;

function excluded(offsets: Offsets): string[] {
  return [...offsets].map(([label, ids]) => `NOT (label(r) = '${label}' AND offset(id(r)) IN [${ids.join(', ')}])`);
}

/** The relationship predicate: allowed types, date window, edges to avoid. */
export function relFilter(input: PathFilterInput): string {
  const pieces = [`label(r) IN ${list(input.relTypes)}`];
  const since = checkDate(input.since, 'since');
  const until = checkDate(input.until, 'until');
  if (since) pieces.push(`(r.validTo IS NULL OR r.validTo >= '${since}')`);
  if (until) pieces.push(`(r.validFrom IS NULL OR r.validFrom <= '${until}')`);
  return [...pieces, ...excluded(input.avoidEdges)].join(' AND ');
}
