// Breadth-first shortest paths driven from here, one parameterized Kuzu statement per hop, for the
// searches a recursive pattern cannot express: stored direction for directed types, both ways for
// symmetric ones. Each level records every (previous node, edge) that first reaches a node, so the
// shortest paths are exactly the walks back from the target through those records.
import { RELATION_META, type RelationType } from '../../ontology/index.js';
import type { ShortestPathQuery } from '../port.js';
import type { RawPath } from '../views.js';
import { str } from './rows.js';
import type { KuzuSession, Params } from './session.js';
import { cypher } from '../cypher.js';

interface Search extends ShortestPathQuery {
  relTypes: RelationType[];
}

interface Step {
  prev: string;
  edge: string;
}

/** Kuzu cannot type an empty list parameter; no id, type or label is ever "". */
const NONE = [''];

export async function searchPaths(session: KuzuSession, query: Search): Promise<RawPath[]> {
  const sides = stepSides(query);
  const params = stepParams(query);
  const parents = new Map<string, Step[]>([[query.from, []]]);
  let frontier = [query.from];
  for (let hop = 1; hop <= query.maxHops && frontier.length > 0; hop++) {
    const reached = new Map<string, Step[]>();
    for (const { statement, relTypes } of sides) {
      const rows = await session.runChunked(cypher('kuzu', statement), 'ids', frontier, { ...params, relTypes });
      for (const row of rows) {
        const next = str(row.next);
        if (parents.has(next)) continue;
        const steps = reached.get(next) ?? [];
        if (!steps.some((s) => s.edge === str(row.edge))) steps.push({ prev: str(row.prev), edge: str(row.edge) });
        reached.set(next, steps);
      }
    }
    for (const [node, steps] of reached) parents.set(node, steps);
    if (reached.has(query.to)) return walkBack(parents, query.from, query.to, query.limit);
    frontier = [...reached.keys()];
  }
  return [];
}

/** Which stored direction each relation type may be followed in. */
function stepSides(query: Search): Array<{ statement: string; relTypes: string[] }> {
  const symmetric = query.relTypes.filter((t) => RELATION_META[t].symmetric);
  const forward = query.direction === 'in' ? symmetric : query.relTypes;
  const backward = query.direction === 'out' ? symmetric : query.relTypes;
  return [
    { statement: 'path-step-out', relTypes: forward },
    { statement: 'path-step-in', relTypes: backward },
  ].filter((s) => s.relTypes.length > 0);
}

function stepParams(query: Search): Params {
  return {
    to: query.to,
    avoidEdges: query.avoidEdges?.length ? query.avoidEdges : NONE,
    avoidNodes: query.avoidNodes?.length ? query.avoidNodes : NONE,
    avoidTypes: query.avoidTypes?.length ? query.avoidTypes : NONE,
    maxDegree: query.maxDegree ?? Number.MAX_SAFE_INTEGER,
    since: query.since ?? '0000-00-00',
    until: query.until ?? '9999-99-99',
  };
}

/** Up to `limit` paths from `from` to `to`, each node and edge listed from `from` onwards. */
function walkBack(parents: Map<string, Step[]>, from: string, to: string, limit: number): RawPath[] {
  const paths: RawPath[] = [];
  const visit = (node: string, nodes: string[], edges: string[]): void => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push({ nodeIds: [from, ...nodes], edgeIds: edges });
      return;
    }
    for (const step of parents.get(node) ?? []) visit(step.prev, [node, ...nodes], [step.edge, ...edges]);
  };
  visit(to, [], []);
  return paths;
}
