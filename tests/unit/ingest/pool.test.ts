import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../../server/ingest/pool.js';
import { extractDocument } from '../../../server/ingest/index.js';
import { DocumentError, readDocument } from '../../../server/ingest/read.js';

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), '../../../seeds');
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
const pool = createExtractionPool({ size: 2 });
afterAll(() => pool.close());

describe('createExtractionPool', () => {
  it('gives exactly what extractDocument gives, on every seed', async () => {
    const inputs = files.map((f) => ({ id: f, text: readFileSync(join(seeds, f), 'utf8'), title: 'T', published: '2024-01-01' }));
    const got = await Promise.all(inputs.map((input) => pool.extract(input)));
    expect(got).toStrictEqual(inputs.map((input) => extractDocument(input)));
  }, 30_000);

  it('reads and extracts a file like readDocument + extractDocument', async () => {
    const path = join(seeds, files[0]!);
    const source = await readDocument(path);
    const { source: s, document } = await pool.readAndExtract(path);
    expect(s).toStrictEqual(source);
    expect(document).toStrictEqual(extractDocument({ id: source.id, text: source.text, title: source.title, published: source.published }));
  }, 30_000);

  it('rejects only the failing call, and keeps working', async () => {
    const good = { id: 'ok', text: 'Amara Okafor met Jonas Weber in Oslo on Tuesday.' };
    const results = await Promise.allSettled([
      pool.extract(good),
      pool.extract({ id: 'bad', text: undefined as unknown as string }),
      pool.readAndExtract(join(seeds, 'no-such-file.txt')),
      pool.extract({ id: 'uncloneable', text: 'x', title: (() => 'x') as unknown as string }),
      pool.extract(good),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected', 'fulfilled']);
    const missing = (results[2] as PromiseRejectedResult).reason;
    expect(missing).toBeInstanceOf(DocumentError);
    expect(missing.reason).toBe('unreadable');
    expect((results[4] as PromiseFulfilledResult<unknown>).value).toStrictEqual(extractDocument(good));
  }, 30_000);

  it('refuses work after close', async () => {
    const other = createExtractionPool({ size: 1 });
    expect(other.size).toBe(1);
    await other.extract({ id: 'a', text: 'Police in Lima arrested two men.' });
    await other.close();
    await expect(other.extract({ id: 'b', text: 'x' })).rejects.toThrow(/closed/);
  }, 30_000);
});
