// The Paths panel: how is A connected to B. From and To with suggestions, the
// mode, hops, relation types, types and hubs to avoid, a date window; results
// listed with their readings; choosing one draws it and dims the rest.
import { isAbort, type Api, type PathQuery } from '../api.js';
import { el, replace } from '../dom.js';
import type { PathResult, Schema, SearchHit } from '../types.js';
import { adviceFor, reasonOf } from './advice.js';
import { plural } from './format.js';
import type { SchemaIndex } from './schema-index.js';
import { searchField, type SearchField } from './search-field.js';

export const PATHS_DEFAULTS = { maxHops: 4, k: 3 } as const;

export interface PathsPanelActions {
  showPath(path: PathResult): void;
  clearHighlight(): void;
}

export class PathsPanel {
  private readonly from: SearchField;
  private readonly to: SearchField;
  private readonly form: HTMLFormElement;
  private readonly results = el('div', { class: 'path-results', 'data-testid': 'path-results', 'aria-live': 'polite' });
  private controller: AbortController | undefined;

  constructor(root: HTMLElement, private readonly api: Api, schema: Schema, types: SchemaIndex, private readonly actions: PathsPanelActions) {
    this.from = searchField('path-from', 'From', api, types);
    this.to = searchField('path-to', 'To', api, types);
    const mode = el('select', { name: 'mode', id: 'path-mode', 'data-testid': 'path-mode' },
      el('option', { value: 'shortest' }, 'Shortest path'), el('option', { value: 'all-shortest' }, 'All shortest paths'), el('option', { value: 'k' }, 'Several paths (k shortest)'));
    this.form = el('form', { class: 'paths-form', 'aria-label': 'Find paths' },
      this.from.root, this.to.root,
      el('div', { class: 'field-row' },
        field('Mode', mode, 'path-mode'),
        field('Paths', el('input', { type: 'number', name: 'k', id: 'path-k', min: 1, max: 10, value: PATHS_DEFAULTS.k }), 'path-k'),
        field('Max hops', el('input', { type: 'number', name: 'maxHops', id: 'path-hops', min: 1, max: 8, value: PATHS_DEFAULTS.maxHops, 'data-testid': 'path-hops' }), 'path-hops')),
      checks('Only through relation types', 'relTypes', schema.relationTypes.map((r) => [r.type, r.label])),
      checks('Avoid entity types', 'avoidTypes', schema.entityTypes.map((t) => [t.type, t.plural])),
      el('div', { class: 'field-row' },
        field('Avoid hubs above (relations)', el('input', { type: 'number', name: 'maxDegree', id: 'path-degree', min: 1, placeholder: 'no limit' }), 'path-degree')),
      el('div', { class: 'field-row' },
        field('Since', el('input', { type: 'date', name: 'since', id: 'path-since' }), 'path-since'),
        field('Until', el('input', { type: 'date', name: 'until', id: 'path-until' }), 'path-until')),
      el('div', { class: 'form-actions' },
        el('button', { type: 'submit', class: 'button primary', 'data-testid': 'find-paths' }, 'Find paths'),
        clearButton(() => actions.clearHighlight())));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.find();
    });
    replace(root, el('div', { class: 'details-content' },
      el('h2', { class: 'panel-heading' }, 'Paths between two entities'),
      el('p', { class: 'muted' }, 'How is one entity connected to another? Pick both, then find the paths; choose one to see it on the canvas.'),
      this.form, this.results));
  }

  /** Prefills an end from the canvas ("paths from here"). */
  setEnd(which: 'from' | 'to', hit: SearchHit): void {
    (which === 'from' ? this.from : this.to).set(hit);
  }

  private query(): PathQuery | string {
    const from = this.from.picked();
    const to = this.to.picked();
    if (!from || !to) return 'Pick both ends from the suggestions first.';
    if (from.id === to.id) return 'From and To are the same entity: pick two different ones.';
    const data = new FormData(this.form);
    const num = (k: string) => (data.get(k) ? Number(data.get(k)) : undefined);
    const str = (k: string) => (data.get(k) ? String(data.get(k)) : undefined);
    const mode = str('mode') as PathQuery['mode'];
    return {
      from: from.id, to: to.id, mode, maxHops: num('maxHops'), ...(mode === 'k' ? { k: num('k') } : {}),
      relTypes: data.getAll('relTypes').map(String), avoidTypes: data.getAll('avoidTypes').map(String),
      maxDegree: num('maxDegree'), since: str('since'), until: str('until'),
    };
  }

  private async find(): Promise<void> {
    const query = this.query();
    if (typeof query === 'string') return replace(this.results, el('p', { class: 'panel-note is-error', role: 'alert' }, query));
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    replace(this.results, el('p', { class: 'panel-note', 'data-testid': 'paths-loading' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Looking for paths…'));
    try {
      const { paths } = await this.api.paths(query, controller.signal);
      if (controller.signal.aborted) return;
      replace(this.results, ...(paths.length === 0 ? [noPath(query)] : this.list(paths)));
    } catch (error) {
      if (isAbort(error)) return;
      replace(this.results, el('div', { class: 'panel-note is-error', role: 'alert' }, el('strong', {}, 'Could not find paths: '), reasonOf(error), el('p', { class: 'muted' }, adviceFor(error))));
    }
  }

  private list(paths: PathResult[]): Node[] {
    const items = paths.map((path, i) => {
      const button = el('button', { type: 'button', class: 'path-item', 'data-testid': 'path-item', 'aria-pressed': 'false' },
        el('span', { class: 'path-reading' }, path.reading),
        el('span', { class: 'rel-meta' }, `${plural(path.edges.length, 'hop')} · ${plural(path.evidenceCount, 'evidence sentence')}`));
      button.addEventListener('click', () => {
        this.results.querySelectorAll('.path-item').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        this.actions.showPath(path);
      });
      return el('li', { 'aria-label': `Path ${i + 1}` }, button);
    });
    return [el('h3', { class: 'section-title' }, `${plural(paths.length, 'path')} found`), el('ol', { class: 'path-list' }, ...items)];
  }
}

function field(label: string, input: HTMLElement, id: string): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), input);
}

function checks(legend: string, name: string, options: Array<[string, string]>): HTMLElement {
  return el('details', { class: 'field checks' }, el('summary', {}, legend),
    el('div', { class: 'check-grid' }, ...options.map(([value, label]) => el('label', {}, el('input', { type: 'checkbox', name, value }), label))));
}

function clearButton(onClick: () => void): HTMLElement {
  const b = el('button', { type: 'button', class: 'button ghost', 'data-testid': 'clear-highlight' }, 'Clear highlight');
  b.addEventListener('click', onClick);
  return b;
}

function noPath(q: PathQuery): HTMLElement {
  return el('div', { class: 'panel-note', 'data-testid': 'no-path' },
    el('strong', {}, 'No path found. '),
    `Nothing links them within ${q.maxHops ?? PATHS_DEFAULTS.maxHops} hops under these constraints. Raise the hop limit, or clear the relation types, avoided types, hub limit and dates.`);
}
