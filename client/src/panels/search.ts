// The search box: suggestions while typing (debounced, stale answers dropped),
// keyboard navigable as an ARIA 1.2 combobox, picking one hands the hit over.
import { isAbort, type Api } from '../api.js';
import { adviceFor, reasonOf } from './advice.js';
import { el, replace } from '../dom.js';
import type { SearchHit } from '../types.js';
import type { SchemaIndex } from './schema-index.js';
import { entitySwatch } from './swatch.js';

export const SEARCH_DEFAULTS = {
  /** Wait this long after the last keystroke before asking the server. */
  debounceMs: 180,
  /** Fewer characters than this match too much to be useful. */
  minChars: 2,
  /** Suggestions shown at most. */
  limit: 12,
} as const;

export interface SearchElements {
  input: HTMLInputElement;
  popup: HTMLElement;
  listbox: HTMLElement;
  message: HTMLElement;
}

export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;
  private lastQuery = '';
  /** A search is scheduled or running: the list on screen answers an older query. */
  private pending = false;
  /** Enter was pressed while pending: pick the first hit when the answer arrives. */
  private pickOnArrival = false;

  constructor(
    private readonly ui: SearchElements,
    private readonly api: Api,
    private readonly types: SchemaIndex,
    private readonly onPick: (hit: SearchHit) => void,
  ) {
    ui.input.addEventListener('input', () => this.schedule());
    ui.input.addEventListener('keydown', (e) => this.onKey(e));
    ui.input.addEventListener('focus', () => { if (this.hits.length > 0 && this.query() === this.lastQuery) this.open(); });
    ui.input.addEventListener('blur', () => this.close());
    // mousedown would blur the input and close the list before the click lands.
    ui.popup.addEventListener('mousedown', (e) => e.preventDefault());
  }

  focus(): void {
    this.ui.input.focus();
    this.ui.input.select();
  }

  private query(): string {
    return this.ui.input.value.trim();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.inflight?.abort();
    const q = this.query();
    this.pending = q.length >= SEARCH_DEFAULTS.minChars;
    this.pickOnArrival = false;
    if (!this.pending) {
      this.setResults([], q);
      this.close();
      return;
    }
    this.timer = setTimeout(() => void this.run(q), SEARCH_DEFAULTS.debounceMs);
  }

  private async run(q: string): Promise<void> {
    const controller = new AbortController();
    this.inflight = controller;
    this.ui.input.parentElement?.classList.add('is-loading');
    try {
      const hits = await this.api.search(q, { limit: SEARCH_DEFAULTS.limit }, controller.signal);
      this.pending = false;
      this.setResults(hits, q);
      if (this.pickOnArrival && hits.length > 0) return this.pick(0);
      if (hits.length === 0) this.showMessage(`No entity matches “${q}”. Check the spelling, or try part of the name.`);
      this.open();
    } catch (error) {
      if (isAbort(error)) return;
      this.pending = false;
      this.setResults([], q);
      this.showMessage(`Search failed: ${reasonOf(error)} ${adviceFor(error)}`, true);
      this.open();
    } finally {
      if (this.inflight === controller) this.ui.input.parentElement?.classList.remove('is-loading');
    }
  }

  private setResults(hits: SearchHit[], q: string): void {
    this.hits = hits;
    this.lastQuery = q;
    this.active = -1;
    replace(this.ui.listbox, ...hits.map((hit, i) => this.option(hit, i)));
    this.ui.listbox.hidden = hits.length === 0;
    this.showMessage(null);
    this.ui.input.removeAttribute('aria-activedescendant');
  }

  private option(hit: SearchHit, index: number): HTMLElement {
    const type = this.types.entity(hit.type);
    const viaAlias = hit.matched && hit.matched.toLowerCase() !== hit.name.toLowerCase();
    const item = el('li', { id: `${this.ui.listbox.id || 'search'}-option-${index}`, role: 'option', 'aria-selected': 'false', class: 'option', 'data-testid': 'search-option' },
      entitySwatch(type),
      el('span', { class: 'option-text' },
        el('span', { class: 'option-name' }, hit.name),
        viaAlias ? el('span', { class: 'option-alias' }, 'also known as ', el('q', {}, hit.matched)) : null),
      el('span', { class: 'option-type' }, this.types.entityLabel(hit.type)));
    item.addEventListener('click', () => this.pick(index));
    item.addEventListener('mousemove', () => { if (this.active !== index) this.setActive(index); });
    return item;
  }

  private onKey(e: KeyboardEvent): void {
    const count = this.hits.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (count === 0) return;
        e.preventDefault();
        if (!this.isOpen()) this.open();
        this.setActive(nextIndex(this.active, e.key === 'ArrowDown' ? 1 : -1, count));
        return;
      case 'Enter':
        if (this.pending) {
          e.preventDefault();
          this.pickOnArrival = true;
          return;
        }
        if (!this.isOpen() || count === 0) return;
        e.preventDefault();
        this.pick(Math.max(this.active, 0));
        return;
      case 'Escape':
        e.preventDefault();
        if (this.isOpen()) this.close();
        else this.ui.input.value = '';
        return;
    }
  }

  private setActive(index: number): void {
    const options = this.ui.listbox.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    this.active = index;
    const current = options[index];
    if (!current) return;
    this.ui.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.ui.input.value = hit.name;
    this.lastQuery = hit.name;
    this.close();
    this.onPick(hit);
  }

  private showMessage(text: string | null, isError = false): void {
    this.ui.message.hidden = text === null;
    this.ui.message.classList.toggle('is-error', isError);
    replace(this.ui.message, text);
  }

  private isOpen(): boolean {
    return !this.ui.popup.hidden;
  }

  private open(): void {
    if (this.ui.listbox.hidden && this.ui.message.hidden) return;
    this.ui.popup.hidden = false;
    this.ui.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.pickOnArrival = false;
    this.ui.popup.hidden = true;
    this.ui.input.setAttribute('aria-expanded', 'false');
    this.ui.input.removeAttribute('aria-activedescendant');
  }
}

/** The option after (step 1) or before (step -1) `current`, wrapping; from none, the first or the last. */
export function nextIndex(current: number, step: 1 | -1, count: number): number {
  if (current < 0) return step > 0 ? 0 : count - 1;
  return (current + step + count) % count;
}
