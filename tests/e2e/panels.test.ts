// The side panels in a real browser against the real server: paths between
// two entities, the query console, and a source document whose text and
// title carry HTML and script, which must show as text and never run.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server.js';
import { hasChromium, launchBrowser, openExplorer, waitForStillGraph } from './browser.js';
import { allNodes, pickEntity, shownEdges } from './canvas.js';
import { buildClient } from './global-setup.js';

const SHOTS = 'test-results';

/** A document whose names and title carry markup: it must be shown literally and nothing in it may run. */
const HOSTILE = [
  'Dr. <img src=x onerror=window.__pwned=1> Smith met <script>window.__pwned=2</script> in Beijing.',
  '',
  'On 3 May 2021, Dr. <img src=x onerror=window.__pwned=1> Smith met John <b>Bold</b> Carter, director of the Ministry of Public Security, in Beijing.',
  'John <b>Bold</b> Carter is a member of INTERPOL.',
  '',
].join('\n');

const openPage = (browser: Browser, url: string, errors: string[]) => openExplorer(browser, url, { errors });

/** Types into a search field and picks the suggestion named `name`. */
async function choose(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).pressSequentially(name, { delay: 15 });
  const option = page.locator(`#${testId}-suggestions [role="option"]`, { hasText: name }).first();
  await option.waitFor();
  await option.click();
}

