// kg export: a subgraph (one entity's neighbourhood, named ids, or everything) in one of the
// export formats, to stdout or a file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../config.js';
import { EXPORT_FORMATS, prepareExport, type ExportFormatId, type Selection } from '../export/index.js';
import type { GraphStore } from '../store/port.js';
import { openStore } from '../store/open.js';
import { parse, type Command } from './command.js';

const HELP = `Usage: kg export (--center NAME|ID [--depth N] | --ids ID,ID,... [--expand] | --all)
                 [--format FORMAT] [--out FILE] [--limit N]

Writes a subgraph in a format other tools read:
  --center X   an entity by id, or by exact name; with --depth N (default 1) hops around it
  --ids A,B    these entities and the relations among them; --expand adds their neighbours
  --all        every entity and relation in the store
  --format F   ${EXPORT_FORMATS.join(', ')} (default json); csv is a zip of
               nodes.csv and relationships.csv for neo4j-admin database import
  --out FILE   write there instead of stdout
  --limit N    most entities to export (default: KG_MAX_SUBGRAPH, or all with --all)

Example: kg export --center "INTERPOL" --depth 2 --format graphml > interpol.graphml`;

const OPTIONS = {
  center: { type: 'string' }, depth: { type: 'string' }, ids: { type: 'string' }, expand: { type: 'boolean' },
  all: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' }, limit: { type: 'string' },
} as const;

type Values = ReturnType<typeof parse<typeof OPTIONS>>['values'];

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

/** An id as given, else the one entity whose name is exactly this (an ambiguous name is an error). */
async function resolveCenter(store: GraphStore, center: string): Promise<string> {
  if ((await store.nodesByIds([center])).length > 0) return center;
  const exact = (await store.search(center, { limit: 50 })).filter((hit) => hit.name === center);
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length === 0) throw new Error(`no entity has the id or name "${center}"`);
  throw new Error(`"${center}" names ${exact.length} entities; give one id: ${exact.map((h) => h.id).join(', ')}`);
}

async function selectionOf(store: GraphStore, values: Values): Promise<Selection> {
  const given = (['center', 'ids', 'all'] as const).filter((k) => values[k] !== undefined);
  if (given.length !== 1) throw new Error('give exactly one of --center, --ids or --all');
  if (values.center !== undefined) {
    return { kind: 'center', center: await resolveCenter(store, values.center), depth: count('depth', values.depth, 1) };
  }
  if (values.ids !== undefined) {
    const ids = values.ids.split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length === 0) throw new Error('--ids needs at least one id');
    return { kind: 'ids', ids, expand: values.expand ?? false, induced: true };
  }
  return { kind: 'all' };
}

async function toStdout(body: AsyncIterable<string | Uint8Array>): Promise<void> {
  // Respect back-pressure without ending stdout, which a pipeline would try to do.
  for await (const chunk of body) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

export const exportCommand: Command = {
  summary: 'write a subgraph as JSON, Cytoscape, GraphML, GEXF, CSV or Cypher',
  help: HELP,
  async run(argv) {
    const { values } = parse(argv, OPTIONS);
    const format = (values.format ?? 'json') as ExportFormatId;
    if (!EXPORT_FORMATS.includes(format)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const config = loadConfig();
    const store = await openStore(config);
    try {
      const selection = await selectionOf(store, values);
      const limit = count('limit', values.limit, selection.kind === 'all' ? Number.MAX_SAFE_INTEGER : config.KG_MAX_SUBGRAPH);
      const prepared = await prepareExport(store, selection, format, limit);
      if (!prepared) throw new Error('the center entity does not exist');
      if (values.out) await pipeline(Readable.from(prepared.body), createWriteStream(values.out));
      else await toStdout(prepared.body);
      console.error(`kg export: ${prepared.nodes} entities, ${prepared.edges} relations as ${format}${values.out ? ` to ${values.out}` : ''}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
