// A small graph whose names, aliases, properties, ids and evidence hold everything that breaks
// serializers: quotes, markup, newlines, tabs, backslashes, emoji, right-to-left text and a
// Cypher injection. Loaded into a real temp Kuzu store, as exporters read it.
import { createHash } from 'node:crypto';
import type { EntityType, RelationType } from '../../../server/ontology/index.js';
import type { EdgeDetail, GraphBatch, GraphNode } from '../../../server/store/records.js';
import type { GraphStore, Subgraph } from '../../../server/store/port.js';
import { openTestStore } from '../../helpers/server.js';

export const INJECTION = 'x"}) DETACH DELETE n //';
export const HOSTILE = [
  INJECTION,
  "y'}) MATCH (m) DETACH DELETE m //",
  'A & B <b>"bold"</b> \'single\' ]]> <!-- c -->',
  'line one\nline two\r\nthree\ttabbed',
  'Emoji 😀 family 👩‍👩‍👧 flag 🇨🇳',
  'שלום עולם مرحبا \u202Eevil\u202C \u2028sep',
  'back\\slash \\n not a newline \\u0041 \\\'',
] as const;

const text = HOSTILE.map((s, i) => `Sentence ${i}: ${s}.`).join('\n');
const DOC = { id: 'doc:"hostile"', title: `Title ${HOSTILE[2]}`, published: '2024-02-29', source: null, text,
  hash: createHash('sha256').update(text).digest('hex') };

function evidence(i: number, confidence: number) {
  const sentence = `Sentence ${i}: ${HOSTILE[i]!}.`;
  const start = text.indexOf(sentence);
  return { documentId: DOC.id, start, end: start + sentence.length, text: sentence, method: 'fixture <&>', confidence };
}

const ENTITIES: Array<[string, EntityType, string, string[]]> = [
  ['person:"inject"', 'Person', HOSTILE[0], ['alias, with "quotes"\nand a line', HOSTILE[4]]],
  ["person:o'brien", 'Person', HOSTILE[1], []],
  ['org:<&>', 'Organization', HOSTILE[2], [HOSTILE[3]]],
  ['loc:rtl', 'Location', HOSTILE[5], ['\u05D0']],
  ['event:emoji', 'Event', HOSTILE[4], []],
  ['substance:back\\slash', 'Substance', HOSTILE[6], ['\\']],
  ['other:plain', 'Other', 'Plain Initiative', []],
];

const RELATIONS: Array<[string, RelationType, number, number, Record<string, string>, number[]]> = [
  ['rel:holds"1', 'HOLDS_POSITION', 0, 2, { role: HOSTILE[2], start: '2020', end: '2021-06' }, [0, 2]],
  ["rel:met'2", 'MET_WITH', 0, 1, { date: '2024-02-29' }, [1]],
  ['rel:located<3>', 'LOCATED_IN', 2, 3, {}, [5]],
  ['rel:part\n4', 'PARTICIPATED_IN', 1, 4, { role: HOSTILE[3] }, [4, 3]],
  ['rel:involved\\5', 'INVOLVED_WITH', 0, 5, { action: HOSTILE[6] }, [6]],
  ['rel:founded6', 'FOUNDED', 1, 6, {}, [0]],
];

export function hostileBatch(): GraphBatch {
  return {
    documents: [DOC],
    entities: ENTITIES.map(([id, type, name, aliases]) => ({ id, type, name, aliases, merges: [] })),
    relations: RELATIONS.map(([id, type, from, to, properties, ev]) => ({
      id, type, source: ENTITIES[from]![0], target: ENTITIES[to]![0], properties,
      confidence: 0.5 + from / 10, evidence: ev.map((i, k) => evidence(i, 0.5 + from / 10 - k / 100)),
      validFrom: properties.start ? '2020-01-01' : null, validTo: properties.end ? '2021-06-30' : null,
    })),
    mentions: [],
  };
}

export const HOSTILE_IDS = ENTITIES.map(([id]) => id);

/** A temp store holding the hostile graph with analytics, and the graph as exporters see it. */
export async function openHostileStore() {
  const opened = await openTestStore([]);
  await opened.store.upsert(hostileBatch());
  await opened.store.writeAnalytics(HOSTILE_IDS.map((id, i) => ({ id, degree: i + 1, pagerank: (i + 1) / 7.3, community: i % 3 })));
  const graph = await readGraph(opened.store);
  return { ...opened, graph };
}

/**
 * The whole hostile graph, from a read-only query rather than store.subgraph: Kuzu 0.11.3 answers
 * edges-among.cypher (a list_contains filter right after MATCH) with wrong rows on this graph.
 */
export async function hostileSubgraph(store: GraphStore): Promise<Subgraph> {
  const result = await store.readQuery('MATCH (a)-[r]->(b) RETURN a, r, b', {}, { rowLimit: 1000, timeoutMs: 10_000 });
  return result.graph;
}

/** Every entity and relation (with evidence), sorted by id: what a faithful export holds. */
export async function readGraph(store: GraphStore): Promise<{ nodes: GraphNode[]; edges: EdgeDetail[] }> {
  const subgraph = await hostileSubgraph(store);
  const edges = await Promise.all(subgraph.edges.map(async (e) => (await store.getEdge(e.id))!));
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return { nodes: [...subgraph.nodes].sort(byId), edges: edges.sort(byId) };
}
