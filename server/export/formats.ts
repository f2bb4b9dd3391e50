// The export formats as one registry: id, file extension, content type and writer. The API,
// the CLI and the tests all read it, so a new format is one file and one entry here.
import { buffered } from './chunks.js';
import { csvEntries } from './csv.js';
import { writeCypher } from './cypher-script.js';
import { writeCytoscape } from './cytoscape.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJson } from './json.js';
import type { ExportSource } from './source.js';
import { writeZip } from './zip.js';

export const EXPORT_FORMATS = ['json', 'cytoscape', 'graphml', 'gexf', 'csv', 'cypher'] as const;
export type ExportFormatId = (typeof EXPORT_FORMATS)[number];

export interface ExportFormat {
  extension: string;
  contentType: string;
  description: string;
  write(source: ExportSource, generatedAt: Date): AsyncIterable<string | Uint8Array>;
}

export const FORMATS: Record<ExportFormatId, ExportFormat> = {
  json: {
    extension: 'json', contentType: 'application/json; charset=utf-8',
    description: 'Nodes and edges with every property and their evidence (the API wire format)',
    write: (source) => buffered(writeJson(source)),
  },
  cytoscape: {
    extension: 'cyjs', contentType: 'application/json; charset=utf-8',
    description: 'Cytoscape JSON elements, for cy.json() and Cytoscape desktop',
    write: (source) => buffered(writeCytoscape(source)),
  },
  graphml: {
    extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8',
    description: 'GraphML with typed keys (yEd, Gephi, NetworkX, igraph)',
    write: (source) => buffered(writeGraphml(source)),
  },
  gexf: {
    extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8',
    description: 'GEXF 1.3 with attribute declarations (Gephi)',
    write: (source, at) => buffered(writeGexf(source, at)),
  },
  csv: {
    extension: 'zip', contentType: 'application/zip',
    description: 'nodes.csv and relationships.csv for neo4j-admin database import, zipped',
    write: (source, at) => writeZip(csvEntries(source).map((e) => ({ ...e, content: buffered(e.content) })), at),
  },
  cypher: {
    extension: 'cypher', contentType: 'application/x-cypher-query; charset=utf-8',
    description: 'Idempotent MERGE statements, replayable into Neo4j and Kuzu',
    write: (source, at) => buffered(writeCypher(source, at)),
  },
};

/** kg-export-20250131.graphml: the date (UTC) tells one download from the next. */
export function exportFileName(format: ExportFormatId, at: Date): string {
  return `kg-export-${at.toISOString().slice(0, 10).replaceAll('-', '')}.${FORMATS[format].extension}`;
}