describe.skipIf(!hasChromium)('the side panels', () => {
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    await buildClient();
    await mkdir(SHOTS, { recursive: true });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  describe('on the seed documents', () => {
    let server: Awaited<ReturnType<typeof startTestServer>>;
    let page: Page;

    beforeAll(async () => {
      server = await startTestServer();
      page = await openPage(browser, server.url, errors);
    }, 240_000);

    afterAll(async () => {
      await server?.close();
    });

    it('finds paths between two entities, draws the one chosen and dims the rest', async () => {
      await pickEntity(page, 'Hu Binchen');
      await page.getByTestId('tab-paths').click();
      await choose(page, 'path-from', 'Hu Binchen');
      await choose(page, 'path-to', 'INTERPOL');
      await page.getByTestId('path-mode').selectOption('k');
      await page.getByTestId('find-paths').click();
      const first = page.getByTestId('path-item').first();
      await first.waitFor();
      const reading = await first.locator('.path-reading').innerText();
      expect(reading).toMatch(/^Hu Binchen .* INTERPOL$/);
      await first.click();
      await page.waitForFunction(() => window.__kg!.cy.$('node.highlight').length >= 2);
      await waitForStillGraph(page);
      const lit = await page.evaluate(() => window.__kg!.cy.$('node.highlight').map((n) => String(n.data('name'))));
      expect(lit).toEqual(expect.arrayContaining(['Hu Binchen', 'INTERPOL']));
      expect(await page.evaluate(() => window.__kg!.cy.$('edge.highlight').length)).toBe(lit.length - 1);
      await page.screenshot({ path: `${SHOTS}/panels-1-path.png` });
      await page.getByTestId('clear-highlight').click();
      expect(await page.evaluate(() => window.__kg!.cy.$('.dimmed, .highlight').length)).toBe(0);
    }, 60_000);

    it('says so when no path exists under the constraints', async () => {
      await page.getByTestId('path-hops').fill('1');
      await page.getByTestId('path-mode').selectOption('shortest');
      await page.getByTestId('find-paths').click();
      await page.getByTestId('no-path').waitFor();
      expect(await page.getByTestId('no-path').innerText()).toContain('within 1 hops');
    }, 30_000);

    it('runs a query with Ctrl+Enter, shows the table and draws its graph', async () => {
      await page.getByTestId('tab-query').click();
      const editor = page.getByTestId('query-editor');
      await editor.fill('MATCH (p:Person)-[r]->(o:Organization) RETURN p, r, o LIMIT 5');
      await editor.press('Control+Enter');
      await page.getByTestId('query-table').waitFor();
      expect(await page.getByTestId('query-table').locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('query-meta').innerText()).toMatch(/\d+ rows? · \d+ ms/);
      const before = (await allNodes(page)).length;
      await page.getByTestId('query-to-canvas').click();
      await page.waitForFunction((n) => window.__kg!.cy.nodes().length > n, before);
      await waitForStillGraph(page);
      await page.screenshot({ path: `${SHOTS}/panels-2-query.png` });
    }, 60_000);

    it('filters by date with the range slider: dated edges outside it go, undated ones stay', async () => {
      const editor = page.getByTestId('query-editor');
      await editor.fill('MATCH (a)-[r]->(b) RETURN a, r, b');
      await editor.press('Control+Enter');
      await page.getByTestId('query-to-canvas').click();
      await page.waitForFunction(() => window.__kg!.cy.edges().filter((e) => Boolean(e.data('validFrom'))).length > 1);
      await waitForStillGraph(page);
      const edges = await page.evaluate(() => window.__kg!.cy.edges().map((e) => ({ id: e.id(), from: e.data('validFrom') as string | null, to: e.data('validTo') as string | null })));
      const dates = edges.flatMap((e) => [e.from, e.to]).filter((d): d is string => Boolean(d)).sort();
      const last = dates.at(-1)!;
      await page.getByTestId('date-from').focus();
      await page.keyboard.press('End');
      await expect(page.getByTestId('date-filter').innerText()).resolves.toContain(`${last} – ${last}`);
      const expected = edges.filter((e) => (!e.from && !e.to) || ((!e.from || e.from <= last) && (!e.to || e.to >= last))).map((e) => e.id).sort();
      expect(expected.length).toBeLessThan(edges.length);
      expect(await shownEdges(page)).toEqual(expected);
      await page.screenshot({ path: `${SHOTS}/panels-5-dates.png` });
      await page.keyboard.press('Home');
      expect(await shownEdges(page)).toHaveLength(edges.length);
    }, 60_000);

    it('shows a refused query with where it failed, and says when the row limit is reached', async () => {
      const editor = page.getByTestId('query-editor');
      await editor.fill('MATCH (p:Person\nRETURN p');
      await editor.press('Control+Enter');
      await page.getByTestId('query-error').waitFor();
      expect(await page.getByTestId('query-error').innerText()).toContain('Query refused');
      await page.getByTestId('query-error-position').waitFor();
      await page.screenshot({ path: `${SHOTS}/panels-3-query-error.png` });

      await editor.fill('MATCH (p:Person) DETACH DELETE p');
      await editor.press('Control+Enter');
      await expect(page.getByTestId('query-error').innerText()).resolves.toContain('Query refused');

      await editor.fill('UNWIND range(1, 100000) AS i RETURN i');
      await editor.press('Control+Enter');
      await page.getByTestId('row-limit').waitFor();
      expect(await page.getByTestId('row-limit').innerText()).toContain('Row limit reached');
    }, 60_000);
  });

  describe('on a document full of markup', () => {
    let server: Awaited<ReturnType<typeof startTestServer>>;
    let dir = '';
    let page: Page;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'kg-hostile-'));
      await writeFile(join(dir, 'injection.txt'), HOSTILE);
      server = await startTestServer([dir]);
      page = await openPage(browser, server.url, errors);
    }, 240_000);

    afterAll(async () => {
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('opens the document from an evidence sentence, literally, with its mentions marked and nothing run', async () => {
      await pickEntity(page, 'Ministry of Public Security');
      await page.getByTestId('relation-item').first().click();
      await page.getByTestId('edge-details').waitFor();
      await page.getByTestId('open-document').first().click();
      const view = page.getByTestId('document-view');
      await view.waitFor();
      const text = await page.getByTestId('document-text').innerText();
      expect(text).toContain('<script>window.__pwned=2</script>');
      expect(text).toContain('Dr. <img src=x onerror=window.__pwned=1> Smith');
      expect(await view.getByRole('heading', { level: 2 }).innerText()).toContain('<img src=x onerror=window.__pwned=1>');
      expect(await page.evaluate(() => document.querySelectorAll('.side script, .side img, .side b').length)).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

      // The evidence sentence is shaded and scrolled into view; mentions are marked.
      const evidence = page.locator('.document-text .in-evidence').first();
      await evidence.waitFor();
      expect(await evidence.isVisible()).toBe(true);
      expect(await page.getByTestId('mention').count()).toBeGreaterThanOrEqual(3);
      await page.screenshot({ path: `${SHOTS}/panels-4-document.png` });

      // A click on a mention brings that entity onto the canvas.
      await page.getByTestId('mention').filter({ hasText: 'INTERPOL' }).click();
      await page.waitForFunction(() => window.__kg!.cy.getElementById('organization:interpol').nonempty());
      // Focused: selected, and the camera centred on it once it stops.
      await page.waitForFunction(() => {
        const { cy } = window.__kg!;
        const node = cy.getElementById('organization:interpol');
        const p = node.renderedPosition();
        return node.selected() && !cy.animated() && Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2) < 20;
      }, undefined, { timeout: 5000 });
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    }, 60_000);

    it('shows entity names with markup as text everywhere, including exports', async () => {
      // Names with markup do not come out of the extractor, so the answers are staged here.
      const evil = { id: 'person:evil', type: 'Person', name: '<img src=x onerror=window.__pwned=3>Eve', aliases: ['<script>window.__pwned=4</script>'], degree: 0, pagerank: 0, community: -1 };
      await page.route('**/api/search?*', (route) => route.fulfill({ json: { hits: [{ ...evil, matched: evil.aliases[0] }] } }));
      await page.route('**/api/nodes/person%3Aevil', (route) => route.fulfill({ json: { node: evil, merges: [], degreeByType: {}, edges: [], neighbors: [], documents: [] } }));
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.fill('');
      await search.pressSequentially('eve', { delay: 15 });
      const option = page.getByRole('option').first();
      await option.waitFor();
      expect(await option.innerText()).toContain('<script>window.__pwned=4</script>');
      await option.click();
      await page.getByRole('heading', { name: evil.name, level: 2 }).waitFor();
      expect(await page.evaluate(() => window.__kg!.cy.getElementById('person:evil').data('label'))).toBe(evil.name);
      await page.getByTestId('export-button').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
      const { readFile } = await import('node:fs/promises');
      const svg = await readFile(await download.path(), 'utf8');
      expect(svg).toContain('&lt;img src=x onerror=window.__pwned=3&gt;Eve');
      expect(svg).not.toContain('<img');
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      await page.unrouteAll();
    }, 60_000);
  });

  it('raised no error in the pages', () => {
    expect(errors).toEqual([]);
  });
});
