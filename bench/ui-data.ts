// Synthetic data for the explorer bench: a hub entity with up to 200 typed neighbours
// (a GraphBatch upserted into the real store) and large canvas views (injected states).
import type { GraphBatch, RelationRecord } from '../server/store/records.js';
import type { RelationType } from '../server/ontology/index.js';
import { rng } from './generate.js';

export const HUB_ID = 'organization:bench-ministry-of-public-security';
const DOC = 'bench-doc-1';


function relation(type: RelationType, source: string, target: string, i: number): RelationRecord {
  return {
    id: `rel:bench-${type.toLowerCase()}-${i}`, type, source, target, properties: {}, confidence: 0.6 + (i % 5) * 0.1,
    evidence: [{ documentId: DOC, start: 0, end: 10, text: 'Synthetic evidence sentence for the bench.', method: 'bench', confidence: 0.8 }],
    validFrom: null, validTo: null,
  };
}

/**
 * A ministry with `count` neighbours: people who are members (60 %), bureaus that
 * are part of it (20 %), events it took part in (10 %), places it cooperates with
 * (10 %); people meet each other and bureaus cooperate, so the neighbours are linked too.
 */
export function hubBatch(count = 200): GraphBatch {
  const entities: GraphBatch['entities'] = [{ id: HUB_ID, type: 'Organization', name: 'Bench Ministry of Public Security', aliases: [], merges: [] }];
  const relations: RelationRecord[] = [];
  const people: string[] = [];
  const orgs: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = i % 10;
    if (r < 6) {
      const id = `person:bench-person-${i}`;
      entities.push({ id, type: 'Person', name: `Bench Person ${i}`, aliases: [], merges: [] });
      relations.push(relation('MEMBER_OF', id, HUB_ID, i));
      people.push(id);
    } else if (r < 8) {
      const id = `organization:bench-bureau-${i}`;
      entities.push({ id, type: 'Organization', name: `Bench Bureau ${i}`, aliases: [], merges: [] });
      relations.push(relation('PART_OF', id, HUB_ID, i));
      orgs.push(id);
    } else if (r < 9) {
      const id = `event:bench-operation-${i}`;
      entities.push({ id, type: 'Event', name: `Bench Operation ${i}`, aliases: [], merges: [] });
      relations.push(relation('PARTICIPATED_IN', HUB_ID, id, i));
    } else {
      const id = `location:bench-province-${i}`;
      entities.push({ id, type: 'Location', name: `Bench Province ${i}`, aliases: [], merges: [] });
      relations.push(relation('COOPERATES_WITH', HUB_ID, id, i));
    }
  }
  people.forEach((p, i) => { if (i % 3 === 0 && people[i + 1]) relations.push(relation('MET_WITH', p, people[i + 1]!, 10_000 + i)); });
  orgs.forEach((o, i) => { if (i % 2 === 0 && orgs[i + 1]) relations.push(relation('COOPERATES_WITH', o, orgs[i + 1]!, 20_000 + i)); });
  return {
    documents: [{ id: DOC, title: 'Bench document', published: '2024-01-01', source: null, hash: 'bench', text: 'Synthetic evidence sentence for the bench.' }],
    entities, relations, mentions: [],
  };
}

export interface ViewNode { id: string; type: string; name: string; x: number; y: number; degree: number; community: number }
export interface ViewEdge { id: string; type: string; source: string; target: string; symmetric: boolean; confidence: number }
export interface SyntheticView { nodes: ViewNode[]; edges: ViewEdge[] }

const TYPES = ['Person', 'Person', 'Person', 'Organization', 'Organization', 'Location', 'Event', 'Substance', 'Other'];
const EDGE_TYPES: Array<[string, boolean]> = [['MEMBER_OF', false], ['MET_WITH', true], ['COOPERATES_WITH', true], ['PARTICIPATED_IN', false], ['LOCATED_IN', false]];

/**
 * A laid-out view of `n` nodes and `m` edges as an analyst would have after many
 * expansions: nodes scattered over a disc (about 70 px apart), each edge joining
 * a node to one of its near neighbours in index order (clusters) or, one in ten, anywhere.
 */
export function syntheticView(n: number, m: number, seed = 7): SyntheticView {
  const random = rng(seed);
  const radius = Math.sqrt(n) * 40;
  const nodes: ViewNode[] = [];
  for (let i = 0; i < n; i++) {
    // Clusters of ~40 consecutive nodes share a centre, as expansions do.
    const cluster = Math.floor(i / 40);
    const ca = cluster * 2.39996;
    const cr = radius * Math.sqrt((cluster * 40 + 20) / n);
    const a = random() * 2 * Math.PI;
    const r = 120 * Math.sqrt(random());
    nodes.push({
      id: `synthetic:${i}`, type: TYPES[i % TYPES.length]!, name: `Synthetic entity ${i}`,
      x: Math.round(cr * Math.cos(ca) + r * Math.cos(a)), y: Math.round(cr * Math.sin(ca) + r * Math.sin(a)),
      degree: 0, community: cluster % 12,
    });
  }
  const edges: ViewEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < m) {
    const s = Math.floor(random() * n);
    const t = random() < 0.9 ? Math.min(n - 1, Math.max(0, s + Math.round((random() - 0.5) * 80))) : Math.floor(random() * n);
    const key = `${Math.min(s, t)}-${Math.max(s, t)}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    const [type, symmetric] = EDGE_TYPES[edges.length % EDGE_TYPES.length]!;
    edges.push({ id: `synthetic-edge:${edges.length}`, type, source: `synthetic:${s}`, target: `synthetic:${t}`, symmetric, confidence: 0.5 + random() / 2 });
    nodes[s]!.degree++;
    nodes[t]!.degree++;
  }
  return { nodes, edges };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
