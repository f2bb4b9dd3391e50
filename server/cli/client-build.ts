// Builds the page with Vite when dist/client is missing or older than its sources,
// so `npm start` on a fresh clone serves a page without a separate build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_DIR, CLIENT_DIST } from './paths.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

export function clientIsStale(): boolean {
  const index = join(CLIENT_DIST, 'index.html');
  if (!existsSync(index)) return true;
  return newestMtime(CLIENT_DIR) > statSync(index).mtimeMs;
}

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (!clientIsStale()) return;
  log('building the client (dist/client) ...');
  const { build } = await import('vite');
  await build({ configFile: join(CLIENT_DIR, 'vite.config.ts'), logLevel: 'warn' });
}
