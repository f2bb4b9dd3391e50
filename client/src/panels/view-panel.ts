// The filter and legend panel: every entity and relation type with its swatch,
// a show/hide checkbox and how many are on the canvas; confidence and date
// filters; size and colour choices; hidden nodes brought back.
import { countByType, type Visibility } from '../core/filters.js';
import { SIZE_BY, type ColorBy, type Display, type Filters, type SizeBy, type ViewState } from '../core/types.js';
import { el, replace } from '../dom.js';
import type { Schema } from '../types.js';
import { communityLegend } from './community-legend.js';
import { DateFilter } from './date-filter.js';
import { plural } from './format.js';
import { entitySwatch, relationSwatch } from './swatch.js';

export interface ViewPanelActions {
  filter(change: Partial<Filters>, live?: boolean): void;
  display(change: Partial<Display>): void;
  showHidden(): void;
}

const SIZE_LABELS: Record<SizeBy, string> = { degree: 'Connections (degree)', pagerank: 'PageRank', none: 'Same size' };

interface TypeRow { box: HTMLInputElement; count: HTMLElement; row: HTMLElement }

export class ViewPanel {
  private readonly entityRows = new Map<string, TypeRow>();
  private readonly relationRows = new Map<string, TypeRow>();
  private readonly confidence: HTMLInputElement;
  private readonly confidenceOut: HTMLOutputElement;
  private readonly dates: DateFilter;
  private readonly sizeBy: HTMLSelectElement;
  private readonly colorBy: HTMLSelectElement;
  private readonly hidden = el('div', { class: 'hidden-nodes', 'data-testid': 'hidden-nodes' });
  private readonly communities = el('div', { class: 'communities' });
  private touched = false;
  /** What the panel shows now: a change of selection alone leaves all of it as it is. */
  private shown: { state: ViewState; seen: Visibility } | undefined;

  constructor(private readonly root: HTMLDetailsElement, schema: Schema, private readonly actions: ViewPanelActions) {
    const entities = el('ul', { class: 'type-list', 'aria-label': 'Entity types' },
      ...schema.entityTypes.map((t) => this.row(this.entityRows, t.type, t.label, t.description, entitySwatch(t), 'entity')));
    const relations = el('ul', { class: 'type-list', 'aria-label': 'Relation types' },
      ...schema.relationTypes.map((r) => this.row(this.relationRows, r.type, r.label, r.description, relationSwatch(r), 'relation')));
    this.confidence = el('input', { type: 'range', min: 0, max: 1, step: 0.05, value: 0, id: 'confidence-filter', 'data-testid': 'confidence-filter' });
    this.confidenceOut = el('output', { for: 'confidence-filter', class: 'range-value' }, 'all');
    this.confidence.addEventListener('input', () => this.onConfidence(true));
    this.confidence.addEventListener('change', () => this.onConfidence(false));
    this.dates = new DateFilter((range, live) => actions.filter({ dateRange: range }, live));
    this.sizeBy = select('size-by', SIZE_BY.map((s) => [s, SIZE_LABELS[s]]), (v) => actions.display({ sizeBy: v as SizeBy }));
    this.colorBy = select('color-by', [['type', 'Entity type'], ['community', 'Community']], (v) => actions.display({ colorBy: v as ColorBy }));
    const summary = el('summary', { title: 'Show or hide the filters and legend' }, 'Filters & legend');
    summary.addEventListener('click', () => { this.touched = true; });
    root.replaceChildren(summary, el('div', { class: 'legend-body' },
      el('h3', { class: 'legend-title' }, 'Entities'), entities,
      el('h3', { class: 'legend-title' }, 'Relations'), relations,
      el('div', { class: 'control' }, el('label', { for: 'confidence-filter' }, 'Minimum confidence'), this.confidence, this.confidenceOut),
      this.dates.root,
      el('div', { class: 'control two' },
        el('label', { for: 'size-by' }, 'Size by'), this.sizeBy,
        el('label', { for: 'color-by' }, 'Colour by'), this.colorBy),
      this.communities,
      this.hidden));
  }

