// The Export menu: the view as PNG (Cytoscape's renderer) or SVG (our own
// serializer), the data in the server's export formats (the selection, or
// every entity shown), and a link that reopens the view.
import type { Core } from 'cytoscape';
import type { Api } from '../api.js';
import { exportSvg } from '../graph/export-svg.js';
import { download, stampedName } from './download.js';
import type { MenuItem } from './menu.js';

/** The server's formats, as the menu names them (ids from server/export/formats.ts). */
const DATA_FORMATS = [
  { format: 'graphml', label: 'GraphML (yEd, Gephi, NetworkX)' },
  { format: 'gexf', label: 'GEXF (Gephi)' },
  { format: 'cytoscape', label: 'Cytoscape JSON' },
  { format: 'json', label: 'JSON with evidence' },
  { format: 'csv', label: 'CSV for neo4j-admin (zip)' },
  { format: 'cypher', label: 'Cypher script' },
] as const;

export interface DataExport {
  api: Api;
  /** Reports a failed export to the person. */
  onError: (message: string) => void;
}

export function exportMenuItems(cy: Core, copyLink: () => void, data?: DataExport): MenuItem[] {
  return [
    { label: 'Image (PNG)', testId: 'export-png', run: () => void exportPng(cy) },
    { label: 'Vector image (SVG)', testId: 'export-svg', run: () => download(new Blob([exportSvg(cy)], { type: 'image/svg+xml' }), stampedName('svg')) },
    ...(data ? DATA_FORMATS.map(({ format, label }) => ({
      label, testId: `export-${format}`, run: () => void exportData(cy, data, format),
    })) : []),
    { label: 'Copy link to this view', testId: 'copy-link', run: copyLink },
  ];
}

/** The selected entities when there are some, otherwise every entity shown. */
function exportedIds(cy: Core): string[] {
  const selected = cy.nodes(':selected:visible');
  return (selected.length > 0 ? selected : cy.nodes(':visible')).map((n) => n.id());
}

async function exportData(cy: Core, data: DataExport, format: string): Promise<void> {
  const ids = exportedIds(cy);
  if (ids.length === 0) {
    data.onError('Nothing to export yet: add entities to the canvas first.');
    return;
  }
  try {
    const { blob, filename } = await data.api.exportGraph(ids, format);
    download(blob, filename);
  } catch (error) {
    data.onError(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function exportPng(cy: Core): Promise<void> {
  // Twice the screen's resolution for print, capped so a huge graph does not exhaust memory.
  const blob = await cy.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000 });
  download(blob, stampedName('png'));
}
