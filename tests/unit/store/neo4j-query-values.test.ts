// The Neo4j adapter's conversion of query results to JSON-safe wire values,
// with real driver objects (Integer, temporal, Node, Relationship, Path).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { endpointElementIds, GraphCollector, toWire } from '../../../server/store/neo4j/query-values.js';

const { Node, Relationship, Path, PathSegment, Date: CypherDate, DateTime, Duration, Point } = neo4j.types;

const entity = (n: number, id: string, extra: Record<string, unknown> = {}) => new Node(neo4j.int(n), ['Entity', 'Person'], {
  id, type: 'Person', name: id.toUpperCase(), aliases: [], degree: neo4j.int(1), pagerank: 0.5, community: neo4j.int(2), ...extra,
}, `e${n}`);
const relation = (n: number, id: string, from: number, to: number, type = 'MET_WITH') => new Relationship(
  neo4j.int(n), neo4j.int(from), neo4j.int(to), type,
  { id, confidence: 0.9, evidenceCount: neo4j.int(2), evidence: '[]', date: '2021', validFrom: '2021-01-01', validTo: null },
  `r${n}`, `e${from}`, `e${to}`,
);
const convert = (value: unknown, ids = new Map<string, string>()) => {
  const graph = new GraphCollector();
  return { value: toWire(value, ids, graph), graph: graph.subgraph() };
};

describe('query values to JSON-safe wire values', () => {
  it('turns integers into numbers, and ones a double cannot hold into strings', () => {
    expect(convert({ a: neo4j.int(42), b: [neo4j.int(-1)], c: 1.5, d: 'x', e: null, f: true }).value)
      .toEqual({ a: 42, b: [-1], c: 1.5, d: 'x', e: null, f: true });
    expect(convert(neo4j.int('9007199254740993')).value).toBe('9007199254740993');
    expect(convert(Number.NaN).value).toBe('NaN');
  });

  it('writes temporal and spatial values as their ISO strings', () => {
    expect(convert(new CypherDate(2021, 11, 23)).value).toBe('2021-11-23');
    expect(convert(new DateTime(2021, 11, 23, 10, 30, 0, 0, 0)).value).toBe('2021-11-23T10:30:00Z');
    expect(convert(new Duration(0, 3, 0, 0)).value).toBe('P3DT');
    expect(convert(new Point(neo4j.int(7203), 1, 2)).value).toBe('Point{srid=7203, x=1.0, y=2.0}');
  });

  it('gives entities their wire form and collects them into the graph once each', () => {
    const { value, graph } = convert([entity(1, 'hu'), { again: entity(1, 'hu') }]);
    expect(value).toEqual([
      { id: 'hu', type: 'Person', name: 'HU', aliases: [], degree: 1, pagerank: 0.5, community: 2 },
      { again: { id: 'hu', type: 'Person', name: 'HU', aliases: [], degree: 1, pagerank: 0.5, community: 2 } },
    ]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['hu']);
  });

  it('defaults analytics an entity has not had yet', () => {
    const bare = new Node(neo4j.int(9), ['Entity', 'Other'], { id: 'x', type: 'Other', name: 'X' }, 'e9');
    expect(convert(bare).value).toEqual({ id: 'x', type: 'Other', name: 'X', aliases: [], degree: 0, pagerank: 0, community: -1 });
  });

  it('shows documents as id and title, other nodes and links as labels or type with properties', () => {
    const doc = new Node(neo4j.int(5), ['Document'], { id: 'd1', title: 'T', text: 'long text' }, 'd5');
    expect(convert(doc).value).toEqual({ id: 'd1', title: 'T' });
    const other = new Node(neo4j.int(6), ['Note'], { n: neo4j.int(3) }, 'n6');
    expect(convert(other).value).toEqual({ labels: ['Note'], properties: { n: 3 } });
    const mention = new Relationship(neo4j.int(7), neo4j.int(1), neo4j.int(5), 'MENTIONED_IN', { spans: [neo4j.int(0), neo4j.int(2)] }, 'm7', 'e1', 'd5');
    expect(convert(mention).value).toEqual({ type: 'MENTIONED_IN', properties: { spans: [0, 2] } });
  });

  it('gives relations their wire form with entity ids as endpoints', () => {
    const ids = new Map([['e1', 'hu'], ['e2', 'stock']]);
    const { value, graph } = convert(relation(10, 'hu-met-stock', 1, 2), ids);
    expect(value).toEqual({
      id: 'hu-met-stock', type: 'MET_WITH', source: 'hu', target: 'stock', properties: { date: '2021' },
      confidence: 0.9, symmetric: true, evidenceCount: 2, validFrom: '2021-01-01', validTo: null,
    });
    // Its endpoints are not in the rows: the graph never carries a dangling edge.
    expect(graph).toEqual({ nodes: [], edges: [] });
  });

  it('turns a path into its nodes and edges, and draws it whole', () => {
    const [a, b, c] = [entity(1, 'a'), entity(2, 'b'), entity(3, 'c')];
    const ab = relation(10, 'ab', 1, 2);
    const cb = relation(11, 'cb', 3, 2, 'COOPERATES_WITH');
    const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, cb, c)]);
    const known = new Map<string, string>();
    expect([...endpointElementIds([path], known)]).toEqual([]);
    const { value, graph } = convert([path, ab], known);
    expect((value as Array<{ nodes: Array<{ id: string }>; edges: Array<{ id: string }> }>)[0]).toMatchObject({
      nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], edges: [{ id: 'ab', source: 'a', target: 'b' }, { id: 'cb', source: 'c', target: 'b' }],
    });
    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(graph.edges.map((e) => e.id)).toEqual(['ab', 'cb']);
  });

  it('asks for the entity ids of relation endpoints no node in the rows names', () => {
    const known = new Map<string, string>();
    const wanted = endpointElementIds([[relation(10, 'ab', 1, 2)], { n: entity(1, 'a') }], known);
    expect([...wanted]).toEqual(['e2']);
    expect(known).toEqual(new Map([['e1', 'a']]));
  });

  it('drops an edge whose endpoint is missing but keeps the rest', () => {
    const ids = new Map([['e1', 'a'], ['e2', 'b'], ['e3', 'c']]);
    const { graph } = convert([entity(1, 'a'), entity(2, 'b'), relation(10, 'ab', 1, 2), relation(11, 'bc', 2, 3), relation(10, 'ab', 1, 2)], ids);
    expect(graph.edges.map((e) => e.id)).toEqual(['ab']);
  });
});
