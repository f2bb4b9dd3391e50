// kg export as a user runs it: help, a center by exact name to stdout, ids to a file, bad input.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHostileStore } from './hostile-graph.js';

const KG = join(process.cwd(), 'bin', 'kg.js');
let ctx: Awaited<ReturnType<typeof openHostileStore>>;

async function kg(args: string[]) {
  const env = { ...process.env, KG_DATA_DIR: join(ctx.dir, 'db') };
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [KG, 'export', ...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// The embedded store allows one process at a time: the CLI opens it after the test lets go.
beforeAll(async () => {
  ctx = await openHostileStore();
  await ctx.store.close();
});
afterAll(async () => { await ctx?.cleanup().catch(() => undefined); });

describe('kg export', () => {
  it('explains itself', async () => {
    const res = await kg(['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('--center');
    expect(res.stdout).toContain('graphml');
  });

  it('exports a center found by its exact name to stdout', async () => {
    const res = await kg(['--center', 'Plain Initiative', '--depth', '1', '--format', 'json']);
    expect(res.code).toBe(0);
    const body = JSON.parse(res.stdout);
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["other:plain", "person:o'brien"]);
    expect(body.edges.map((e: { id: string }) => e.id)).toEqual(['rel:founded6']);
    expect(res.stderr).toContain('kg export: 2 entities, 1 relations as json');
  });

  it('writes ids to a file with --out', async () => {
    const out = join(ctx.dir, 'out.graphml');
    const res = await kg(['--ids', 'other:plain', '--expand', '--format', 'graphml', '--out', out]);
    expect(res.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('<graphml');
  });

  it('refuses an unknown center, a missing selection and an unknown format', async () => {
    expect((await kg(['--center', 'Nobody At All'])).stderr).toContain('no entity has the id or name');
    expect((await kg(['--format', 'json'])).stderr).toContain('exactly one of --center, --ids or --all');
    const bad = await kg(['--all', '--format', 'pdf']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--format must be one of');
  });
});
