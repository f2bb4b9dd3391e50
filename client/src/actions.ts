// Every change to the canvas as one undoable step: add, expand (by page, by
// relation or entity type), collapse, hide, pin, remove, move, lay out, filter.
// Each reads the store, fetches what it needs, and commits one new state.
import type { Position } from 'cytoscape';
import type { Api } from './api.js';
import { nextOffset, recordPage, remainingTotal, type ExpandScope } from './core/expansion.js';
import {
  addElements, collapse, collapseSet, movePositions, removeNodes, setDisplay, setExpansion, setFilters, setHidden, setPinned,
} from './core/state.js';
import type { Store } from './core/store.js';
import { emptyState, type CanvasEdge, type CanvasNode, type Display, type Filters, type ViewState } from './core/types.js';
import { fanPositions, ringPositions } from './graph/elements.js';
import { FCOSE_BRIEF_ABOVE } from './graph/layout-job.js';
import type { GraphView } from './graph/view.js';
import { adviceFor, reasonOf } from './panels/advice.js';
import { plural } from './panels/format.js';
import type { StatusBar } from './panels/status.js';

export const ACTION_DEFAULTS = {
  /** Neighbours fetched per expansion; the rest are counted per relation type and fetched on demand. */
  neighborPage: 25,
} as const;

export class CanvasActions {
  /** Nodes being expanded now: a second double-click waits for the first. */
  readonly expanding = new Set<string>();
  /** Neighbours per page; tests lower it to page through the small seed graph. */
  pageSize: number = ACTION_DEFAULTS.neighborPage;
  /** Counts "re-run layout"s, so that one overtaken by a newer one ends quietly. */
  private layoutRuns = 0;

  constructor(
    private readonly store: Store,
    private readonly api: Api,
    private readonly graph: GraphView,
    private readonly status: StatusBar,
    private readonly nameOf: (id: string) => string,
    private readonly onBusy: (id: string) => void = () => {},
  ) {}

  private get state(): ViewState {
    return this.store.current;
  }

  /** Puts an entity on the canvas (if absent) at a free spot in view, and selects it. */
  add(node: CanvasNode): void {
    const present = this.state.nodes.has(node.id);
    const next = present ? this.state : addElements(this.state, [{ node, position: this.graph.freeSpot(this.graph.viewportCentre()) }], []);
    const selected = { ...next, selection: node.id };
    if (present) this.store.live(selected);
    else this.store.commit(`add ${node.name}`, selected);
    this.graph.focus(node.id);
  }

  async expand(id: string, scope: ExpandScope = { kind: 'all' }): Promise<void> {
    if (this.expanding.has(id)) return;
    const name = this.nameOf(id);
    const previous = this.state.expansions.get(id);
    if (scope.kind === 'all' && previous && previous.offsets['*'] !== undefined && remainingTotal(previous) === 0) {
      this.status.info(`All neighbours of ${name} are already on the canvas.`);
      return;
    }
    this.expanding.add(id);
    this.onBusy(id);
    try {
      const offset = nextOffset(previous, scope);
      const page = await this.api.neighbors(id, {
        limit: this.pageSize, offset,
        ...(scope.kind === 'relation' ? { relTypes: [scope.type] } : scope.kind === 'entity' ? { types: [scope.type] } : {}),
      });
      const before = this.state;
      const origin = before.nodes.get(id) ?? { ...this.graph.freeSpot(this.graph.viewportCentre()) };
      const fresh = [page.center, ...page.nodes].filter((n, i, all) => !before.nodes.has(n.id) && all.findIndex((m) => m.id === n.id) === i);
      // Grouped by type (stable), so like neighbours sit together in the fan.
      const around = fresh.filter((n) => n.id !== id).map((n, i) => ({ n, i }))
        .sort((a, b) => (a.n.type < b.n.type ? -1 : a.n.type > b.n.type ? 1 : a.i - b.i)).map(({ n }) => n);
      const others = [...before.nodes.values()].filter((n) => n.node.id !== id).map((n) => ({ x: n.x, y: n.y }));
      const spots = fanPositions(origin, around.length, others);
      const placed = [
        ...fresh.filter((n) => n.id === id).map((node) => ({ node, position: { x: origin.x, y: origin.y } })),
        ...around.map((node, i) => ({ node, position: spots[i]! })),
      ];
      let next = addElements(before, placed, page.edges);
      next = setExpansion(next, id, recordPage(previous, scope, page, around.map((n) => n.id)));
      this.store.commit(`expand ${name}`, next);
      this.status.info(expansionNotice(name, around.length, remainingTotal(next.expansions.get(id))));
      if (around.length > 0) await this.settle(next, around.map((n) => n.id));
    } catch (error) {
      this.status.error(`Could not expand ${name}: ${reasonOf(error)} ${adviceFor(error)}`);
    } finally {
      this.expanding.delete(id);
      this.onBusy(id);
    }
  }

