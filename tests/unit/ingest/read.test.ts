import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, readDocument } from '../../../server/ingest/read.js';

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'kg-read-')); });

const write = async (name: string, data: string | Uint8Array) => { const p = join(dir, name); await writeFile(p, data); return p; };
const reason = async (p: Promise<unknown>) => { try { await p; return 'ok'; } catch (e) { expect(e).toBeInstanceOf(DocumentError); return (e as DocumentError).reason; } };

describe('readDocument', () => {
  it('reads UTF-8 text, drops the BOM and takes a title', async () => {
    const p = await write('note-1.txt', '\uFEFFAdvert\nPolice chiefs meet in Lyon today\nBody text.');
    const doc = await readDocument(p);
    expect(doc).toMatchObject({ id: 'note-1', text: 'Advert\nPolice chiefs meet in Lyon today\nBody text.', title: 'Police chiefs meet in Lyon today', published: null });
  });

  it('uses a Markdown heading as title', async () => {
    const doc = await readDocument(await write('a.md', 'intro\n# Joint patrols resume\ntext'));
    expect(doc.title).toBe('Joint patrols resume');
  });

  it('reads HTML to its visible text, title and date', async () => {
    const html = '<html><head><title>Raid news</title><meta property="article:published_time" content="2024-05-01"><script>x=1</script></head><body><nav>Menu</nav><h1>Raid</h1><p>Police &amp; customs seized heroin.</p></body></html>';
    const doc = await readDocument(await write('page.html', html));
    expect(doc.title).toBe('Raid news');
    expect(doc.published).toBe('2024-05-01');
    expect(doc.text).toBe('Raid\n\nPolice & customs seized heroin.');
  });

  it('keeps only the main content when the page marks it with <main> or <article>', async () => {
    const html = '<html><body><nav>Home</nav><div>Read also: Minister resigns</div>'
      + '<main><article><h1>Raid</h1><p>Police arrested a suspect in Lima.</p></article></main>'
      + '<aside>Most read</aside><footer>Daily Courier</footer></body></html>';
    const doc = await readDocument(await write('main.html', html));
    expect(doc.text).toBe('Raid\n\nPolice arrested a suspect in Lima.');
  });

  it('takes the HTML headline: og:title, else <title> without the site name, else <h1>', async () => {
    const page = (head: string, body = '<h1>Raid on lab</h1><p>Text.</p>') => `<html><head>${head}</head><body>${body}</body></html>`;
    const title = async (name: string, html: string) => (await readDocument(await write(name, html))).title;
    expect(await title('og.html', page('<title>Raid | Daily Courier</title><meta property="og:title" content="Police raid drug lab">'))).toBe('Police raid drug lab');
    expect(await title('site.html', page('<title>Police raid drug lab in Lima | Daily Courier</title>'))).toBe('Police raid drug lab in Lima');
    expect(await title('h1.html', page(''))).toBe('Raid on lab');
  });

  it('skips page chrome when taking the title of a scraped text', async () => {
    const doc = await readDocument(await write('scraped.txt', 'Advertisement\nGet more with NewsPlus\nLearn more\nCustoms officers seize cocaine at the port\nText.'));
    expect(doc.title).toBe('Customs officers seize cocaine at the port');
  });

  it('rejects empty, binary, non-UTF-8, oversized, unreadable and unsupported files', async () => {
    expect(await reason(readDocument(await write('empty.txt', '')))).toBe('empty');
    expect(await reason(readDocument(await write('blank.txt', ' \n\t')))).toBe('empty');
    expect(await reason(readDocument(await write('bin.txt', new Uint8Array([65, 0, 66]))))).toBe('binary');
    expect(await reason(readDocument(await write('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))))).toBe('encoding');
    expect(await reason(readDocument(await write('big.txt', 'x'.repeat(2000)), { maxBytes: 1000 }))).toBe('too-large');
    expect(await reason(readDocument(join(dir, 'missing.txt')))).toBe('unreadable');
    expect(await reason(readDocument(dir + '.txt'))).toBe('unreadable');
    expect(await reason(readDocument(await write('x.pdf', 'data')))).toBe('unsupported');
  });
});
