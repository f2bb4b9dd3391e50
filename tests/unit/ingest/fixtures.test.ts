// The held-out sets stay usable: every gold file matches its text (evidence offsets,
// types, ids), checked by each set's own verify script.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

describe('held-out gold files', () => {
  for (const set of ['unseen', 'unseen2', 'unseen3', 'unseen4', 'unseen5', 'unseen6', 'unseen7', 'unseen8', 'unseen9', 'unseen10', 'unseen11', 'unseen12', 'unseen13', 'unseen14', 'unseen15', 'unseen16', 'unseen17', 'unseen18', 'unseen19', 'unseen20', 'unseen21', 'unseen22', 'unseen23', 'unseen24', 'unseen25', 'unseen26', 'unseen27', 'unseen28', 'unseen29', 'unseen30', 'unseen31']) {
    it(`${set} matches its texts`, () => {
      const out = execFileSync(process.execPath, [resolve(fixtures, set, 'verify.mjs')], { encoding: 'utf8' });
      expect(out).toMatch(/evidence/);
    });
  }
});
