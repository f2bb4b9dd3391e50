// Work that can wait for the page to be idle: the newest request replaces an older
// one not yet run, and it runs by `timeoutMs` at the latest, busy or not.

type IdleHandle = { cancel(): void };

function whenIdle(run: () => void, timeoutMs: number): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 0);
  return { cancel: () => clearTimeout(id) };
}

export class IdleTask {
  private pending: IdleHandle | undefined;

  constructor(private readonly timeoutMs = 300, private readonly idle = whenIdle) {}

  /** Runs `work` when the page is next idle, instead of whatever was asked before and has not run. */
  schedule(work: () => void): void {
    this.cancel();
    const handle = this.idle(() => {
      if (this.pending === handle) this.pending = undefined;
      work();
    }, this.timeoutMs);
    this.pending = handle;
  }

  /** Forgets the work asked for and not yet run. */
  cancel(): void {
    this.pending?.cancel();
    this.pending = undefined;
  }
}
