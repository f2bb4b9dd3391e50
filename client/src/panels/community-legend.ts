// When nodes are coloured by community: the communities on the canvas, largest first, with their colours.
import type { Visibility } from '../core/filters.js';
import type { ViewState } from '../core/types.js';
import { el } from '../dom.js';
import { communityColor, communityOf } from '../graph/appearance.js';

/** Communities listed at most; the rest are summed in one line. */
const SHOWN = 10;

export function communityLegend(state: ViewState, seen: Visibility): HTMLElement {
  const counts = new Map<number, number>();
  for (const id of seen.nodes) {
    const n = state.nodes.get(id);
    if (n) counts.set(communityOf(n.node), (counts.get(communityOf(n.node)) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0 || (sorted.length === 1 && sorted[0]![0] < 0)) {
    return el('p', { class: 'muted' }, 'No community is known for these nodes yet; they are drawn grey.');
  }
  const rest = sorted.slice(SHOWN).reduce((a, [, n]) => a + n, 0);
  return el('div', {},
    el('h3', { class: 'legend-title' }, 'Communities'),
    el('ul', { class: 'type-list', 'data-testid': 'community-legend' }, ...sorted.slice(0, SHOWN).map(([c, n]) => el('li', {},
      el('label', {}, el('span', { class: 'dot', style: `background:${communityColor(c)}` }), el('span', { class: 'type-label' }, c < 0 ? 'None' : `Community ${c}`)),
      el('span', { class: 'type-count' }, String(n))))),
    rest > 0 ? el('p', { class: 'muted' }, `${rest} more in smaller communities`) : null);
}
