// Bulk appends through COPY FROM newline-delimited JSON, about a hundred times faster than
// parameterized CREATE. JSON rather than CSV: keys map to columns by name, lists and "" survive
// exactly (Kuzu's CSV reader turns "" into NULL and keeps quotes inside list elements), and it
// measured faster (300k nodes: 0.8 s JSON, 1.1-1.3 s CSV). COPY fails as a whole on a duplicate
// primary key, so callers pass only rows they have checked are new.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KuzuSession } from './session.js';

export class BulkLoader {
  private files = 0;

  private constructor(private readonly session: KuzuSession, private readonly dir: string) {}

  /** Runs `task` with a loader whose temp files are removed afterwards, whatever happens. */
  static async with<T>(session: KuzuSession, task: (bulk: BulkLoader) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'kg-kuzu-'));
    try {
      return await task(new BulkLoader(session, dir));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async copyNodes(label: string, rows: object[]): Promise<void> {
    if (rows.length === 0) return;
    await this.session.runTemplate('copy-nodes', { label, file: await this.write(rows) });
  }

  /** Rows carry `from` and `to` primary keys; every row of one call joins the same label pair. */
  async copyRels(type: string, from: string, to: string, rows: object[]): Promise<void> {
    if (rows.length === 0) return;
    await this.session.runTemplate('copy-rels', { type, from, to, file: await this.write(rows) });
  }

  private async write(rows: object[]): Promise<string> {
    const path = join(this.dir, `${++this.files}.json`);
    await writeFile(path, rows.map((row) => JSON.stringify(row)).join('\n'), 'utf8');
    return path.replaceAll('\\', '/'); // Kuzu reads forward slashes on every platform
  }
}
