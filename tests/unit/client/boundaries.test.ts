// The client's rules, checked on its source: it reaches the server over HTTP
// only (types may be shared, code may not), and data never meets innerHTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../client/src/', import.meta.url));

function sources(dir = SRC): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [{ file: full.slice(SRC.length), text: readFileSync(full, 'utf8') }] : [];
  });
}

describe('client/src', () => {
  it('imports from server/ only as types', () => {
    const offending = sources().flatMap(({ file, text }) =>
      [...text.matchAll(/^(import|export)\b(?!\s+type\b)[^;]*?from\s+'[^']*\/server\/[^']*'/gms)].map((m) => `${file}: ${m[0]}`));
    expect(offending).toEqual([]);
  });

  it('keeps core/ free of views: it imports neither graph/ nor panels/', () => {
    const offending = sources().filter(({ file }) => file.startsWith('core/'))
      .flatMap(({ file, text }) => [...text.matchAll(/from\s+'(\.\.\/(?:graph|panels)\/[^']*)'/g)].map((m) => `${file}: ${m[1]}`));
    expect(offending).toEqual([]);
  });

  it('never writes HTML from strings', () => {
    const offending = sources().filter(({ text }) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/.test(text)).map((s) => s.file);
    expect(offending).toEqual([]);
  });
});
