// The query console: read-only Cypher, Run with Ctrl+Enter, results as a
// table (every value as text) with a button to draw their graph on the
// canvas; a refused query shows the server's message and where it failed.
import { ApiError, isAbort, type Api } from '../api.js';
import { el, replace } from '../dom.js';
import type { QueryResult } from '../types.js';
import { adviceFor, reasonOf } from './advice.js';
import { plural } from './format.js';

const EXAMPLE = 'MATCH (p:Person)-[r]->(o:Organization)\nRETURN p, r, o\nLIMIT 25';

export interface QueryPanelActions {
  showGraph(graph: QueryResult['graph']): void;
}

interface Position { line: number; column: number; offset?: number }

export class QueryPanel {
  private readonly editor: HTMLTextAreaElement;
  private readonly output = el('div', { class: 'query-output', 'data-testid': 'query-output', 'aria-live': 'polite' });
  private controller: AbortController | undefined;

  constructor(root: HTMLElement, private readonly api: Api, private readonly actions: QueryPanelActions) {
    this.editor = el('textarea', {
      id: 'query-editor', class: 'query-editor', rows: 7, spellcheck: 'false', 'data-testid': 'query-editor',
      'aria-describedby': 'query-hint',
    });
    this.editor.value = EXAMPLE;
    this.editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
    const run = el('button', { type: 'button', class: 'button primary', 'data-testid': 'run-query' }, 'Run');
    run.addEventListener('click', () => void this.run());
    replace(root, el('div', { class: 'details-content' },
      el('h2', { class: 'panel-heading' }, 'Query console'),
      el('label', { for: 'query-editor', class: 'muted' }, 'Read-only Cypher against the graph. Writes are refused.'),
      this.editor,
      el('div', { class: 'form-actions' }, run, el('span', { id: 'query-hint', class: 'muted' }, el('kbd', {}, 'Ctrl'), ' + ', el('kbd', {}, 'Enter'), ' runs the query')),
      this.output));
  }

  focus(): void {
    this.editor.focus();
  }

  private async run(): Promise<void> {
    const cypher = this.editor.value.trim();
    if (!cypher) return replace(this.output, el('p', { class: 'panel-note' }, 'Write a query first, e.g. MATCH (n:Person) RETURN n LIMIT 10.'));
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    replace(this.output, el('p', { class: 'panel-note', 'data-testid': 'query-loading' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Running…'));
    try {
      const result = await this.api.query(cypher, {}, controller.signal);
      if (!controller.signal.aborted) replace(this.output, ...this.result(result));
    } catch (error) {
      if (!isAbort(error)) replace(this.output, this.failure(error, this.editor.value));
    }
  }

  private result(r: QueryResult): Node[] {
    const meta = el('p', { class: 'query-meta', 'data-testid': 'query-meta' }, `${plural(r.rows.length, 'row')} · ${Math.round(r.elapsedMs)} ms`);
    const parts: Node[] = [meta];
    if (r.truncated) parts.push(el('p', { class: 'panel-note is-warning', 'data-testid': 'row-limit' }, `Row limit reached: only the first ${r.rowLimit} rows are shown. Add a LIMIT or narrow the query.`));
    if (r.graph.nodes.length > 0) {
      const draw = el('button', { type: 'button', class: 'button', 'data-testid': 'query-to-canvas' },
        `Show on canvas (${plural(r.graph.nodes.length, 'node')}, ${plural(r.graph.edges.length, 'edge')})`);
      draw.addEventListener('click', () => this.actions.showGraph(r.graph));
      parts.push(draw);
    }
    parts.push(r.rows.length === 0 ? el('p', { class: 'muted' }, 'The query matched nothing.') : table(r));
    return parts;
  }

  private failure(error: unknown, text: string): HTMLElement {
    const box = el('div', { class: 'panel-note is-error', role: 'alert', 'data-testid': 'query-error' },
      el('strong', {}, error instanceof ApiError && error.code === 'QUERY_REJECTED' ? 'Query refused: ' : 'The query failed: '),
      el('pre', { class: 'error-message' }, reasonOf(error)));
    const position = errorPosition(error, text);
    if (position) {
      const line = text.split('\n')[position.line - 1] ?? '';
      box.append(el('p', { 'data-testid': 'query-error-position' }, `At line ${position.line}, column ${position.column}:`),
        el('pre', { class: 'error-caret' }, `${line}\n${' '.repeat(Math.max(0, position.column - 1))}^`));
      if (position.offset !== undefined) this.editor.setSelectionRange(position.offset, position.offset);
    } else if (!(error instanceof ApiError && error.code === 'QUERY_REJECTED')) {
      box.append(el('p', { class: 'muted' }, adviceFor(error)));
    }
    return box;
  }
}

function table(r: QueryResult): HTMLElement {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'result-table', 'data-testid': 'query-table' },
    el('thead', {}, el('tr', {}, ...r.columns.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...r.rows.map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cell(v))))))));
}

/**
 * Where a refused query failed: the server's `position`, or else the
 * "(line: L, offset: C)" Kuzu writes into its message (C is 0-based).
 */
export function errorPosition(error: unknown, text: string): Position | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const given = error.details.position as Position | undefined;
  if (given && Number.isInteger(given.line) && Number.isInteger(given.column)) return given;
  const match = /\(line: (\d+), offset: (\d+)\)/.exec(error.message);
  if (!match) return undefined;
  const line = Number(match[1]);
  const column = Number(match[2]) + 1;
  const before = text.split('\n').slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return { line, column, offset: Math.min(before + column - 1, text.length) };
}

/** A value as text: entities by name and type, relations by type, the rest as JSON. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.name === 'string' && typeof v.type === 'string') return `${v.name} (${v.type})`;
  if (typeof v.type === 'string' && typeof v.source === 'string') return `${v.type}: ${v.source} → ${String(v.target)}`;
  return JSON.stringify(value);
}
