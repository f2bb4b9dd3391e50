// The explorer's controller: builds the store, the canvas and the panels, and
// wires them. The store holds the view; the canvas and panels redraw from it.
import type { Api } from './api.js';
import { CanvasActions } from './actions.js';
import { Store, type ChangeKind } from './core/store.js';
import type { ViewState } from './core/types.js';
import { IdleTask } from './core/idle.js';
import { GraphView } from './graph/view.js';
import { Inspector } from './inspector.js';
import { DetailsPanel } from './panels/details.js';
import { exportMenuItems } from './panels/export-menu.js';
import { HelpOverlay } from './panels/help.js';
import { PopupMenu } from './panels/menu.js';
import { nodeMenuItems } from './panels/node-menu.js';
import { PathsPanel } from './panels/paths-panel.js';
import { QueryPanel } from './panels/query-panel.js';
import { indexSchema } from './panels/schema-index.js';
import { SearchBox, type SearchElements } from './panels/search.js';
import type { StatusBar } from './panels/status.js';
import { Tabs } from './panels/tabs.js';
import { Toolbar } from './panels/toolbar.js';
import { ViewPanel } from './panels/view-panel.js';
import { restoreView, sharedViewInUrl, UrlSync } from './share.js';
import { commandFor, type Command } from './shortcuts.js';
import type { PathResult, Schema } from './types.js';

/** Nodes and edges from which the legend is counted when the page is idle: ~1 µs an element, 2–14 ms at 5k/10k. */
const LEGEND_LATER_FROM = 3000;

export interface ExplorerElements {
  canvas: HTMLElement;
  emptyState: HTMLElement;
  details: HTMLElement;
  legend: HTMLDetailsElement;
  search: SearchElements;
  tabs: HTMLElement;
  paths: HTMLElement;
  query: HTMLElement;
}

export class Explorer {
  readonly store = new Store();
  readonly graph: GraphView;
  readonly actions: CanvasActions;
  readonly inspector: Inspector;
  private readonly search: SearchBox;
  private readonly viewPanel: ViewPanel;
  private readonly legendLater = new IdleTask();
  private readonly toolbar: Toolbar;
  private readonly tabs: Tabs;
  private readonly paths: PathsPanel;
  private readonly menu = new PopupMenu();
  private readonly help = new HelpOverlay();
  private readonly url = new UrlSync();

