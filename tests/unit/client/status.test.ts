// The loading bar: shown while requests run or while the page works on something
// long (a layout of many nodes), never flickering for quick ones.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusBar } from '../../../client/src/panels/status.js';

function bar() {
  const attributes = new Map<string, string>();
  const loading = {
    hidden: true,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
  const status = new StatusBar(loading as unknown as HTMLElement, { hidden: true } as unknown as HTMLElement);
  return { status, loading, busy: () => attributes.get('aria-busy') === 'true' };
}

describe('StatusBar', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('shows the bar while long work runs on the page, and hides it when the work ends or fails', async () => {
    const { status, loading, busy } = bar();
    let finish!: () => void;
    const work = status.during(new Promise<void>((resolve) => { finish = resolve; }));
    expect(busy()).toBe(true);
    vi.advanceTimersByTime(200);
    expect(loading.hidden).toBe(false);
    finish();
    await work;
    expect(loading.hidden).toBe(true);
    expect(busy()).toBe(false);

    const failing = status.during(Promise.reject(new Error('no place')));
    await expect(failing).rejects.toThrow('no place');
    expect(loading.hidden).toBe(true);
  });

  it('keeps the bar while a request is still in flight after the work ends, and the other way round', async () => {
    const { status, loading } = bar();
    let finish!: () => void;
    const work = status.during(new Promise<void>((resolve) => { finish = resolve; }));
    status.setPending(1);
    vi.advanceTimersByTime(200);
    finish();
    await work;
    expect(loading.hidden).toBe(false);
    status.setPending(0);
    expect(loading.hidden).toBe(true);
  });

  it('never shows the bar for quick work', async () => {
    const { status, loading } = bar();
    await status.during(Promise.resolve(1));
    vi.advanceTimersByTime(500);
    expect(loading.hidden).toBe(true);
  });
});
