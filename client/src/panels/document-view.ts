// A source document in the details panel: its text with every entity mention
// marked (text nodes and <mark>, never HTML), the evidence sentence shaded and
// scrolled into view; a click on a mention brings that entity onto the canvas.
import { el } from '../dom.js';
import type { DocumentDetail } from '../types.js';
import { textRuns, type TextRun } from './document-text.js';
import { plural } from './format.js';
import type { SchemaIndex } from './schema-index.js';

export interface DocumentViewContext {
  types: SchemaIndex;
  /** The evidence span to shade and scroll to. */
  evidence?: { start: number; end: number };
  onMention(entityId: string, name: string): void;
  onBack?(): void;
}

export function renderDocument(doc: DocumentDetail, ctx: DocumentViewContext): HTMLElement {
  const body = el('div', { class: 'document-text', 'data-testid': 'document-text' },
    ...textRuns(doc.text, doc.mentions, ctx.evidence).map((run) => runElement(run, ctx)));
  const back = ctx.onBack ? el('button', { type: 'button', class: 'link-button', 'data-testid': 'document-back' }, '← Back to the relation') : null;
  back?.addEventListener('click', () => ctx.onBack?.());
  const meta = [doc.published, doc.source, plural(doc.entities, 'entity', 'entities'), `${doc.length.toLocaleString()} characters`].filter(Boolean).join(' · ');
  const root = el('article', { class: 'details-content document-view', 'data-testid': 'document-view', 'aria-labelledby': 'details-title' },
    back,
    el('header', { class: 'details-header' },
      el('p', { class: 'kicker' }, 'Document ', el('code', { class: 'id' }, doc.id)),
      el('h2', { id: 'details-title', class: 'details-title' }, doc.title || doc.id),
      el('p', { class: 'muted doc-meta' }, meta)),
    el('p', { class: 'muted document-hint' }, 'Marked names are entities: click one to put it on the canvas.'),
    body);
  // Once shown, bring the evidence sentence into view.
  requestAnimationFrame(() => body.querySelector('.in-evidence')?.scrollIntoView({ block: 'center' }));
  return root;
}

function runElement(run: TextRun, ctx: DocumentViewContext): Node {
  const cls = run.evidence ? 'in-evidence' : undefined;
  if (!run.mention) return cls ? el('span', { class: cls }, run.text) : document.createTextNode(run.text);
  const { entityId, name, type } = run.mention;
  const mark = el('mark', {
    class: ['mention', cls].filter(Boolean).join(' '), tabindex: 0, role: 'button', 'data-entity': entityId, 'data-testid': 'mention',
    title: `${name} (${ctx.types.entityLabel(type)}): click to show on the canvas`,
    style: `--mention: ${ctx.types.entity(type)?.color ?? '#9ca3af'}`,
  }, run.text);
  const open = () => ctx.onMention(entityId, name);
  mark.addEventListener('click', open);
  mark.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
  return mark;
}
