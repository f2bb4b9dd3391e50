// Joins a serializer's many small strings into chunks of a useful size: one write per node
// would cost more in stream bookkeeping than in serializing.

/** Bytes-ish (UTF-16 units) gathered before a chunk goes out. */
const CHUNK_CHARS = 64 * 1024;

export async function* buffered(parts: AsyncIterable<string>, size = CHUNK_CHARS): AsyncGenerator<string> {
  let pending: string[] = [];
  let length = 0;
  for await (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

/** Writes items separated by commas, as the members of a JSON array. */
export async function* joined<T>(items: AsyncIterable<T>, render: (item: T) => string): AsyncGenerator<string> {
  let first = true;
  for await (const item of items) {
    yield (first ? '\n' : ',\n') + render(item);
    first = false;
  }
}