  /**
   * Adds a subgraph (a path, a query's graph): new nodes start beside a
   * neighbour already placed (or around the view's centre), then a layout
   * moves only them. Returns the ids added.
   */
  async addGraph(label: string, nodes: CanvasNode[], edges: CanvasEdge[]): Promise<string[]> {
    const before = this.state;
    const fresh = nodes.filter((n, i) => !before.nodes.has(n.id) && nodes.findIndex((m) => m.id === n.id) === i);
    const placedAt = new Map<string, Position>();
    for (const [id, n] of before.nodes) placedAt.set(id, { x: n.x, y: n.y });
    const room = this.graph.room();
    const ring = ringPositions(this.graph.viewportCentre(), fresh.length, 140);
    const linked = new Map<string, string[]>();
    const link = (from: string, to: string) => { (linked.get(from) ?? linked.set(from, []).get(from)!).push(to); };
    for (const e of edges) {
      link(e.source, e.target);
      link(e.target, e.source);
    }
    fresh.forEach((n, i) => {
      const anchor = linked.get(n.id)?.find((id) => placedAt.has(id));
      const spot = anchor ? room.freeSpot(offset(placedAt.get(anchor)!, i)) : ring[i]!;
      if (!anchor) room.take(spot);
      placedAt.set(n.id, spot);
    });
    const next = addElements(before, fresh.map((node) => ({ node, position: placedAt.get(node.id)! })), edges);
    if (next.nodes.size === before.nodes.size && next.edges.size === before.edges.size) return [];
    this.store.commit(label, next);
    if (fresh.length > 0) await this.settle(next, fresh.map((n) => n.id));
    return fresh.map((n) => n.id);
  }

  collapse(id: string): void {
    const gone = collapseSet(this.state, id);
    if (!this.state.expansions.has(id)) {
      this.status.info(`${this.nameOf(id)} has not been expanded: there is nothing to collapse.`);
      return;
    }
    this.store.commit(`collapse ${this.nameOf(id)}`, collapse(this.state, id));
    this.status.info(gone.length > 0
      ? `Removed ${plural(gone.length, 'node')} that expanding ${this.nameOf(id)} had added.`
      : `Everything ${this.nameOf(id)} brought in is linked elsewhere or pinned, so it stays.`);
  }

  hide(ids: string[]): void {
    if (ids.length === 0) return;
    this.store.commit(ids.length === 1 ? `hide ${this.nameOf(ids[0]!)}` : `hide ${ids.length} nodes`, setHidden(this.state, ids, true));
  }

  showHidden(): void {
    const hidden = [...this.state.nodes.values()].filter((n) => n.hidden).map((n) => n.node.id);
    if (hidden.length > 0) this.store.commit(`show ${plural(hidden.length, 'hidden node')}`, setHidden(this.state, hidden, false));
  }

