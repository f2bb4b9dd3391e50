// Exports a selection in one format: resolves the subgraph first (so a bad selection fails
// before any byte is sent), then hands back a lazy stream of the document.
import type { GraphStore } from '../store/port.js';
import { exportFileName, FORMATS, type ExportFormatId } from './formats.js';
import { selectSubgraph, type Selection } from './selection.js';
import { subgraphSource } from './source.js';

export { EXPORT_FORMATS, FORMATS, exportFileName, type ExportFormatId } from './formats.js';
export type { Selection } from './selection.js';

export interface PreparedExport {
  fileName: string;
  contentType: string;
  nodes: number;
  edges: number;
  /** The document, produced as it is read: nothing is serialized until the consumer pulls. */
  body: AsyncIterable<string | Uint8Array>;
}

/** null when the selection names a center that does not exist. */
export async function prepareExport(
  store: GraphStore, selection: Selection, format: ExportFormatId, limit: number, at = new Date(),
): Promise<PreparedExport | null> {
  const subgraph = await selectSubgraph(store, selection, limit);
  if (!subgraph) return null;
  const spec = FORMATS[format];
  return {
    fileName: exportFileName(format, at),
    contentType: spec.contentType,
    nodes: subgraph.nodes.length,
    edges: subgraph.edges.length,
    body: spec.write(subgraphSource(store, subgraph), at),
  };
}
