// GraphML and GEXF read back by NetworkX and by a test-side XML reader keep every node, edge,
// type and attribute of a graph full of hostile values.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type Attribute } from '../../../server/export/attributes.js';
import { FORMATS } from '../../../server/export/formats.js';
import { subgraphSource } from '../../../server/export/source.js';
import { xmlEscape } from '../../../server/export/xml.js';
import type { EdgeDetail, GraphNode } from '../../../server/store/records.js';
import { hostileSubgraph, openHostileStore } from './hostile-graph.js';
import { collect, hasNetworkx, networkxRead } from './read-back.js';
import { all, parseXml } from './xml-tree.js';

let ctx: Awaited<ReturnType<typeof openHostileStore>>;
let dir: string;
const files: Record<string, string> = {};
const texts: Record<string, string> = {};
let networkx = false;

beforeAll(async () => {
  ctx = await openHostileStore();
  dir = await mkdtemp(join(tmpdir(), 'kg-export-xml-'));
  const subgraph = await hostileSubgraph(ctx.store);
  for (const format of ['graphml', 'gexf'] as const) {
    // A page size of 2 exercises paging and prefetch across several pages.
    texts[format] = (await collect(FORMATS[format].write(subgraphSource(ctx.store, subgraph, { pageSize: 2 }), new Date()))).toString('utf8');
    files[format] = join(dir, `export.${format}`);
    await writeFile(files[format], texts[format]);
  }
  networkx = await hasNetworkx();
  if (!networkx) console.warn('SKIPPED NetworkX round trips: python3 with networkx is not installed (apt-get install python3-networkx)');
});
afterAll(async () => {
  await ctx?.cleanup();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** What a reader must find for each attribute: lists and evidence come back as JSON text. */
function expected<T>(attributes: Array<Attribute<T>>, item: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of attributes) {
    const v = a.value(item);
    if (v !== null) out[a.name] = a.kind === 'json' || a.kind === 'string[]' ? JSON.stringify(v) : v;
  }
  return out;
}

const nodeFacts = (n: GraphNode) => ({ id: n.id, ...expected(NODE_ATTRIBUTES, n) });
const edgeFacts = (e: EdgeDetail) => ({ id: e.id, source: e.source, target: e.target, ...expected(EDGE_ATTRIBUTES, e) });
const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));

describe.each(['graphml', 'gexf'] as const)('%s', (format) => {
  it('reads back in NetworkX with every node, edge, type and attribute', async ({ skip }) => {
    if (!networkx) skip('python3-networkx is not installed');
    const graph = await networkxRead(format === 'graphml' ? 'read_graphml' : 'read_gexf', files[format]!);
    expect(graph.directed).toBe(true);
    expect(graph.nodes).toHaveLength(ctx.graph.nodes.length);
    expect(graph.edges).toHaveLength(ctx.graph.edges.length);
    const nodes = [...graph.nodes].sort(byId);
    ctx.graph.nodes.forEach((n, i) => expect(nodes[i]).toMatchObject(nodeFacts(n)));
    const edges = [...graph.edges].sort(byId);
    ctx.graph.edges.forEach((e, i) => expect(edges[i]).toMatchObject(edgeFacts(e)));
    // Evidence survives byte for byte, hostile sentences included.
    for (const [i, e] of ctx.graph.edges.entries()) expect(JSON.parse(String(edges[i]!.evidence))).toEqual(e.evidence);
  });

  it('reads back with an XML parser: declared typed attributes, every value exact', () => {
    const root = parseXml(texts[format]!);
    const declared = format === 'graphml'
      ? all(root, 'key').map((k) => [k.attrs.for, k.attrs['attr.name'], k.attrs['attr.type']])
      : all(root, 'attributes').flatMap((a) => all(a, 'attribute').map((k) => [a.attrs.class, k.attrs.title, k.attrs.type]));
    for (const a of NODE_ATTRIBUTES) expect(declared).toContainEqual(['node', a.name, expect.any(String)]);
    for (const a of EDGE_ATTRIBUTES) expect(declared).toContainEqual(['edge', a.name, expect.any(String)]);
    const values = (el: ReturnType<typeof parseXml>) => Object.fromEntries(format === 'graphml'
      ? all(el, 'data').map((d) => [d.attrs.key!.replace(/^[ne]_/, ''), d.text])
      : all(el, 'attvalue').map((d) => [d.attrs.for, d.attrs.value]));
    const nodes = all(root, 'node').sort((a, b) => a.attrs.id!.localeCompare(b.attrs.id!));
    expect(nodes.map((n) => n.attrs.id)).toEqual(ctx.graph.nodes.map((n) => n.id));
    ctx.graph.nodes.forEach((n, i) => {
      const got = values(nodes[i]!);
      expect(got.name).toBe(n.name);
      expect(JSON.parse(got.aliases!)).toEqual(n.aliases);
      expect(Number(got.pagerank)).toBe(n.pagerank);
      expect(got.type).toBe(n.type);
    });
    const edges = all(root, 'edge').sort((a, b) => a.attrs.id!.localeCompare(b.attrs.id!));
    ctx.graph.edges.forEach((e, i) => {
      const got = values(edges[i]!);
      expect(edges[i]!.attrs).toMatchObject({ id: e.id, source: e.source, target: e.target });
      expect(got.type).toBe(e.type);
      expect(JSON.parse(got.evidence!)).toEqual(e.evidence);
      for (const [key, value] of Object.entries(e.properties)) expect(got[key]).toBe(value);
    });
  });
});

describe('xmlEscape', () => {
  it('keeps line breaks and tabs as references and replaces what XML 1.0 cannot carry', () => {
    expect(xmlEscape('a\nb\r\tc')).toBe('a&#10;b&#13;&#9;c');
    expect(xmlEscape('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&apos;');
    expect(xmlEscape('bell\u0007 nul\u0000 lone\uD800 ok😀')).toBe('bell\uFFFD nul\uFFFD lone\uFFFD ok😀');
  });
});
