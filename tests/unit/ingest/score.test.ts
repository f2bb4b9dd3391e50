// Scores extraction on the seed documents with the shared scorer
// (../shared/tools/score-extraction.mjs beside the repository). Thresholds
// are what the extractor reaches now; raise them as it improves.
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
const shared = resolve(repo, '../shared');
const scorer = join(shared, 'tools/score-extraction.mjs');
const seeds = join(repo, 'seeds');
const available = existsSync(scorer) && existsSync(join(shared, 'gold'));
if (!available) console.log(`score.test: skipped, no shared scorer or gold at ${shared}`);

const MIN = { 'entity-f1': 0.97, 'typed-f1': 0.97, 'relation-f1': 0.93, evidence: 1 };

describe.skipIf(!available)('extraction quality on the seeds', () => {
  it('meets the score thresholds', async () => {
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
    const documents = [];
    for (const f of files) {
      const d = await readDocument(join(seeds, f));
      documents.push(extractDocument({ id: d.id, text: d.text, title: d.title, published: d.published }));
    }
    const output = ExtractionOutputSchema.parse({ documents });
    const out = join(mkdtempSync(join(tmpdir(), 'kg-score-')), 'pred.json');
    writeFileSync(out, JSON.stringify(output));
    const args = [scorer, '--gold', join(shared, 'gold'), '--pred', out, '--texts', seeds,
      ...Object.entries(MIN).flatMap(([k, v]) => [`--min-${k}`, String(v)])];
    let stdout = '';
    let status = 0;
    try { stdout = execFileSync(process.execPath, args, { encoding: 'utf8' }); }
    catch (e) { const err = e as { stdout?: string; stderr?: string; status?: number }; stdout = `${err.stdout ?? ''}${err.stderr ?? ''}`; status = err.status ?? 1; }
    console.log(stdout.trim().split('\n').at(-1));
    expect(status, stdout).toBe(0);
  });
});
