// The details of one entity: name, type, aliases, degree, what the canvas
// shows of its neighbourhood, its relations grouped by how they read, and the
// documents that mention it.
import { el, replace } from '../dom.js';
import { hiddenTotal } from '../graph/elements.js';
import type { EdgeDetail, GraphNode, NodeDetail } from '../types.js';
import { plural, propertyRows, relationPhrase } from './format.js';
import type { SchemaIndex } from './schema-index.js';
import { entitySwatch, relationSwatch } from './swatch.js';

/** Relations listed per group before a "show more" button. */
const GROUP_PREVIEW = 8;

/** What the canvas shows of a node's neighbourhood after it was expanded. */
export interface Expansion {
  /** Neighbours fetched so far. */
  loaded: number;
  total: number;
  /** Neighbours not yet fetched, per relation type. */
  hidden: Record<string, number>;
}

export interface NodeDetailsContext {
  types: SchemaIndex;
  expansion: Expansion | undefined;
  onExpand(id: string): void;
  /** Fetches the next page of one relation type ("+N more" beside it). */
  onExpandRelation(id: string, type: string): void;
  onOpenEdge(edge: EdgeDetail, other: GraphNode | undefined): void;
}

export interface NodeDetailsView {
  root: HTMLElement;
  /** Redraws the neighbourhood section after an expansion. */
  setExpansion(expansion: Expansion | undefined, busy?: boolean): void;
}

export function renderNodeDetails(detail: NodeDetail, ctx: NodeDetailsContext): NodeDetailsView {
  const { node } = detail;
  const neighborhood = el('section', { class: 'section', 'aria-label': 'Neighbourhood', 'data-testid': 'neighborhood-info' });
  const setExpansion = (expansion: Expansion | undefined, busy = false) =>
    replace(neighborhood, ...neighborhoodContent(node, expansion, busy, ctx));
  setExpansion(ctx.expansion);
  const root = el('article', { class: 'details-content', 'data-testid': 'node-details', 'aria-labelledby': 'details-title' },
    header(node, ctx.types),
    facts(node),
    extras(detail as unknown as NodeExtras, ctx.types),
    neighborhood,
    relations(detail, ctx),
    documents(detail));
  return { root, setExpansion };
}

function header(node: GraphNode, types: SchemaIndex): HTMLElement {
  return el('header', { class: 'details-header' },
    el('p', { class: 'kicker' }, entitySwatch(types.entity(node.type)), types.entityLabel(node.type)),
    el('h2', { id: 'details-title', class: 'details-title' }, node.name));
}

function facts(node: GraphNode): HTMLElement {
  const aliases = node.aliases.filter((a) => a !== node.name);
  return el('dl', { class: 'facts' },
    el('dt', {}, 'Also known as'),
    el('dd', {}, aliases.length > 0
      ? el('ul', { class: 'chips', 'aria-label': 'Aliases' }, ...aliases.map((a) => el('li', { class: 'chip' }, a)))
      : el('span', { class: 'muted' }, 'No aliases recorded')),
    el('dt', {}, 'Connections'),
    el('dd', {}, plural(node.degree, 'relation')),
    el('dt', {}, 'Identifier'),
    el('dd', {}, el('code', { class: 'id' }, node.id)));
}

function neighborhoodContent(node: GraphNode, expansion: Expansion | undefined, busy: boolean, ctx: NodeDetailsContext): Node[] {
  const hidden = expansion ? hiddenTotal(expansion.hidden) : 0;
  const button = el('button', { type: 'button', class: 'button primary', 'data-testid': 'expand-button', disabled: busy || (expansion !== undefined && hidden === 0) },
    busy ? 'Expanding…' : expansion ? `Show ${hidden} more` : 'Expand neighbours');
  button.addEventListener('click', () => ctx.onExpand(node.id));
  const summary = !expansion
    ? `Double-click the node, or use the button, to add its neighbours to the canvas.`
    : `Showing ${expansion.loaded} of ${plural(expansion.total, 'neighbour')}.`;
  const lines: Node[] = [el('h3', { class: 'section-title' }, 'Neighbourhood'), el('p', {}, summary)];
  if (expansion && hidden > 0) lines.push(hiddenList(node.id, expansion.hidden, ctx));
  if (!expansion || hidden > 0) lines.push(button);
  return lines;
}

/** Per relation type, the neighbours still not fetched; each "+N more" fetches the next page of that type. */
function hiddenList(id: string, hidden: Record<string, number>, ctx: NodeDetailsContext): HTMLElement {
  const entries = Object.entries(hidden).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return el('ul', { class: 'hidden-list', 'data-testid': 'hidden-counts' },
    ...entries.map(([type, n]) => {
      const more = el('button', { type: 'button', class: 'link-button more-button', 'data-testid': 'more-button', 'data-rel': type }, `+${n} more`);
      more.addEventListener('click', () => ctx.onExpandRelation(id, type));
      return el('li', {}, relationSwatch(ctx.types.relation(type)), more, ' ', ctx.types.relation(type)?.label ?? type);
    }));
}

/** Fields newer servers add to GET /api/nodes/:id; each is shown only when present. */
interface NodeExtras {
  node: { pagerank?: number; community?: number };
  merges?: Array<{ name: string; type: string; documentId: string | null; reason: string }>;
  degreeByType?: Record<string, number>;
}

