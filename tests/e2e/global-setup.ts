// Builds the page (dist/client) before browser tests when it is missing or
// older than client/. Usable as a vitest globalSetup; explorer.test.ts also
// calls it, so the browser test works without any runner configuration.
import { ensureClientBuilt } from '../../server/cli/client-build.js';

export async function buildClient(): Promise<void> {
  await ensureClientBuilt((line) => console.log(`[e2e] ${line}`));
}

export default async function setup(): Promise<void> {
  await buildClient();
}
