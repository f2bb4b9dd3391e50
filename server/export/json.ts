// JSON: the API's wire format (GraphNode, EdgeDetail with evidence) as one document
// { "nodes": [...], "edges": [...] }, validated by the same zod schemas the API serves.
import type { ExportSource } from './source.js';
import { joined } from './chunks.js';

export async function* writeJson(source: ExportSource): AsyncGenerator<string> {
  yield '{"nodes":[';
  yield* joined(source.nodes(), (n) => JSON.stringify(n));
  yield '\n],"edges":[';
  yield* joined(source.edges(), (e) => JSON.stringify(e));
  yield '\n]}\n';
}
