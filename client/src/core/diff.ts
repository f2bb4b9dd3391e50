// What changed between two view states, where knowing it spares the canvas a pass
// over every element (graph/view.ts).
import type { ViewState } from './types.js';

/** Whether `next` differs from `prev` at most in where nodes are, and the selection (a drag on the canvas). */
export function onlyPlacesChanged(prev: ViewState, next: ViewState): boolean {
  if (prev.edges !== next.edges || prev.expansions !== next.expansions || prev.filters !== next.filters
    || prev.display !== next.display || prev.nodes.size !== next.nodes.size) return false;
  if (prev.nodes === next.nodes) return true;
  for (const [id, n] of next.nodes) {
    const was = prev.nodes.get(id);
    if (was === n) continue;
    if (!was || was.node !== n.node || was.hidden !== n.hidden || was.pinned !== n.pinned) return false;
  }
  return true;
}
