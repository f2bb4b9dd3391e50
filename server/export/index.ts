// Exports a selection in one format: resolves the selection's nodes first (so a bad selection
// fails before any byte is sent), then hands back a lazy stream of the document whose edges are
// read from the store as the consumer pulls them.
import type { GraphStore } from '../store/port.js';
import { exportFileName, FORMATS, type ExportFormatId } from './formats.js';
import { selectExport, type Selection } from './selection.js';
import { planSource } from './source.js';

export { EXPORT_FORMATS, FORMATS, exportFileName, type ExportFormatId } from './formats.js';
export type { Selection } from './selection.js';

export interface PreparedExport {
  fileName: string;
  contentType: string;
  nodes: number;
  /** Edges written so far: the total once the body has been read to its end. */
  readonly edges: number;
  /** The document, produced as it is read: nothing is serialized until the consumer pulls. */
  body: AsyncIterable<string | Uint8Array>;
}

/** null when the selection names a center that does not exist. */
export async function prepareExport(
  store: GraphStore, selection: Selection, format: ExportFormatId, limit: number, at = new Date(),
): Promise<PreparedExport | null> {
  const plan = await selectExport(store, selection, limit);
  if (!plan) return null;
  const spec = FORMATS[format];
  let edges = 0;
  return {
    fileName: exportFileName(format, at),
    contentType: spec.contentType,
    nodes: plan.nodes.length,
    get edges() {
      return edges;
    },
    body: spec.write(planSource(plan, () => { edges++; }), at),
  };
}
