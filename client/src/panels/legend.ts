// The legend: every entity and relation type with the colour, shape and line
// the canvas draws it with, all read from /api/schema.
import { el } from '../dom.js';
import type { Schema } from '../types.js';
import { entitySwatch, relationSwatch } from './swatch.js';

export interface Legend {
  /**
   * Folds the legend away once the canvas fills up, so it does not hide the
   * graph; a legend the user opened or closed by hand is left as they set it.
   */
  makeRoom(): void;
}

export function renderLegend(root: HTMLDetailsElement, schema: Schema): Legend {
  const entities = el('ul', { class: 'legend-list', 'aria-label': 'Entity types' },
    ...schema.entityTypes.map((t) => el('li', { title: t.description }, entitySwatch(t), t.label)));
  const relations = el('ul', { class: 'legend-list', 'aria-label': 'Relation types' },
    ...schema.relationTypes.map((r) => el('li', { title: r.description }, relationSwatch(r), r.label)));
  const summary = el('summary', {}, 'Legend',
    el('span', { class: 'legend-peek', 'aria-hidden': 'true' }, ...schema.entityTypes.map((t) => entitySwatch(t))));
  root.replaceChildren(summary, el('div', { class: 'legend-body' },
    el('h3', { class: 'legend-title' }, 'Entities'), entities,
    el('h3', { class: 'legend-title' }, 'Relations'), relations));
  let touched = false;
  summary.addEventListener('click', () => { touched = true; });
  return {
    makeRoom: () => { if (!touched) root.open = false; },
  };
}