  /** Folds the panel away once exploring starts on a narrow screen, unless the user opened or closed it. */
  makeRoom(): void {
    if (!this.touched && window.innerWidth < 1200) this.root.open = false;
  }

  update(state: ViewState, seen: Visibility): void {
    // Counting every node and edge again for a click or a drag costs a few ms a thousand elements. The
    // canvas hands back the same visibility when what is shown did not change (node types, hidden flags).
    const last = this.shown;
    if (last && last.seen === seen && last.state.edges === state.edges
      && last.state.filters === state.filters && last.state.display === state.display) return;
    this.shown = { state, seen };
    const counts = countByType(state, seen);
    syncRows(this.entityRows, state.filters.hiddenEntityTypes, counts.entities);
    syncRows(this.relationRows, state.filters.hiddenRelationTypes, counts.relations);
    if (document.activeElement !== this.confidence) {
      this.confidence.value = String(state.filters.minConfidence);
      this.showConfidence(state.filters.minConfidence);
    }
    this.dates.update(state.edges.values(), state.filters.dateRange);
    this.sizeBy.value = state.display.sizeBy;
    this.colorBy.value = state.display.colorBy;
    replace(this.communities, state.display.colorBy === 'community' ? communityLegend(state, seen) : null);
    const hiddenCount = [...state.nodes.values()].filter((n) => n.hidden).length;
    const button = el('button', { type: 'button', class: 'link-button', 'data-testid': 'show-hidden' }, 'Show them');
    button.addEventListener('click', () => this.actions.showHidden());
    replace(this.hidden, hiddenCount > 0 ? el('p', {}, `${plural(hiddenCount, 'node')} hidden by hand. `, button) : null);
  }

  private row(rows: Map<string, TypeRow>, type: string, label: string, description: string, swatch: SVGElement, kind: 'entity' | 'relation'): HTMLElement {
    const box = el('input', { type: 'checkbox', checked: true, 'aria-label': `Show ${label}`, 'data-testid': `filter-${kind}-${type}` });
    const count = el('span', { class: 'type-count' }, '0');
    box.addEventListener('change', () => {
      const key = kind === 'entity' ? 'hiddenEntityTypes' : 'hiddenRelationTypes';
      const hidden = new Set(kind === 'entity' ? this.currentHidden(this.entityRows) : this.currentHidden(this.relationRows));
      this.actions.filter({ [key]: [...hidden] });
    });
    const row = el('li', { title: description, 'data-testid': `legend-${kind}-${type}` }, el('label', {}, box, swatch, el('span', { class: 'type-label' }, label)), count);
    rows.set(type, { box, count, row });
    return row;
  }

  private currentHidden(rows: Map<string, TypeRow>): string[] {
    return [...rows].filter(([, r]) => !r.box.checked).map(([type]) => type);
  }

  private onConfidence(live: boolean): void {
    const value = Number(this.confidence.value);
    this.showConfidence(value);
    this.actions.filter({ minConfidence: value }, live);
  }

  private showConfidence(value: number): void {
    this.confidenceOut.value = value > 0 ? `≥ ${Math.round(value * 100)}%` : 'all';
  }
}

function syncRows(rows: Map<string, TypeRow>, hidden: string[], counts: { shown: Record<string, number>; total: Record<string, number> }): void {
  for (const [type, r] of rows) {
    r.box.checked = !hidden.includes(type);
    const shown = counts.shown[type] ?? 0;
    const total = counts.total[type] ?? 0;
    r.count.textContent = shown === total ? String(total) : `${shown}/${total}`;
    r.count.title = `${shown} shown of ${total} on the canvas`;
    r.row.classList.toggle('is-empty', total === 0);
    r.row.classList.toggle('is-off', !r.box.checked);
  }
}

function select(id: string, options: Array<[string, string]>, onChange: (value: string) => void): HTMLSelectElement {
  const s = el('select', { id, 'data-testid': id }, ...options.map(([value, label]) => el('option', { value }, label)));
  s.addEventListener('change', () => onChange(s.value));
  return s;
}
