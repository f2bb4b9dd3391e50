// Degree, PageRank and Louvain communities over the relation graph, computed
// in JavaScript (graphology) so both engines store the same numbers: the input
// is sorted and the random source seeded, so a reload gives the same answer.
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { AnalyticsRow, EdgeListItem } from '../store/port.js';

// Both are CommonJS functions whose typings declare an ES default export; require gives the function itself.
const require = createRequire(import.meta.url);
const louvain: typeof import('graphology-communities-louvain').default = require('graphology-communities-louvain');
const pagerank: typeof import('graphology-metrics/centrality/pagerank.js').default = require('graphology-metrics/centrality/pagerank');

export const ANALYTICS_DEFAULTS = {
  /** PageRank damping: the usual 0.85. */
  alpha: 0.85,
  /** Louvain resolution: 1 is the classic modularity. */
  resolution: 1,
  /** Seed of the random source Louvain uses to break ties. */
  seed: 42,
};

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One row per entity that has at least one relation, plus every id in `isolated` with zeros. */
export function computeAnalytics(edges: EdgeListItem[], isolated: string[] = []): AnalyticsRow[] {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  const degree = new Map<string, number>();
  const sorted = [...edges].sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  for (const { source, target } of sorted) {
    if (source === target) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    graph.mergeNode(source);
    graph.mergeNode(target);
    // Parallel relations of different types strengthen the tie rather than add edges.
    graph.updateEdge(source, target, (attr) => ({ weight: ((attr['weight'] as number | undefined) ?? 0) + 1 }));
  }
  const ranks = graph.order > 0 ? pagerank(graph, { alpha: ANALYTICS_DEFAULTS.alpha, getEdgeWeight: 'weight' }) : {};
  const communities = graph.order > 0
    ? louvain(graph, { rng: seeded(ANALYTICS_DEFAULTS.seed), resolution: ANALYTICS_DEFAULTS.resolution, getEdgeWeight: 'weight' })
    : {};
  const rows: AnalyticsRow[] = graph.nodes().sort().map((id) => ({
    id, degree: degree.get(id) ?? 0, pagerank: ranks[id] ?? 0, community: communities[id] ?? -1,
  }));
  for (const id of isolated) if (!graph.hasNode(id)) rows.push({ id, degree: 0, pagerank: 0, community: -1 });
  return renumberBySize(rows);
}

/** Community 0 is the largest, so numbers mean something and stay stable across engines. */
function renumberBySize(rows: AnalyticsRow[]): AnalyticsRow[] {
  const sizes = new Map<number, number>();
  for (const r of rows) if (r.community >= 0) sizes.set(r.community, (sizes.get(r.community) ?? 0) + 1);
  const firstMember = new Map<number, string>();
  for (const r of rows) if (r.community >= 0 && !firstMember.has(r.community)) firstMember.set(r.community, r.id);
  const order = [...sizes.keys()].sort((a, b) => (sizes.get(b)! - sizes.get(a)!) || firstMember.get(a)!.localeCompare(firstMember.get(b)!));
  const renumber = new Map(order.map((c, i) => [c, i]));
  return rows.map((r) => ({ ...r, community: r.community >= 0 ? renumber.get(r.community)! : -1 }));
}
