// A minimal streaming ZIP writer (deflate, data descriptors, UTF-8 names) over node:zlib,
// enough for the CSV pair; chosen over a dependency because it is ~80 lines and needs no
// install. Entries are written one after another as their content arrives; no ZIP64, so each
// entry and the archive stay under 4 GiB.
import { Readable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  content: AsyncIterable<string>;
}

interface Written { name: Buffer; crc: number; compressed: number; size: number; offset: number }

// Bit 3: sizes and CRC follow the data (we stream); bit 11: the name is UTF-8.
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;
const MAX32 = 0xffffffff;

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function record(fields: Array<[number, 2 | 4]>, tail: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(fields.reduce((n, [, size]) => n + size, 0));
  let at = 0;
  for (const [value, size] of fields) at = size === 2 ? head.writeUInt16LE(value, at) : head.writeUInt32LE(value, at);
  return Buffer.concat([head, tail]);
}

export async function* writeZip(entries: ZipEntry[], modified: Date): AsyncGenerator<Uint8Array> {
  const { time, date } = dosTime(modified);
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = record([[0x04034b50, 4], [VERSION, 2], [FLAGS, 2], [DEFLATE, 2], [time, 2], [date, 2],
      [0, 4], [0, 4], [0, 4], [name.length, 2], [0, 2]], name);
    yield local;
    const state = { name, crc: 0, compressed: 0, size: 0, offset };
    const input = async function* () {
      for await (const text of entry.content) {
        const bytes = Buffer.from(text, 'utf8');
        state.crc = crc32(bytes, state.crc);
        state.size += bytes.length;
        yield bytes;
      }
    };
    for await (const chunk of Readable.from(input()).pipe(createDeflateRaw()) as AsyncIterable<Buffer>) {
      state.compressed += chunk.length;
      yield chunk;
    }
    if (state.size > MAX32 || state.compressed > MAX32) throw new Error(`${entry.name} is over 4 GiB, which needs ZIP64`);
    yield record([[0x08074b50, 4], [state.crc, 4], [state.compressed, 4], [state.size, 4]]);
    offset += local.length + state.compressed + 16;
    written.push(state);
  }
  yield* centralDirectory(written, offset, time, date);
}

function* centralDirectory(written: Written[], start: number, time: number, date: number): Generator<Uint8Array> {
  let size = 0;
  for (const w of written) {
    const header = record([[0x02014b50, 4], [VERSION, 2], [VERSION, 2], [FLAGS, 2], [DEFLATE, 2], [time, 2], [date, 2],
      [w.crc, 4], [w.compressed, 4], [w.size, 4], [w.name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [w.offset, 4]], w.name);
    size += header.length;
    yield header;
  }
  if (start > MAX32) throw new Error('The archive is over 4 GiB, which needs ZIP64');
  yield record([[0x06054b50, 4], [0, 2], [0, 2], [written.length, 2], [written.length, 2], [size, 4], [start, 4], [0, 2]]);
}
