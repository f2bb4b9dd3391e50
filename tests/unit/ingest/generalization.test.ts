// Scores extraction on documents it was not written on, with the shared
// scorer: the held-out sets (tests/fixtures/unseen, unseen2, …, unseen7, each
// annotated without reading server/; see bench/RESULTS.md for which were later
// tuned on) and the hand-written dev set (tests/fixtures/dev). The
// thresholds sit a little below what the extractor reaches now, so a
// regression in generalization fails CI; raise them as it improves.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../server/ingest/read.js';
import { extractDocument } from '../../../server/ingest/index.js';
import { ExtractionOutputSchema } from '../../../server/ingest/format.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const scorer = resolve(repo, '../shared/tools/score-extraction.mjs');
const available = existsSync(scorer);
if (!available) console.log(`generalization.test: skipped, no shared scorer at ${scorer}`);

async function score(dir: string, min: Record<string, number>): Promise<{ status: number; stdout: string }> {
  const docs = join(dir, 'docs');
  const documents = [];
  for (const f of readdirSync(docs).filter((f) => f.endsWith('.txt')).sort()) {
    const d = await readDocument(join(docs, f));
    documents.push(extractDocument({ id: d.id, text: d.text, title: d.title, published: d.published }));
  }
  const out = join(mkdtempSync(join(tmpdir(), 'kg-gen-')), 'pred.json');
  writeFileSync(out, JSON.stringify(ExtractionOutputSchema.parse({ documents })));
  const args = [scorer, '--gold', join(dir, 'gold'), '--pred', out, '--texts', docs,
    ...Object.entries(min).flatMap(([k, v]) => [`--min-${k}`, String(v)])];
  try { return { status: 0, stdout: execFileSync(process.execPath, args, { encoding: 'utf8' }) }; }
  catch (e) { const err = e as { stdout?: string; stderr?: string; status?: number }; return { status: err.status ?? 1, stdout: `${err.stdout ?? ''}${err.stderr ?? ''}` }; }
}

describe.skipIf(!available)('extraction quality on documents it was not tuned on', () => {
  it('meets the thresholds on the unseen set', async () => {
    const r = await score(join(repo, 'tests/fixtures/unseen'), { 'entity-f1': 0.92, 'typed-f1': 0.92, 'relation-f1': 0.76, evidence: 1 });
    console.log(r.stdout.trim().split('\n').at(-1));
    expect(r.status, r.stdout).toBe(0);
  });
  it('meets the thresholds on the second held-out set', async () => {
    const r = await score(join(repo, 'tests/fixtures/unseen2'), { 'entity-f1': 0.91, 'typed-f1': 0.91, 'relation-f1': 0.66, evidence: 1 });
    console.log(r.stdout.trim().split('\n').at(-1));
    expect(r.status, r.stdout).toBe(0);
  });
  it('meets the thresholds on the third held-out set', async () => {
    const r = await score(join(repo, 'tests/fixtures/unseen3'), { 'entity-f1': 0.91, 'typed-f1': 0.91, 'relation-f1': 0.55, evidence: 1 });
    console.log(r.stdout.trim().split('\n').at(-1));
    expect(r.status, r.stdout).toBe(0);
  });
  it('meets the thresholds on the fourth set (tuned on in the fourth session)', async () => {
    const r = await score(join(repo, 'tests/fixtures/unseen4'), { 'entity-f1': 0.85, 'typed-f1': 0.85, 'relation-f1': 0.43, evidence: 1 });
    console.log(r.stdout.trim().split('\n').at(-1));
    expect(r.status, r.stdout).toBe(0);
  });
  it('meets the thresholds on the fifth set (written in the third session, tuned on in the fourth session)', async () => {
    const r = await score(join(repo, 'tests/fixtures/unseen5'), { 'entity-f1': 0.89, 'typed-f1': 0.89, 'relation-f1': 0.59, evidence: 1 });
    console.log(r.stdout.trim().split('\n').at(-1));
    expect(r.status, r.stdout).toBe(0);
  });
  it('meets the thresholds on the sixth set (written in the fourth session, tuned on in the fourth session)', async () => {
    const r = await score(join(repo, 'tests/fixtures/unseen6'), { 'entity-f1': 0.87, 'typed-f1': 0.87, 'relation-f1': 0.54, evidence: 1 });
    console.log(r.stdout.trim().split('\n').at(-1));
    expect(r.status, r.stdout).toBe(0);
  });
  it('meets the thresholds on the seventh held-out set (written in the fourth session, never tuned on)', async () => {
    const r = await score(join(repo, 'tests/fixtures/unseen7'), { 'entity-f1': 0.81, 'typed-f1': 0.79, 'relation-f1': 0.36, evidence: 1 });
    console.log(r.stdout.trim().split('\n').at(-1));
    expect(r.status, r.stdout).toBe(0);
  });
  it('meets the thresholds on the dev set', async () => {
    const r = await score(join(repo, 'tests/fixtures/dev'), { 'entity-f1': 0.96, 'typed-f1': 0.96, 'relation-f1': 0.86, evidence: 1 });
    console.log(r.stdout.trim().split('\n').at(-1));
    expect(r.status, r.stdout).toBe(0);
  });
});