  togglePin(id: string): void {
    const node = this.state.nodes.get(id);
    if (!node) return;
    this.store.commit(`${node.pinned ? 'unpin' : 'pin'} ${node.node.name}`, setPinned(this.state, [id], !node.pinned));
  }

  remove(ids: string[]): void {
    if (ids.length === 0) return;
    this.store.commit(ids.length === 1 ? `remove ${this.nameOf(ids[0]!)}` : `remove ${ids.length} nodes`, removeNodes(this.state, ids));
  }

  moved(positions: Map<string, Position>): void {
    const next = movePositions(this.state, positions);
    if (next !== this.state) this.store.commit('move', next);
  }

  /** Re-runs the chosen layout on everything shown; pinned nodes stay. */
  async relayout(): Promise<void> {
    const started = this.state;
    const run = ++this.layoutRuns;
    const count = started.nodes.size;
    const long = count > FCOSE_BRIEF_ABOVE;
    if (long) this.status.info(`Laying out ${plural(count, 'node')}; the page stays usable meanwhile.`);
    let positions: Map<string, Position> | null;
    try {
      positions = await this.status.during(this.graph.runLayout(started.display.layout, []));
    } catch (error) {
      this.status.error(`Could not lay out the view (${reasonOf(error)}); the nodes stay where they were.`);
      return;
    }
    if (run !== this.layoutRuns) return;
    // A selection made meanwhile keeps the result; other nodes, or nodes moved, make it stale.
    if (!positions || this.state.nodes !== started.nodes) {
      if (long) this.status.info('The view changed while the layout ran, so the nodes stay where they are. Re-run the layout (L) to lay out what is shown now.');
      return;
    }
    const next = movePositions(this.state, positions);
    if (next !== this.state) this.store.commit(`lay out (${started.display.layout})`, next);
    // On a large view the nodes' new places are drawn between frames: the fit moves that picture, not the old one.
    await this.graph.shown();
    this.graph.fit();
  }

  /** A filter change; `live` (a slider being dragged) shows it without an undo step. */
  filter(change: Partial<Filters>, live = false): void {
    const next = setFilters(this.state, change);
    if (live) this.store.live(next);
    else this.store.commit('filter', next);
  }

  display(change: Partial<Display>): void {
    this.store.commit('display', setDisplay(this.state, change));
    if (change.layout) void this.relayout();
  }

  select(id: string | null): void {
    if (this.state.selection !== id) this.store.live({ ...this.state, selection: id });
  }

  clear(): void {
    if (this.state.nodes.size > 0) this.store.commit('clear', { ...emptyState(), filters: this.state.filters, display: this.state.display });
  }

  /**
   * Lays out the nodes just added (old nodes stay where they are) and folds
   * their new places into the same undo step.
   */
  private async settle(committed: ViewState, added: string[]): Promise<void> {
    let positions: Map<string, Position> | null;
    try {
      positions = await this.status.during(this.graph.layoutAdded(added));
    } catch (error) {
      this.status.error(`Could not lay out the new nodes (${reasonOf(error)}); they stay where they were placed.`);
      return;
    }
    if (!positions || this.state.nodes !== committed.nodes) return;
    const next = movePositions(this.state, positions);
    if (next !== this.state) this.store.amend(next);
    this.graph.fitAdded(added);
  }
}

/** A spot beside `p`, turning with `i` so siblings do not stack. */
function offset(p: Position, i: number): Position {
  const angle = (i * 2.4) % (2 * Math.PI);
  return { x: p.x + 110 * Math.cos(angle), y: p.y + 110 * Math.sin(angle) };
}

function expansionNotice(name: string, added: number, hidden: number): string {
  const head = added > 0 ? `Added ${plural(added, 'neighbour')} of ${name}.` : `No new neighbours of ${name} on this page.`;
  return hidden > 0 ? `${head} ${hidden} more not shown yet: right-click the node or see the details panel.` : head;
}
