// Work that can wait for the page to be idle: the newest request replaces an older
// one not yet run, and it runs by `timeoutMs` at the latest, busy or not.

type IdleHandle = { cancel(): void };
/** How long the browser expects to stay idle, in ms; absent where it does not say (no requestIdleCallback). */
export type IdleTime = { timeRemaining(): number } | undefined;

/** Runs `run` when the page is next idle, or after `timeoutMs` at the latest; where there is no idle callback, soon. */
export function whenIdle(run: (deadline?: IdleTime) => void, timeoutMs: number): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => run(deadline), { timeout: timeoutMs });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 0);
  return { cancel: () => clearTimeout(id) };
}

export class IdleTask {
  private pending: IdleHandle | undefined;

  constructor(private readonly timeoutMs = 300, private readonly idle = whenIdle) {}

  /** Runs `work` when the page is next idle, instead of whatever was asked before and has not run. */
  schedule(work: (deadline?: IdleTime) => void): void {
    this.cancel();
    const handle = this.idle((deadline) => {
      if (this.pending === handle) this.pending = undefined;
      work(deadline);
    }, this.timeoutMs);
    this.pending = handle;
  }

  /** Forgets the work asked for and not yet run. */
  cancel(): void {
    this.pending?.cancel();
    this.pending = undefined;
  }
}
