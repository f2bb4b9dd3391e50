// The loader end to end on a real embedded store: bad documents, reloads, changed documents, workers.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPaths } from '../../../server/load/index.js';
import { generateCorpus } from '../../../bench/generate.js';
import { openTestStore, type TestStore } from '../../helpers/server.js';

let dir: string;
const opened: TestStore[] = [];
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'kg-loader-')); });
afterEach(async () => {
  for (const s of opened.splice(0)) await s.cleanup();
  await rm(dir, { recursive: true, force: true });
});

async function emptyStore() {
  const s = await openTestStore([]);
  opened.push(s);
  return s.store;
}

const GOOD = 'Ana Ruiz, the director of the Harbour Police Department, met Tom Lee in Lisbon on Monday.\n';

describe('loadPaths', () => {
  it('skips bad documents with their reasons and loads the rest, writing nothing for the bad ones', async () => {
    await writeFile(join(dir, 'good.txt'), GOOD);
    await writeFile(join(dir, 'empty.txt'), '   \n');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x00, 0xff, 0x00, 0x10]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x6e, 0x64, 0x20]));
    const store = await emptyStore();
    const report = await loadPaths(store, [dir, join(dir, 'missing.txt')]);
    expect(report.loaded).toEqual(['good']);
    expect(report.failed.map((f) => f.path.split('/').pop()).sort()).toEqual(['binary.txt', 'empty.txt', 'latin1.txt', 'missing.txt']);
    for (const f of report.failed) expect(f.reason.length).toBeGreaterThan(3);
    expect((await store.stats()).documents).toBe(1);
  });

  it('leaves the graph identical when the same documents load twice, and replaces a changed one', async () => {
    await writeFile(join(dir, 'a.txt'), GOOD);
    await writeFile(join(dir, 'b.txt'), 'Tom Lee, a spokesman for the Harbour Police Department, said officers arrested Ivo Marsh in Porto.\n');
    const store = await emptyStore();
    await loadPaths(store, [dir]);
    const first = await store.stats();
    const ids = (await store.entityIndex()).map((e) => e.id).sort();
    const again = await loadPaths(store, [dir]);
    expect(again.unchanged.sort()).toEqual(['a', 'b']);
    expect(await store.stats()).toEqual(first);
    expect((await store.entityIndex()).map((e) => e.id).sort()).toEqual(ids);

    await writeFile(join(dir, 'b.txt'), 'Nothing here names anyone at all.\n');
    const changed = await loadPaths(store, [dir]);
    expect(changed.loaded).toEqual(['b']);
    const names = (await store.entityIndex()).map((e) => e.name);
    expect(names).not.toContain('Ivo Marsh');
    expect(names).toContain('Ana Ruiz');
  });

  it('builds the same graph on worker threads as in this thread', async () => {
    await generateCorpus(join(dir, 'docs'), 60);
    const inline = await emptyStore();
    const pooled = await emptyStore();
    await loadPaths(inline, [join(dir, 'docs')], { workers: 0 });
    await loadPaths(pooled, [join(dir, 'docs')], { workers: 2 });
    expect(await pooled.stats()).toEqual(await inline.stats());
    const index = async (s: typeof inline) => (await s.entityIndex()).map((e) => `${e.id}|${[...e.aliases].sort().join(',')}`).sort();
    expect(await index(pooled)).toEqual(await index(inline));
  }, 120_000);

  it('applies the folder’s curation and reports rules that do not apply', async () => {
    await mkdir(join(dir, 'corpus'));
    await writeFile(join(dir, 'corpus', 'a.txt'), GOOD);
    await writeFile(join(dir, 'corpus', 'curation.yaml'), [
      'version: 1',
      'entities:',
      '  - match: { name: Harbour Police Department }',
      '    rename: Harbour Police',
      '    reason: its usual name',
      '  - match: { name: Nobody Atall }',
      '    remove: true',
      '    reason: a rule that matches nothing',
    ].join('\n'));
    const store = await emptyStore();
    const report = await loadPaths(store, [join(dir, 'corpus')]);
    const hit = (await store.search('Harbour Police', { limit: 5 }))[0];
    expect(hit?.name).toBe('Harbour Police');
    expect((await store.getNode(hit!.id))?.merges).toEqual([
      { name: 'Harbour Police Department', type: 'Organization', documentId: 'a', reason: 'its usual name' },
    ]);
    expect(report.warnings).toEqual([expect.stringMatching(/line 6.*entities\.1: matched nothing/)]);
  });
});