function extras(detail: NodeExtras, types: SchemaIndex): HTMLElement | null {
  const { node, merges, degreeByType } = detail;
  const rows: Node[] = [];
  if (typeof node.pagerank === 'number') rows.push(el('dt', {}, 'PageRank'), el('dd', {}, node.pagerank.toPrecision(3)));
  if (typeof node.community === 'number') rows.push(el('dt', {}, 'Community'), el('dd', {}, node.community < 0 ? 'none' : `#${node.community}`));
  if (degreeByType && Object.keys(degreeByType).length > 0) {
    rows.push(el('dt', {}, 'By relation'), el('dd', {}, el('ul', { class: 'plain-list', 'data-testid': 'degree-by-type' },
      ...Object.entries(degreeByType).sort((a, b) => b[1] - a[1]).map(([t, n]) => el('li', {}, relationSwatch(types.relation(t)), ` ${types.relation(t)?.label ?? t}: ${n}`)))));
  }
  if (merges && merges.length > 0) {
    rows.push(el('dt', {}, 'Merged from'), el('dd', {}, el('ul', { class: 'plain-list', 'data-testid': 'merges' },
      ...merges.map((m) => el('li', {}, el('strong', {}, m.name), ` (${types.entityLabel(m.type)})`, m.documentId ? ' in ' : null, m.documentId ? el('code', { class: 'id' }, m.documentId) : null, ` — ${m.reason}`)))));
  }
  return rows.length > 0 ? el('dl', { class: 'facts' }, ...rows) : null;
}

function relations(detail: NodeDetail, ctx: NodeDetailsContext): HTMLElement {
  const section = el('section', { class: 'section', 'aria-label': 'Relations' },
    el('h3', { class: 'section-title' }, `Relations (${detail.edges.length})`));
  if (detail.edges.length === 0) {
    section.append(el('p', { class: 'muted' }, 'No relations were extracted for this entity.'));
    return section;
  }
  const names = new Map(detail.neighbors.map((n) => [n.id, n]));
  for (const group of groupEdges(detail, ctx.types)) {
    const items = group.edges.map(({ edge, otherId }) => relationItem(edge, names.get(otherId), otherId, ctx));
    section.append(el('section', { class: 'rel-group' },
      el('h4', { class: 'rel-group-title' }, relationSwatch(ctx.types.relation(group.type)), group.phrase,
        el('span', { class: 'count' }, String(items.length))),
      collapsible(items)));
  }
  return section;
}

interface EdgeGroup {
  type: string;
  phrase: string;
  edges: Array<{ edge: EdgeDetail; otherId: string }>;
}

/** Groups a node's edges by relation type and direction, largest group first. */
export function groupEdges(detail: NodeDetail, types: SchemaIndex): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const edge of detail.edges) {
    const { phrase, otherId } = relationPhrase(edge, detail.node.id, types.relation(edge.type), edge.type);
    const key = `${edge.type}\u0000${phrase}`;
    const group = groups.get(key) ?? { type: edge.type, phrase, edges: [] };
    group.edges.push({ edge, otherId });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.edges.length - a.edges.length || a.phrase.localeCompare(b.phrase));
}

function relationItem(edge: EdgeDetail, other: GraphNode | undefined, otherId: string, ctx: NodeDetailsContext): HTMLElement {
  const meta = [...propertyRows(edge.properties).map(([k, v]) => `${k}: ${v}`), plural(edge.evidence.length, 'source')].join(' · ');
  const button = el('button', { type: 'button', class: 'rel-item', 'data-testid': 'relation-item' },
    el('span', { class: 'rel-name' }, entitySwatch(other ? ctx.types.entity(other.type) : undefined), other?.name ?? otherId),
    el('span', { class: 'rel-meta' }, meta));
  button.addEventListener('click', () => ctx.onOpenEdge(edge, other));
  return el('li', {}, button);
}

/** A list showing its first few items, with a button revealing the rest. */
function collapsible(items: HTMLElement[]): HTMLElement {
  const list = el('ul', { class: 'rel-list' }, ...items.slice(0, GROUP_PREVIEW));
  const rest = items.slice(GROUP_PREVIEW);
  if (rest.length === 0) return list;
  const more = el('button', { type: 'button', class: 'link-button' }, `Show ${rest.length} more`);
  more.addEventListener('click', () => {
    list.append(...rest);
    more.remove();
  });
  return el('div', {}, list, more);
}

function documents(detail: NodeDetail): HTMLElement {
  const docs = [...detail.documents].sort((a, b) => b.mentions - a.mentions);
  return el('section', { class: 'section', 'aria-label': 'Documents' },
    el('h3', { class: 'section-title' }, `Documents (${docs.length})`),
    docs.length === 0
      ? el('p', { class: 'muted' }, 'No document mentions this entity.')
      : el('ul', { class: 'doc-list' }, ...docs.map((d) => el('li', {},
        el('span', { class: 'doc-title' }, d.title || d.id),
        el('span', { class: 'doc-meta' }, `${plural(d.mentions, 'mention')} · `, el('code', { class: 'id' }, d.id))))));
}
