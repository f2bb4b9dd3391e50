// The date-range filter: two sliders over the days the canvas's dated edges
// span. Undated edges always pass; with no dated edge the control says so.
import { dateAt, dateBounds, dayIndex } from '../core/filters.js';
import type { CanvasEdge, Filters } from '../core/types.js';
import { el, replace } from '../dom.js';

export class DateFilter {
  readonly root = el('div', { class: 'control date-filter', 'data-testid': 'date-filter' });
  private readonly from = el('input', { type: 'range', min: 0, step: 1, 'aria-label': 'From date', 'data-testid': 'date-from' });
  private readonly to = el('input', { type: 'range', min: 0, step: 1, 'aria-label': 'To date', 'data-testid': 'date-to' });
  private readonly out = el('output', { class: 'range-value' });
  private bounds: { from: string; to: string } | null = null;
  private shown: 'none' | 'slider' | undefined;

  constructor(private readonly onChange: (range: Filters['dateRange'], live: boolean) => void) {
    for (const input of [this.from, this.to]) {
      input.addEventListener('input', () => this.emit(true, input));
      input.addEventListener('change', () => this.emit(false, input));
    }
  }

  update(edges: Iterable<CanvasEdge>, range: Filters['dateRange']): void {
    this.bounds = dateBounds(edges);
    // One date only: a range over a single day filters nothing, so say what there is instead.
    if (!this.bounds || this.bounds.from === this.bounds.to) {
      const text = this.bounds ? `Every dated relation is of ${this.bounds.from}` : 'No dated relations on the canvas';
      replace(this.root, el('span', { class: 'control-label' }, 'Dates'), el('span', { class: 'muted' }, text));
      this.shown = 'none';
      this.bounds = null;
      return;
    }
    if (this.shown !== 'slider') replace(this.root, el('span', { class: 'control-label' }, 'Dates'), el('div', { class: 'dual-range' }, this.from, this.to), this.out);
    this.shown = 'slider';
    const span = dayIndex(this.bounds.from, this.bounds.to);
    for (const input of [this.from, this.to]) input.max = String(span);
    if (document.activeElement !== this.from && document.activeElement !== this.to) {
      this.from.value = String(range ? Math.max(0, dayIndex(this.bounds.from, range.from)) : 0);
      this.to.value = String(range ? Math.min(span, dayIndex(this.bounds.from, range.to)) : span);
    }
    this.label();
  }

  private emit(live: boolean, moved: HTMLInputElement): void {
    if (!this.bounds) return;
    // The handles may not cross: the one moved stops at the other.
    if (Number(this.from.value) > Number(this.to.value)) {
      if (moved === this.from) this.from.value = this.to.value;
      else this.to.value = this.from.value;
    }
    const span = dayIndex(this.bounds.from, this.bounds.to);
    const full = Number(this.from.value) === 0 && Number(this.to.value) === span;
    this.label();
    this.onChange(full ? null : { from: dateAt(this.bounds.from, Number(this.from.value)), to: dateAt(this.bounds.from, Number(this.to.value)) }, live);
  }

  private label(): void {
    if (!this.bounds) return;
    this.out.value = `${dateAt(this.bounds.from, Number(this.from.value))} – ${dateAt(this.bounds.from, Number(this.to.value))}`;
  }
}
