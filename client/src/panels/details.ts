// The details panel's shell: which item it shows, and its empty, loading and
// error states. What a node or an edge looks like lives in node-details.ts and
// edge-details.ts; this file only swaps their output in and out.
import { isAbort } from '../api.js';
import { el, replace } from '../dom.js';
import { adviceFor, reasonOf } from './advice.js';

export interface Shown {
  kind: 'node' | 'edge' | 'document';
  id: string;
}

export class DetailsPanel {
  private controller: AbortController | undefined;
  private shown: Shown | null = null;
  private failed = false;

  constructor(private readonly root: HTMLElement) {
    this.empty();
  }

  get current(): Shown | null {
    return this.shown;
  }

  /** Whether the panel shows (or is loading) this item; a failed load does not count. */
  isShowing(kind: Shown['kind'], id: string): boolean {
    return !this.failed && this.shown?.kind === kind && this.shown.id === id;
  }

  empty(): void {
    this.cancel();
    this.shown = null;
    this.setContent(el('div', { class: 'panel-state', 'data-testid': 'details-empty' },
      el('h2', { class: 'panel-state-title' }, 'Nothing selected'),
      el('p', {}, 'Click a node or an edge on the canvas to see its details here.'),
      el('p', {}, 'Double-click a node to bring in its neighbours.')));
  }

  /** Fetches and renders an item; a newer call cancels an older one, whose answer is then dropped. */
  async load<T>(target: Shown, what: string, fetch: (signal: AbortSignal) => Promise<T>, render: (data: T) => Node): Promise<T | undefined> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    this.shown = target;
    this.root.setAttribute('aria-busy', 'true');
    this.setContent(el('div', { class: 'panel-state', 'data-testid': 'details-loading' },
      el('span', { class: 'spinner', 'aria-hidden': 'true' }), el('p', {}, `Loading ${what}…`)));
    try {
      const data = await fetch(controller.signal);
      if (controller.signal.aborted) return undefined;
      this.setContent(render(data));
      return data;
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return undefined;
      this.failed = true;
      this.setContent(this.errorState(what, error, () => void this.load(target, what, fetch, render)));
      return undefined;
    } finally {
      if (this.controller === controller) this.root.removeAttribute('aria-busy');
    }
  }

  /** Shows content already at hand (an edge picked from a node's relation list). */
  show(target: Shown, content: Node): void {
    this.cancel();
    this.shown = target;
    this.setContent(content);
  }

  private cancel(): void {
    this.failed = false;
    this.controller?.abort();
    this.controller = undefined;
    this.root.removeAttribute('aria-busy');
  }

  private setContent(content: Node): void {
    replace(this.root, content);
    this.root.scrollTop = 0;
  }

  private errorState(what: string, error: unknown, retry: () => void): HTMLElement {
    const button = el('button', { type: 'button', class: 'button' }, 'Try again');
    button.addEventListener('click', retry);
    return el('div', { class: 'panel-state is-error', role: 'alert', 'data-testid': 'details-error' },
      el('h2', { class: 'panel-state-title' }, `Could not load ${what}`),
      el('p', {}, reasonOf(error)),
      el('p', { class: 'muted' }, adviceFor(error)),
      button);
  }
}
