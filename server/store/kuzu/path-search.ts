// Shortest paths by a breadth-first search driven from here, one parameterized statement per level
// and side, for the searches a recursive pattern cannot express (see paths.ts). It runs from both
// ends at once, always widening the smaller frontier by a whole level: on a hub-heavy graph the two
// balls meet after a few hundred nodes each, where a one-sided search would read the reachable
// graph out to the full length (1.3-3.8 s median on bench/explore.ts, now a tenth of that).
// Each side records every (neighbour, edge) that first reaches a node; when the sides meet after
// levels kf and kb, the shortest length is kf + kb and every shortest path crosses exactly one node
// at kf from the start with kb still to go, so the paths are those nodes' halves joined.
import { RELATION_META, type RelationType } from '../../ontology/index.js';
import type { ShortestPathQuery } from '../port.js';
import type { RawPath } from '../views.js';
import { cypher } from '../cypher.js';
import { str } from './rows.js';
import type { KuzuSession, Params } from './session.js';

interface Search extends ShortestPathQuery {
  relTypes: RelationType[];
}

interface Step {
  /** The node one level nearer this side's start. */
  prev: string;
  edge: string;
}

interface Side {
  /** Each reached node's steps back towards this side's start; the start has none. */
  parents: Map<string, Step[]>;
  frontier: string[];
  level: number;
  /** Statements to run from the frontier, each with the relation types it may follow. */
  moves: Array<{ statement: string; relTypes: string[] }>;
  /** The other endpoint: exempt from the node conditions. */
  end: string;
}

/** Frontiers up to this size are found by a node scan (path-step-*-few.cypher), larger ones by a join. */
const FEW = 64;

/** Kuzu cannot type an empty list parameter; no id, type or label is ever "". */
const NONE = [''];

export async function searchPaths(session: KuzuSession, query: Search): Promise<RawPath[]> {
  const { forward, backward } = moves(query);
  const start = (node: string, end: string, steps: Side['moves']): Side =>
    ({ parents: new Map([[node, []]]), frontier: [node], level: 0, moves: steps, end });
  const ahead = start(query.from, query.to, forward);
  const behind = start(query.to, query.from, backward);
  const params = stepParams(query);
  while (ahead.level + behind.level < query.maxHops && ahead.frontier.length > 0 && behind.frontier.length > 0) {
    const side = ahead.frontier.length <= behind.frontier.length ? ahead : behind;
    const other = side === ahead ? behind : ahead;
    await widen(session, side, params);
    const meeting = side.frontier.filter((node) => other.parents.has(node));
    if (meeting.length > 0) return join(ahead, behind, meeting, query.limit);
  }
  return [];
}

/** Advances one side by a level: every node first reached, with every step that reaches it. */
async function widen(session: KuzuSession, side: Side, params: Params): Promise<void> {
  const reached = new Map<string, Step[]>();
  for (const { statement, relTypes } of side.moves) {
    const text = cypher('kuzu', side.frontier.length <= FEW ? `${statement}-few` : statement);
    const rows = await session.runChunked(text, 'ids', side.frontier, { ...params, relTypes, target: side.end });
    for (const row of rows) {
      const next = str(row.next);
      if (side.parents.has(next)) continue;
      const step = { prev: str(row.prev), edge: str(row.edge) };
      const steps = reached.get(next);
      if (!steps) reached.set(next, [step]);
      else if (!steps.some((s) => s.edge === step.edge)) steps.push(step);
    }
  }
  for (const [node, steps] of reached) side.parents.set(node, steps);
  side.frontier = [...reached.keys()];
  side.level++;
}

/**
 * Which statement follows each relation type, from the start (forward) and from the target
 * (backward: the same moves reversed, since it walks the path from its far end).
 */
function moves(query: Search): Record<'forward' | 'backward', Side['moves']> {
  const symmetric = query.relTypes.filter((t) => RELATION_META[t].symmetric);
  const outTypes = query.direction === 'in' ? symmetric : query.relTypes;
  const inTypes = query.direction === 'out' ? symmetric : query.relTypes;
  const keep = (list: Side['moves']) => list.filter((m) => m.relTypes.length > 0);
  return {
    forward: keep([{ statement: 'path-step-out', relTypes: outTypes }, { statement: 'path-step-in', relTypes: inTypes }]),
    backward: keep([{ statement: 'path-step-in', relTypes: outTypes }, { statement: 'path-step-out', relTypes: inTypes }]),
  };
}

function stepParams(query: Search): Params {
  return {
    avoidEdges: query.avoidEdges?.length ? query.avoidEdges : NONE,
    avoidNodes: query.avoidNodes?.length ? query.avoidNodes : NONE,
    avoidTypes: query.avoidTypes?.length ? query.avoidTypes : NONE,
    maxDegree: query.maxDegree ?? Number.MAX_SAFE_INTEGER,
    since: query.since ?? '0000-00-00',
    until: query.until ?? '9999-99-99',
  };
}

interface Half {
  nodes: string[];
  edges: string[];
}

/** Every walk from `node` back to its side's start, nodes and edges listed from `node` outwards. */
function halves(parents: Map<string, Step[]>, node: string, limit: number): Half[] {
  const out: Half[] = [];
  const visit = (at: string, nodes: string[], edges: string[]): void => {
    if (out.length >= limit) return;
    const steps = parents.get(at) ?? [];
    if (steps.length === 0) out.push({ nodes, edges });
    for (const step of steps) visit(step.prev, [...nodes, step.prev], [...edges, step.edge]);
  };
  visit(node, [node], []);
  return out;
}

/** Up to `limit` paths from the start through each meeting node to the target. */
function join(ahead: Side, behind: Side, meeting: string[], limit: number): RawPath[] {
  const paths: RawPath[] = [];
  for (const node of meeting) {
    const tails = halves(behind.parents, node, limit);
    for (const head of halves(ahead.parents, node, limit)) {
      for (const tail of tails) {
        if (paths.length >= limit) return paths;
        // head runs node → start, tail node → target: the path is head reversed, then tail past node.
        paths.push({ nodeIds: [...head.nodes].reverse().concat(tail.nodes.slice(1)), edgeIds: [...head.edges].reverse().concat(tail.edges) });
      }
    }
  }
  return paths;
}
