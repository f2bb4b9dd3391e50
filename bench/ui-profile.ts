// npx tsx bench/ui-profile.ts [nodes] [edges]: CPU profile of applying a synthetic view, top functions by time.
import { startTestServer } from '../tests/helpers/server.js';
import { launchBrowser, openExplorer } from '../tests/e2e/browser.js';
import { buildClient } from '../tests/e2e/global-setup.js';
import { functionTimes, startProfile } from './cpu-profile.js';
import { syntheticView } from './ui-data.js';
import { INIT_SCRIPT, injectView } from './ui-page.js';

async function main(): Promise<void> {
  const [n, m] = [Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 4000)];
  await buildClient();
  const server = await startTestServer([]);
  const browser = await launchBrowser();
  try {
    const page = await openExplorer(browser, server.url, { initScript: INIT_SCRIPT });
    const stop = await startProfile(page);
    const run = await injectView(page, syntheticView(n, m));
    const { inclusive, self } = functionTimes(await stop());
    console.log('inclusive:');
    for (const [k, v] of inclusive.slice(0, 45)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
    console.log(JSON.stringify(run));
    for (const [k, v] of self.slice(0, 30)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
