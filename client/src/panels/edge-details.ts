// The details of one relation: its type, its two ends, its properties and every
// evidence sentence with the document it comes from.
import { el } from '../dom.js';
import type { EdgeDetail } from '../types.js';
import { highlightSegments, percent, plural, propertyRows } from './format.js';
import type { SchemaIndex } from './schema-index.js';
import { entitySwatch, relationSwatch } from './swatch.js';

/** What the panel knows about an endpoint; only the id when the client never saw the node. */
export interface Endpoint {
  id: string;
  name?: string;
  type?: string;
}

export interface EdgeDetailsContext {
  types: SchemaIndex;
  endpoint(id: string): Endpoint;
  onOpenNode(id: string): void;
  /** Opens the source document at this evidence sentence. */
  onOpenDocument?(documentId: string, span: { start: number; end: number }): void;
}

type Evidence = EdgeDetail['evidence'][number];

export function renderEdgeDetails(edge: EdgeDetail, ctx: EdgeDetailsContext): HTMLElement {
  const rel = ctx.types.relation(edge.type);
  const source = ctx.endpoint(edge.source);
  const target = ctx.endpoint(edge.target);
  return el('article', { class: 'details-content', 'data-testid': 'edge-details', 'aria-labelledby': 'details-title' },
    el('header', { class: 'details-header' },
      el('p', { class: 'kicker' }, relationSwatch(rel), 'Relation ', el('code', { class: 'id' }, edge.type)),
      el('h2', { id: 'details-title', class: 'details-title' }, rel?.label ?? edge.type)),
    el('div', { class: 'endpoints', 'aria-label': 'Endpoints' },
      endpointButton(source, ctx),
      el('span', { class: 'endpoint-link' }, rel?.symmetric ? '↔' : '→', ' ', rel?.label ?? edge.type),
      endpointButton(target, ctx)),
    properties(edge),
    evidenceSection(edge, [source.name, target.name], ctx));
}

function endpointButton(end: Endpoint, ctx: EdgeDetailsContext): HTMLElement {
  const button = el('button', { type: 'button', class: 'endpoint', 'data-testid': 'edge-endpoint' },
    entitySwatch(end.type ? ctx.types.entity(end.type) : undefined),
    el('span', { class: 'endpoint-name' }, end.name ?? end.id),
    end.type ? el('span', { class: 'endpoint-type' }, ctx.types.entityLabel(end.type)) : null);
  button.addEventListener('click', () => ctx.onOpenNode(end.id));
  return button;
}

function properties(edge: EdgeDetail): HTMLElement {
  const rows = propertyRows(edge.properties);
  return el('section', { class: 'section', 'aria-label': 'Properties' },
    el('h3', { class: 'section-title' }, 'Properties'),
    el('dl', { class: 'facts' },
      ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
      el('dt', {}, 'confidence'), el('dd', {}, percent(edge.confidence)),
      el('dt', {}, 'identifier'), el('dd', {}, el('code', { class: 'id' }, edge.id))),
    rows.length === 0 ? el('p', { class: 'muted' }, 'The sources state no role, date or other property.') : null);
}

function evidenceSection(edge: EdgeDetail, names: Array<string | undefined>, ctx: EdgeDetailsContext): HTMLElement {
  const terms = names.filter((n): n is string => Boolean(n));
  return el('section', { class: 'section', 'aria-label': 'Evidence' },
    el('h3', { class: 'section-title' }, `Evidence (${edge.evidence.length})`),
    edge.evidence.length === 0
      ? el('p', { class: 'muted' }, 'No evidence sentence is stored for this relation.')
      : el('ol', { class: 'evidence-list' }, ...edge.evidence.map((ev) => evidenceItem(ev, terms, ctx))),
    edge.evidence.length > 1 ? el('p', { class: 'muted' }, `${plural(edge.evidence.length, 'sentence')} support this relation.`) : null);
}

function evidenceItem(ev: Evidence, terms: string[], ctx: EdgeDetailsContext): HTMLElement {
  const open = ctx.onOpenDocument
    ? el('button', { type: 'button', class: 'link-button', 'data-testid': 'open-document' }, 'Open document')
    : null;
  open?.addEventListener('click', () => ctx.onOpenDocument?.(ev.documentId, { start: ev.start, end: ev.end }));
  const quote = el('blockquote', { class: 'evidence-text' },
    ...highlightSegments(ev.text, terms).map((s) => (s.mark ? el('mark', {}, s.text) : s.text)));
  return el('li', { class: 'evidence', 'data-testid': 'evidence' },
    quote,
    el('p', { class: 'evidence-source' },
      el('span', { class: 'doc-title' }, ev.documentTitle || ev.documentId),
      el('span', { class: 'doc-meta' },
        el('code', { class: 'id' }, ev.documentId),
        ` · characters ${ev.start}–${ev.end} · found by ${ev.method}, ${percent(ev.confidence)} confidence`),
      open));
}
