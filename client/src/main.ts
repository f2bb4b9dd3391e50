// Entry point: loads the schema, builds the explorer, opens a shared view if
// the URL carries one, exposes the test hook. If the schema cannot be loaded
// nothing else can work, so the page says so.
import type { Core } from 'cytoscape';
import { Api } from './api.js';
import { Explorer } from './app.js';
import { el, replace, required } from './dom.js';
import { reasonOf } from './panels/advice.js';
import { StatusBar } from './panels/status.js';
import './styles.css';

declare global {
  interface Window {
    /** Test hook: the Cytoscape instance and the controller, read by the browser tests. */
    __kg?: { cy: Core; explorer: Explorer };
  }
}

async function start(): Promise<void> {
  const status = new StatusBar(required('#loading'), required('#notice'));
  const api = new Api('', (pending) => status.setPending(pending));
  let schema;
  try {
    schema = await api.schema();
  } catch (error) {
    showFatal(error);
    return;
  }
  const explorer = new Explorer(api, schema, {
    canvas: required('#cy'),
    emptyState: required('#canvas-empty'),
    details: required('#details'),
    legend: required<HTMLDetailsElement>('#legend'),
    search: {
      input: required<HTMLInputElement>('#search-input'),
      popup: required('#search-popup'),
      listbox: required('#search-suggestions'),
      message: required('#search-message'),
    },
    tabs: required('.tabs'),
    paths: required('#paths-panel'),
    query: required('#query-panel'),
  }, status);
  window.__kg = { cy: explorer.graph.cy, explorer };
  await explorer.restoreFromUrl();
  document.body.dataset.ready = 'true';
}

function showFatal(error: unknown): void {
  const reload = el('button', { type: 'button', class: 'button primary' }, 'Reload');
  reload.addEventListener('click', () => location.reload());
  const empty = required('#canvas-empty');
  empty.classList.add('is-error');
  empty.setAttribute('role', 'alert');
  replace(empty,
    el('h2', {}, 'The explorer could not start'),
    el('p', {}, `Loading the graph schema from /api/schema failed: ${reasonOf(error)}`),
    el('p', {}, 'Check that the server is running (npm start) and reachable, then reload the page.'),
    reload);
  required<HTMLInputElement>('#search-input').disabled = true;
  document.body.dataset.ready = 'error';
}

void start();
