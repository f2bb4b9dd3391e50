// Test-side readers for exported files: collecting a stream, unzipping, parsing CSV and
// running NetworkX. Written independently of the exporters so a shared mistake cannot hide.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';

export async function collect(body: AsyncIterable<string | Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of body) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(parts);
}

/** Entries of a ZIP read through its central directory (sizes live there, not in streamed local headers). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    files.set(name, inflateRawSync(zip.subarray(dataAt, dataAt + compressed)));
    at += 46 + skip;
  }
  return files;
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. Rows as header → value maps. */
export function parseCsv(text: string): Array<Record<string, string | null>> {
  const rows: Array<Array<string | null>> = [];
  let row: Array<string | null> = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') { quoted = true; wasQuoted = true; } else if (c === ',' || c === '\n') {
      row.push(field === '' && !wasQuoted ? null : field);
      field = ''; wasQuoted = false;
      if (c === '\n') { rows.push(row); row = []; }
    } else field += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h!, r[i] ?? null])));
}

const run = promisify(execFile);

/** Null when python3 or networkx is missing (the caller skips, saying why). */
export async function hasNetworkx(): Promise<boolean> {
  try {
    await run('python3', ['-c', 'import networkx']);
    return true;
  } catch {
    return false;
  }
}

/** Reads a file with NetworkX and prints every node and edge with its attributes as JSON. */
export async function networkxRead(reader: 'read_graphml' | 'read_gexf', file: string) {
  const script = `
import json, sys, networkx as nx
g = nx.${reader}(sys.argv[1])
edges = [dict(d, source=u, target=v) for u, v, d in g.edges(data=True)]
print(json.dumps({"directed": g.is_directed(), "nodes": [dict(d, id=n) for n, d in g.nodes(data=True)], "edges": edges}))`;
  const { stdout } = await run('python3', ['-c', script, file], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as { directed: boolean; nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> };
}
