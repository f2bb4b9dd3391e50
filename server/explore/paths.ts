// Path questions over the store: shortest, all shortest, and the k shortest
// loopless paths (Yen's algorithm on top of the engine's shortest-path query,
// so no walk is ever enumerated), each with a one-line reading.
import type {
  GraphEdge, GraphNode, GraphStore, PathConstraints, RawPath,
} from '../store/port.js';
import { readPath } from './reading.js';

export type PathMode = 'shortest' | 'all-shortest' | 'k';

export interface PathRequest extends PathConstraints {
  from: string;
  to: string;
  mode: PathMode;
  /** Paths wanted in mode k; the cap on paths returned in mode all-shortest. */
  k: number;
}

export interface FoundPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  reading: string;
  evidenceCount: number;
}

export async function findPaths(store: GraphStore, request: PathRequest): Promise<FoundPath[]> {
  const raw = request.mode === 'k'
    ? await kShortest(store, request)
    : await store.shortestPaths({ ...request, all: request.mode === 'all-shortest', limit: request.mode === 'shortest' ? 1 : request.k });
  return hydrate(store, raw);
}

const key = (p: RawPath) => p.edgeIds.join('\u0000') || p.nodeIds.join('\u0000');

/** Yen: each next path deviates from a found one at some spur node, avoiding what found paths already used there. */
async function kShortest(store: GraphStore, request: PathRequest): Promise<RawPath[]> {
  const first = await store.shortestPaths({ ...request, all: false, limit: 1 });
  if (first.length === 0) return [];
  const found: RawPath[] = [first[0]!];
  const candidates = new Map<string, RawPath>();
  while (found.length < request.k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.nodeIds.length - 1; i += 1) {
      const spur = await spurPath(store, request, found, last, i);
      if (spur && !found.some((p) => key(p) === key(spur))) candidates.set(key(spur), spur);
    }
    const next = [...candidates.values()].sort((a, b) => a.edgeIds.length - b.edgeIds.length || key(a).localeCompare(key(b)))[0];
    if (!next) break;
    candidates.delete(key(next));
    found.push(next);
  }
  return found;
}

async function spurPath(store: GraphStore, request: PathRequest, found: RawPath[], last: RawPath, i: number): Promise<RawPath | null> {
  const rootNodes = last.nodeIds.slice(0, i + 1);
  const rootEdges = last.edgeIds.slice(0, i);
  const spurNode = rootNodes[i]!;
  const usedEdges = found
    .filter((p) => p.nodeIds.length > i + 1 && p.nodeIds.slice(0, i + 1).join('\u0000') === rootNodes.join('\u0000'))
    .map((p) => p.edgeIds[i]!);
  const [tail] = await store.shortestPaths({
    ...request,
    from: spurNode,
    all: false,
    limit: 1,
    maxHops: request.maxHops - i,
    avoidNodes: [...(request.avoidNodes ?? []), ...rootNodes.slice(0, -1)],
    avoidEdges: [...(request.avoidEdges ?? []), ...usedEdges],
  });
  if (!tail) return null;
  return { nodeIds: [...rootNodes, ...tail.nodeIds.slice(1)], edgeIds: [...rootEdges, ...tail.edgeIds] };
}

async function hydrate(store: GraphStore, paths: RawPath[]): Promise<FoundPath[]> {
  const nodeIds = [...new Set(paths.flatMap((p) => p.nodeIds))];
  const edgeIds = [...new Set(paths.flatMap((p) => p.edgeIds))];
  const [nodes, edges] = await Promise.all([store.nodesByIds(nodeIds), store.edgesByIds(edgeIds)]);
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  return paths.flatMap((p) => {
    const pathNodes = p.nodeIds.map((id) => nodeById.get(id));
    const pathEdges = p.edgeIds.map((id) => edgeById.get(id));
    // A path whose element vanished between the two reads is dropped rather than sent half-drawn.
    if (pathNodes.some((n) => !n) || pathEdges.some((e) => !e)) return [];
    const ns = pathNodes as GraphNode[];
    const es = pathEdges as GraphEdge[];
    return [{ nodes: ns, edges: es, reading: readPath(ns, es), evidenceCount: es.reduce((s, e) => s + e.evidenceCount, 0) }];
  });
}
