// The Export menu: the view as PNG (Cytoscape's renderer) or SVG (our own
// serializer), and a link that reopens it.
import type { Core } from 'cytoscape';
import { exportSvg } from '../graph/export-svg.js';
import { download, stampedName } from './download.js';
import type { MenuItem } from './menu.js';

export function exportMenuItems(cy: Core, copyLink: () => void): MenuItem[] {
  return [
    { label: 'Image (PNG)', testId: 'export-png', run: () => void exportPng(cy) },
    { label: 'Vector image (SVG)', testId: 'export-svg', run: () => download(new Blob([exportSvg(cy)], { type: 'image/svg+xml' }), stampedName('svg')) },
    { label: 'Copy link to this view', testId: 'copy-link', run: copyLink },
  ];
}

async function exportPng(cy: Core): Promise<void> {
  // Twice the screen's resolution for print, capped so a huge graph does not exhaust memory.
  const blob = await cy.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000 });
  download(blob, stampedName('png'));
}
