// Writing the view into the page URL: encoded in a worker where there is one (on the
// page's thread where there is none, or when it fails), and never overwritten by an
// older view whose encoding happened to finish last.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addElements } from '../../../client/src/core/state.js';
import { emptyState } from '../../../client/src/core/types.js';
import { decodeView, encodeView, fromColumns, toColumns, toShared, viewCodeOf, type SharedColumns } from '../../../client/src/core/url-state.js';
import { UrlSync, workerEncoder, type Encoder } from '../../../client/src/share.js';
import { node } from './fixtures.js';

const viewOf = (...ids: string[]) => addElements(emptyState(), ids.map((id, i) => ({ node: node(id), position: { x: i * 10, y: 0 } })), []);

/** A worker that encodes on the next turn, as the real one does (or fails when told to). */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  posted = 0;
  terminated = false;
  failing = false;
  postMessage(data: { id: number; view: SharedColumns }): void {
    this.posted++;
    if (this.failing) { setTimeout(() => this.onerror?.(), 0); return; }
    // As the worker receives it: a structured clone.
    void encodeView(fromColumns(structuredClone(data.view))).then((code) => this.onmessage?.({ data: { id: data.id, code } } as MessageEvent));
  }
  terminate(): void { this.terminated = true; }
}

describe('the URL encoder', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('encodes on the page\'s thread where workers do not exist', async () => {
    const encode = workerEncoder(() => { throw new Error('not called'); });
    const view = toColumns(viewOf('a', 'b'));
    expect((await decodeView(await encode(view)))?.nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('hands the views to a worker and gets back what the page would have written', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const worker = new FakeWorker();
    const encode = workerEncoder(() => worker as unknown as Worker);
    const [one, two] = [viewOf('a'), viewOf('a', 'b', 'c')];
    expect(await Promise.all([encode(toColumns(one)), encode(toColumns(two))])).toEqual([await encodeView(toShared(one)), await encodeView(toShared(two))]);
    expect(worker.posted).toBe(2);
  });

  it('falls back to the page\'s thread when the worker fails, for the view it held and every one after', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const worker = new FakeWorker();
    worker.failing = true;
    const encode = workerEncoder(() => worker as unknown as Worker);
    const view = viewOf('a', 'b');
    expect(await encode(toColumns(view))).toBe(await encodeView(toShared(view)));
    expect(worker.terminated).toBe(true);
    expect(await encode(toColumns(view))).toBe(await encodeView(toShared(view)));
    expect(worker.posted).toBe(1);
  });
});

describe('UrlSync', () => {
  let url = 'http://localhost/';
  beforeEach(() => {
    url = 'http://localhost/';
    vi.stubGlobal('location', {
      get origin() { return 'http://localhost'; }, pathname: '/', search: '',
      get hash() { return new URL(url).hash; }, get href() { return url; },
    });
    vi.stubGlobal('history', { replaceState: (_s: unknown, _t: string, to: string) => { url = new URL(to, url).href; } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the newest view in the URL when an older one finishes encoding last', async () => {
    const pending: Array<() => void> = [];
    // Each encoding waits to be released, in whatever order the test says.
    const slow: Encoder = (view) => new Promise((resolve) => pending.push(() => void encodeView(fromColumns(view)).then(resolve)));
    const sync = new UrlSync(slow);
    const older = sync.flush(viewOf('old'));
    const newer = sync.flush(viewOf('new-1', 'new-2'));
    pending[1]!();
    const link = await newer;
    pending[0]!();
    await older;
    expect(link).toBe(url);
    expect((await decodeView(viewCodeOf(new URL(url).hash)!))?.nodes.map((n) => n.id)).toEqual(['new-1', 'new-2']);
  });

  it('clears the fragment when the canvas is emptied', async () => {
    const sync = new UrlSync((view) => encodeView(fromColumns(view)));
    await sync.flush(viewOf('a'));
    expect(new URL(url).hash).toMatch(/^#view=/);
    expect(await sync.flush(emptyState())).toBe('http://localhost/');
    expect(new URL(url).hash).toBe('');
  });
});
