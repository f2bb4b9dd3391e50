// What a read-only query may not do even though Neo4j plans it as read-only
// (queryType 'r'): read files or URLs (LOAD CSV, apoc.load/import), or call
// procedures that act on the server rather than the graph (dbms.*,
// apoc.periodic/trigger/systemdb/export). Checked on the EXPLAIN plan, whose
// operators name what runs, so comments and string literals cannot hide it.

/** The parts of the driver's Plan this reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** Procedure namespaces refused by name, with the reason shown to the person. */
const REFUSED_PROCEDURES: Array<[pattern: RegExp, reason: string]> = [
  [/\bdbms\./i, 'dbms procedures act on the server'],
  [/\bapoc\.(load|import)\./i, 'procedures that read files or URLs are not allowed'],
  [/\bapoc\.(export|periodic|trigger|systemdb|cypher\.run(Write|Schema|File|Many))/i, 'this procedure is not allowed in a read-only query'],
];

/** Why the plan must not run, or null when nothing in it is refused. */
export function planRefusal(plan: PlanNode | false | undefined | null): string | null {
  if (!plan) return null;
  const type = plan.operatorType.toLowerCase();
  if (type.startsWith('loadcsv')) return 'LOAD CSV reads files or URLs; it is not allowed here';
  if (type.startsWith('procedurecall') || type.includes('procedure')) {
    const details = Object.values(plan.arguments ?? {}).map(String).join(' ');
    const hit = REFUSED_PROCEDURES.find(([pattern]) => pattern.test(details));
    if (hit) return hit[1];
  }
  for (const child of plan.children ?? []) {
    const reason = planRefusal(child);
    if (reason) return reason;
  }
  return null;
}