  constructor(private readonly api: Api, private readonly schema: Schema, private readonly ui: ExplorerElements, private readonly status: StatusBar) {
    const types = indexSchema(schema);
    this.graph = new GraphView(ui.canvas, schema, {
      onNodeTap: (id) => { this.tabs.select('details'); this.inspector.openNode(id); },
      onEdgeTap: (id) => { this.tabs.select('details'); this.inspector.openEdge(id); },
      onNodeExpand: (id) => void this.actions.expand(id),
      onNodeMenu: (id, at) => this.openMenu(id, at),
      onBackgroundTap: () => { this.actions.select(null); this.inspector.empty(); this.graph.highlight([]); },
      onNodesMoved: (positions) => this.actions.moved(positions),
    });
    this.actions = new CanvasActions(this.store, api, this.graph, status, (id) => this.inspector.nameOf(id), () => this.inspector.refresh());
    this.inspector = new Inspector(api, types, new DetailsPanel(ui.details), this.store, this.graph, this.actions, status);
    this.search = new SearchBox(ui.search, api, types, (hit) => {
      this.inspector.remember(hit);
      this.actions.add(hit);
      this.tabs.select('details');
      void this.inspector.showNode(hit.id);
    });
    this.viewPanel = new ViewPanel(ui.legend, schema, this.actions);
    this.tabs = new Tabs(ui.tabs);
    this.paths = new PathsPanel(ui.paths, api, schema, types, { showPath: (p) => void this.showPath(p), clearHighlight: () => this.graph.highlight([]) });
    new QueryPanel(ui.query, api, {
      showGraph: (g) => void this.actions.addGraph('add query results', g.nodes, g.edges).then((ids) => {
        g.nodes.forEach((n) => this.inspector.remember(n));
        this.status.info(ids.length > 0 ? `Added ${ids.length} entities from the query.` : 'Everything the query found is already on the canvas.');
        this.graph.fit();
      }),
    });
    this.toolbar = new Toolbar({
      undo: () => this.undo(true), redo: () => this.undo(false),
      layout: (layout) => this.actions.display({ layout }), relayout: () => void this.actions.relayout(),
      fit: () => this.graph.fit(), exportItems: () => exportMenuItems(this.graph.cy, () => void this.copyLink(), { api, onError: (m) => status.error(m) }),
      help: () => this.help.toggle(), clear: () => this.clear(),
    }, this.menu);
    this.store.subscribe((state, kind) => this.render(state, kind));
    this.render(this.store.current, 'reset');
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** Opens the view a shared link describes, if the page URL carries one. */
  async restoreFromUrl(): Promise<void> {
    const shared = await sharedViewInUrl();
    if (!shared || shared.nodes.length === 0) return;
    this.status.info(`Opening the shared view (${shared.nodes.length} entities)…`);
    try {
      const { state, missing } = await restoreView(this.api, shared);
      for (const n of state.nodes.values()) this.inspector.remember(n.node);
      this.store.commit('open shared view', state);
      this.graph.fit();
      if (missing.length > 0) this.status.error(`${missing.length} of the shared entities no longer exist (the data may have been reloaded); the rest are shown.`);
      else this.status.info(`Opened the shared view: ${state.nodes.size} entities.`);
      if (state.selection && state.nodes.has(state.selection)) void this.inspector.showNode(state.selection);
    } catch (error) {
      this.status.error(`Could not open the shared view: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private render(state: ViewState, kind: ChangeKind): void {
    const result = this.graph.render(state, kind === 'undo' || kind === 'redo' || kind === 'reset');
    // Counting a large view for the legend (and its dates and communities) costs several ms; it waits for
    // an idle moment rather than lengthen the change's first frame. A small view's legend follows at once.
    if (state.nodes.size + state.edges.size >= LEGEND_LATER_FROM) this.legendLater.schedule(() => this.viewPanel.update(state, result.visible));
    else {
      this.legendLater.cancel();
      this.viewPanel.update(state, result.visible);
    }
    this.toolbar.update(this.store, state.display.layout, state.nodes.size === 0);
    this.ui.emptyState.hidden = state.nodes.size > 0;
    if (state.nodes.size > 1) this.viewPanel.makeRoom();
    this.inspector.refresh();
    this.url.schedule(state);
  }

  /** Draws a path found in the Paths panel and dims everything else. */
  private async showPath(path: PathResult): Promise<void> {
    path.nodes.forEach((n) => this.inspector.remember(n));
    await this.actions.addGraph('show path', path.nodes, path.edges);
    this.graph.highlight([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
    this.graph.fit();
  }

  private openMenu(id: string, at: { x: number; y: number }): void {
    const n = this.store.current.nodes.get(id);
    if (!n) return;
    this.tabs.select('details');
    this.inspector.openNode(id);
    const exp = this.store.current.expansions.get(id);
    const pathEnd = (which: 'from' | 'to') => () => {
      this.paths.setEnd(which, { ...n.node, matched: n.node.name });
      this.tabs.select('paths');
    };
    this.menu.open(nodeMenuItems(this.schema, {
      id, type: n.node.type, expanded: exp !== undefined, pinned: n.pinned,
      relationCounts: this.inspector.relationCounts.get(id) ?? exp?.counts,
      expand: (scope) => void this.actions.expand(id, scope),
      collapse: () => this.actions.collapse(id),
      hide: () => this.actions.hide([id]),
      togglePin: () => this.actions.togglePin(id),
      remove: () => this.actions.remove([id]),
      details: () => void this.inspector.showNode(id),
      pathFrom: pathEnd('from'),
      pathTo: pathEnd('to'),
    }), at, `Actions for ${n.node.name}`);
  }

  private async copyLink(): Promise<void> {
    const link = await this.url.flush(this.store.current);
    try {
      await navigator.clipboard.writeText(link);
      this.status.info('Link copied: it reopens this view, with its filters and layout.');
    } catch {
      this.status.info('The link to this view is now in the address bar: copy it from there.');
    }
  }

  private undo(back: boolean): void {
    const label = back ? this.store.undoLabel : this.store.redoLabel;
    if (back ? this.store.undo() : this.store.redo()) this.status.info(`${back ? 'Undid' : 'Redid'} ${label}.`);
  }

  private clear(): void {
    this.actions.clear();
    this.inspector.empty();
    this.search.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const t = e.target;
    const typing = (t instanceof HTMLInputElement && !['checkbox', 'range', 'radio'].includes(t.type))
      || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
    if (this.menu.isOpen || (this.help.isOpen && e.key !== '?')) return;
    const command = commandFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, typing });
    if (!command) return;
    e.preventDefault();
    this.run(command);
  }

  private run(command: Command): void {
    const selected = this.store.current.selection;
    const node = selected && this.store.current.nodes.has(selected) ? selected : null;
    const on = (f: (id: string) => void) => (node ? f(node) : this.status.info('Select a node first: click it on the canvas.'));
    switch (command) {
      case 'search': return this.search.focus();
      case 'help': return this.help.toggle();
      case 'undo': return this.undo(true);
      case 'redo': return this.undo(false);
      case 'expand': return on((id) => void this.actions.expand(id));
      case 'collapse': return on((id) => this.actions.collapse(id));
      case 'hide': return on((id) => this.actions.hide([id]));
      case 'show-hidden': return this.actions.showHidden();
      case 'pin': return on((id) => this.actions.togglePin(id));
      case 'remove': return on((id) => this.actions.remove([id]));
      case 'menu': return on((id) => this.openMenu(id, this.graph.pagePoint(id) ?? { x: 200, y: 200 }));
      case 'relayout': return void this.actions.relayout();
      case 'fit': return this.graph.fit();
      case 'escape':
        this.actions.select(null);
        this.graph.highlight([]);
        return;
    }
  }
}
