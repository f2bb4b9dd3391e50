// The kg command as a user runs it: help, extract, load, bad input.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionOutputSchema } from '../../../server/ingest/format.js';

const run = promisify(execFile);
const KG = join(process.cwd(), 'bin', 'kg.js');

async function kg(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', [KG, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-cli-'));
  await mkdir(join(dir, 'docs'));
  await writeFile(join(dir, 'docs', 'good.txt'), 'Ana Ruiz, the director of the Harbour Police Department, met Tom Lee in Lisbon on Monday.\n');
  await writeFile(join(dir, 'docs', 'empty.txt'), '');
  await writeFile(join(dir, 'docs', 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('kg --help', () => {
  it('lists the commands, and each command explains itself', async () => {
    const top = await kg(['--help']);
    expect(top.code).toBe(0);
    for (const name of ['serve', 'load', 'extract']) {
      expect(top.stdout).toContain(name);
      const sub = await kg([name, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain(`Usage: kg ${name}`);
    }
  });

  it('rejects an unknown command with usage and exit code 2', async () => {
    const res = await kg(['frobnicate']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('kg extract --json', () => {
  it('prints the extraction format with evidence that quotes the file exactly', async () => {
    const res = await kg(['extract', 'seeds', '--json']);
    expect(res.code).toBe(0);
    const out = ExtractionOutputSchema.parse(JSON.parse(res.stdout));
    expect(out.documents).toHaveLength(5);
    const first = out.documents[0];
    expect(first?.id).toBe('000_0d02c4b633d21d2d');
    expect(first?.entities.some((e) => e.name === 'Hu Binchen' && e.type === 'Person')).toBe(true);
    expect(first?.relations.length).toBeGreaterThan(0);
  });

  it('reports bad documents by name and still prints the good ones', async () => {
    const res = await kg(['extract', join(dir, 'docs'), '--json']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/empty\.txt/);
    expect(res.stderr).toMatch(/binary\.txt/);
    const out = ExtractionOutputSchema.parse(JSON.parse(res.stdout));
    expect(out.documents.map((d) => d.id)).toEqual(['good']);
  });
});

describe('kg load', () => {
  it('loads the good documents, reports the bad ones, exits 1, and a reload changes nothing', async () => {
    const env = { KG_DATA_DIR: join(dir, 'db') };
    const first = await kg(['load', join(dir, 'docs')], env);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('loaded 1 document(s), 0 unchanged, 2 failed');
    expect(first.stdout).toMatch(/failed: .*empty\.txt/);
    const again = await kg(['load', join(dir, 'docs', 'good.txt')], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('loaded 0 document(s), 1 unchanged, 0 failed');
  });

  it('asks for a path when given none', async () => {
    const res = await kg(['load']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('name at least one file or directory');
  });
});
