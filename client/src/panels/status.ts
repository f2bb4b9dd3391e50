// Feedback outside the panels: the loading bar while requests run, and short
// notices (what an expansion added, what failed and what to do about it).
import { replace } from '../dom.js';

const STATUS = {
  /** Requests quicker than this never show the bar, so it does not flicker. */
  showAfterMs: 120,
  /** A notice stays this long; an error stays longer, to be read. */
  noticeMs: 5000,
  errorMs: 15000,
} as const;

export class StatusBar {
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private requests = 0;
  /** Work on the page that takes a while without a request (a layout of many nodes). */
  private tasks = 0;

  constructor(private readonly loading: HTMLElement, private readonly notice: HTMLElement) {}

  /** Called with the number of requests in flight. */
  setPending(pending: number): void {
    this.requests = pending;
    this.refresh();
  }

  /** Shows the loading bar while `work` runs, as for a request; settles as `work` does. */
  async during<T>(work: Promise<T>): Promise<T> {
    this.tasks++;
    this.refresh();
    try {
      return await work;
    } finally {
      this.tasks--;
      this.refresh();
    }
  }

  private refresh(): void {
    clearTimeout(this.showTimer);
    if (this.requests + this.tasks > 0) {
      this.showTimer = setTimeout(() => { this.loading.hidden = false; }, STATUS.showAfterMs);
      this.loading.setAttribute('aria-busy', 'true');
    } else {
      this.loading.hidden = true;
      this.loading.removeAttribute('aria-busy');
    }
  }

  info(text: string): void {
    this.show(text, false);
  }

  error(text: string): void {
    this.show(text, true);
  }

  private show(text: string, isError: boolean): void {
    clearTimeout(this.hideTimer);
    this.notice.classList.toggle('is-error', isError);
    replace(this.notice, text);
    this.notice.hidden = false;
    this.hideTimer = setTimeout(() => { this.notice.hidden = true; }, isError ? STATUS.errorMs : STATUS.noticeMs);
  }
}
