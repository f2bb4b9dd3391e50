// A search combobox built in code (the header's is in index.html), for the
// From and To fields of the Paths panel: same suggestions, same keyboard.
import type { Api } from '../api.js';
import { el } from '../dom.js';
import type { SearchHit } from '../types.js';
import type { SchemaIndex } from './schema-index.js';
import { SearchBox } from './search.js';

export interface SearchField {
  root: HTMLElement;
  input: HTMLInputElement;
  /** The entity picked, cleared when the text is edited again. */
  picked(): SearchHit | null;
  set(hit: SearchHit | null): void;
}

export function searchField(id: string, label: string, api: Api, types: SchemaIndex): SearchField {
  let chosen: SearchHit | null = null;
  const input = el('input', {
    id, type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-suggestions`,
    autocomplete: 'off', spellcheck: 'false', placeholder: 'Type a name…', 'data-testid': id,
  });
  const listbox = el('ul', { id: `${id}-suggestions`, role: 'listbox', 'aria-label': `${label}: matching entities`, hidden: true });
  const message = el('p', { class: 'search-message', role: 'status', hidden: true });
  const popup = el('div', { class: 'search-popup', hidden: true }, listbox, message);
  const root = el('div', { class: 'field search' },
    el('label', { for: id }, label),
    el('div', { class: 'search-field' }, input, el('span', { class: 'search-spinner', 'aria-hidden': 'true' })),
    popup);
  new SearchBox({ input, popup, listbox, message }, api, types, (hit) => { chosen = hit; });
  input.addEventListener('input', () => { chosen = null; });
  return {
    root, input,
    picked: () => chosen,
    set: (hit) => {
      chosen = hit;
      input.value = hit?.name ?? '';
    },
  };
}
