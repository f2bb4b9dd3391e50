// JSON validates against the API's own schemas; Cytoscape JSON loads into a headless Cytoscape
// with every element and attribute.
import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORMATS } from '../../../server/export/formats.js';
import { subgraphSource } from '../../../server/export/source.js';
import { EdgeDetailSchema, GraphNodeSchema } from '../../../server/store/records.js';
import { hostileSubgraph, openHostileStore } from './hostile-graph.js';
import { collect } from './read-back.js';

let ctx: Awaited<ReturnType<typeof openHostileStore>>;
const text = async (format: 'json' | 'cytoscape') =>
  (await collect(FORMATS[format].write(subgraphSource(ctx.store, await hostileSubgraph(ctx.store)), new Date()))).toString('utf8');
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

beforeAll(async () => { ctx = await openHostileStore(); });
afterAll(async () => { await ctx?.cleanup(); });

describe('JSON export', () => {
  it('is the wire format: nodes and edges with evidence, exactly as the store serves them', async () => {
    const body = z.object({ nodes: z.array(GraphNodeSchema), edges: z.array(EdgeDetailSchema) }).strict().parse(JSON.parse(await text('json')));
    expect(body.nodes.sort(byId)).toEqual(ctx.graph.nodes);
    expect(body.edges.sort(byId)).toEqual(ctx.graph.edges);
  });
});

describe('Cytoscape JSON export', () => {
  it('loads into headless Cytoscape with every node, edge and attribute', async () => {
    const doc = JSON.parse(await text('cytoscape'));
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: doc.elements });
    expect(cy.nodes()).toHaveLength(ctx.graph.nodes.length);
    expect(cy.edges()).toHaveLength(ctx.graph.edges.length);
    for (const n of ctx.graph.nodes) {
      expect(cy.getElementById(n.id).data()).toMatchObject({ name: n.name, type: n.type, aliases: n.aliases, pagerank: n.pagerank, label: n.name });
    }
    for (const e of ctx.graph.edges) {
      const data = cy.getElementById(e.id).data();
      expect(data).toMatchObject({ source: e.source, target: e.target, type: e.type, ...e.properties, confidence: e.confidence });
      expect(JSON.parse(data.evidence)).toEqual(e.evidence);
    }
    // cy.json() takes the same document back.
    const other = cytoscape({ headless: true });
    other.json({ elements: doc.elements });
    expect(other.elements()).toHaveLength(ctx.graph.nodes.length + ctx.graph.edges.length);
  });
});
