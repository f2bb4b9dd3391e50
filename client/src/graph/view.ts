// The graph canvas: one Cytoscape instance drawn from the view state, the
// camera, layouts, and the gestures on it (tap, double-tap, right-click or
// long-press, drag). It reports gestures; it never changes the state itself.
import cytoscape, { type Core, type EdgeSingular, type EventObject, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName, ViewState } from '../core/types.js';
import type { Schema } from '../types.js';
import { relationLabels, type RelationLabels } from './elements.js';
import { animateTo, EXPAND_LAYOUT, type RunningLayout } from './layout.js';
import { placesOf, prepareJob, workerLayouts } from './layout-runner.js';
import { whenIdle } from '../core/idle.js';
import { movePositions } from '../core/state.js';
import { onlyPlacesChanged } from '../core/diff.js';
import { lightRendering, rendererOptions, snapshotWhileMoving } from './renderer.js';
import { buildStylesheet, type StyleOptions } from './style.js';
import { ChunkRunner } from './frames.js';
import { holdDrawing } from './hold.js';
import { Reveal } from './reveal.js';
import { installCulling } from './cull.js';
import type { Ele as DrawnEle } from './canvas-renderer.js';
import { fastGrabLists } from './grab-lists.js';
import { fastZSort } from './z-sort.js';
import { watchOrder } from './z-keys.js';
import { skipUnkeyedHints } from './style-hints.js';
import { skipSnapshotBounds, snapshotAtCanvasResolution, warmGestureCanvases } from './gesture-start.js';
import { HoverTip } from './hover-tip.js';
import { applySelection, planSync, type SyncResult } from './sync.js';
import { Room } from './room.js';
import { fitBox, fitTo, focusOn, shownNodesBox, showAdded } from './camera.js';

cytoscape.use(fcose);

export interface GraphHandlers {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onNodeExpand(id: string): void;
  /** Right-click or long-press on a node; `at` is in page coordinates. */
  onNodeMenu(id: string, at: Position): void;
  onBackgroundTap(): void;
  /** The user dragged nodes to new places. */
  onNodesMoved(positions: Map<string, Position>): void;
}

/** What the canvas knows about a node, enough to name it. */
export interface NodeSummary {
  id: string;
  name: string;
  type: string;
}

export const VIEW = {
  /** A node this close to a new one's spot pushes the new one aside. */
  minGap: 70,
  /**
   * From this many nodes the light style takes over (the 1k/2k view is a large one); below
   * `lightOff` it goes back (no flicker at the edge).
   */
  lightOn: 1000,
  lightOff: 900,
  /** Past this many nodes a pan or zoom moves a snapshot; below `snapshotOff` it goes back. */
  snapshotOn: 400,
  snapshotOff: 350,
} as const;

export class GraphView {
  readonly cy: Core;
  private readonly labels: RelationLabels;
  private layout: RunningLayout | undefined;
  /** The latest runLayout call: an older one waiting for the canvas gives way. */
  private layoutToken: object | undefined;
  private style: StyleOptions = { light: false };
  /** Whether a pan or zoom moves a snapshot of the canvas (see `snapshotWhileMoving`). */
  private snapshot = false;
  /** Applies large changes over several frames. */
  readonly frames = new ChunkRunner();
  /** Shows the elements a large change added over the frames after it (see hold.ts). */
  readonly reveal: Reveal;
  /** The last state rendered and what it showed (its visibility), for a selection-only change. */
  private drawn: { state: ViewState; result: SyncResult } | undefined;
  /** Names what the pointer is over on a large view, without restyling the canvas. */
  private readonly tip: HoverTip;
  /** Skips off-screen elements cheaply when the canvas draws (undefined where the renderer draws otherwise). */
  readonly culling: ReturnType<typeof installCulling>;
  /** Works layouts out in a worker, so that a long one leaves the page usable. */
  private readonly layouts = workerLayouts();

  constructor(container: HTMLElement, private readonly schema: Schema, private readonly handlers: GraphHandlers) {
    this.labels = relationLabels(schema);
    this.cy = cytoscape({
      container,
      // The typings predate the WebGL renderer option (Cytoscape 3.31).
      ...({ renderer: rendererOptions() } as object),
      style: buildStylesheet(schema, this.style),
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    const renderer = (this.cy as unknown as { renderer: () => object }).renderer();
    this.culling = installCulling(renderer);
    skipSnapshotBounds(renderer);
    snapshotAtCanvasResolution(renderer);
    warmGestureCanvases(renderer);
    fastGrabLists(renderer);
    fastZSort(renderer, undefined, watchOrder(this.cy, renderer));
    skipUnkeyedHints(this.cy);
    this.reveal = new Reveal(this.cy);
    // The grid holds Cytoscape's elements, which the picture draws.
    this.reveal.near = (box) => this.culling?.within(box) as unknown as ArrayLike<DrawnEle> | undefined;
    this.tip = new HoverTip(container);
    this.bindEvents();
    whenIdle(() => this.layouts.prepare(), 2000);
  }

  /**
   * Draws a state. Positions move only when the state, not a layout, says where
   * nodes are. A large change is spread over frames (see `applied`); a newer
   * state cancels what is left of an older one and diffs from what is drawn.
   */
  render(state: ViewState, movePositions: boolean): SyncResult {
    const last = this.drawn;
    if (last && !movePositions && !this.frames.busy && onlyPlacesChanged(last.state, state)) {
      // A click, or the places a drag left on the canvas: diffing thousands of elements for
      // that would cost a long task on a large view, and the canvas already shows it.
      if (last.state.selection !== state.selection) applySelection(this.cy, state.selection);
      this.drawn = { state, result: last.result };
      return last.result;
    }
    if (movePositions) this.newLayoutRun();
    const count = state.nodes.size;
    const light = count >= VIEW.lightOn || (this.style.light && count > VIEW.lightOff);
    const snapshot = count > VIEW.snapshotOn || (this.snapshot && count > VIEW.snapshotOff);
    if (snapshot !== this.snapshot) snapshotWhileMoving(this.cy, (this.snapshot = snapshot));
    const restyle = light !== this.style.light;
    const next: StyleOptions = { light };
    // Going light: before adding, so new elements are styled once, cheaply. Going back: after removing.
    if (restyle && light) {
      this.setStyle(next);
      // A large view names hovered elements in a tooltip; a hover class left from before would restyle later.
      this.cy.$('.hover').removeClass('hover');
    }
    // What the canvas shows, when all of it is applied: the plan then touches only what differs.
    const drawn = last && !this.frames.busy ? { state: last.state, visible: last.result.visible } : undefined;
    const { steps, addedEdges, ...result } = planSync(this.cy, state, this.labels, movePositions, drawn);
    if (restyle && !light) steps.push({ size: 1, run: () => this.setStyle(next) });
    void this.frames.run(steps, (work) => this.cy.batch(work), () => holdDrawing(this.cy, this.reveal, result.added, addedEdges));
    this.drawn = { state, result: { ...result, added: [], removed: 0 } };
    return result;
  }

  /** Settles once the canvas shows the last state rendered (at once unless a large change is being applied). */
  async applied(): Promise<void> {
    while (this.frames.busy || this.reveal.busy) {
      if (this.frames.busy) await this.frames.done;
      else await this.reveal.done;
    }
  }

  /**
   * Settles once the screen shows the last state rendered: applied, and on a large view its picture drawn
   * again, a slice at a time between frames (or after `capMs`, should no frame be drawn, in a hidden tab).
   */
  async shown(capMs = 3000): Promise<void> {
    await this.applied();
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.reveal.shown(), new Promise<void>((resolve) => { timer = setTimeout(resolve, capMs); })]);
    clearTimeout(timer);
  }

  private setStyle(options: StyleOptions): void {
    this.style = options;
    this.cy.style(buildStylesheet(this.schema, options));
    lightRendering(this.cy, options.light);
  }

  get isLight(): boolean {
    return this.style.light;
  }

  has(id: string): boolean {
    return this.cy.hasElementWithId(id);
  }

  summary(id: string): NodeSummary | undefined {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.isNode()) return undefined;
    return { id, name: String(node.data('name')), type: String(node.data('type')) };
  }

  /**
   * Lays out the visible graph; nodes in `keep` (and pinned ones) stay where
   * they are. Resolves with every node's place, or null if a newer run took over.
   */
  async runLayout(name: ViewState['display']['layout'], keep: Iterable<string>): Promise<Map<string, Position> | null> {
    const token = this.newLayoutRun();
    await this.applied();
    if (this.layoutToken !== token) return null;
    // One pass over plain arrays: selectors and filters on collections of 15,000 elements took ~55 ms.
    const nodes: NodeSingular[] = [];
    const edges: EdgeSingular[] = [];
    const fixed = new Set(keep);
    this.cy.nodes().forEach((n) => { if (!n.hasClass('off')) nodes.push(n); if (n.hasClass('pinned')) fixed.add(n.id()); });
    if (nodes.length < 2 || nodes.every((n) => fixed.has(n.id()))) return this.positions();
    this.cy.edges().forEach((e) => { if (!e.hasClass('off')) edges.push(e); });
    const places = await this.computePlaces(token, name, nodes, edges, fixed);
    if (!places) return null;
    if (places.size >= VIEW.lightOn) {
      // Thousands of nodes moving in every frame of an animation would each be a long task:
      // the view goes to its new places as an undo does, a few at a time over frames.
      this.render(movePositions(this.drawn!.state, places), true);
      await this.applied();
      return this.positions();
    }
    return this.settle(animateTo(this.cy.nodes().not('.off'), places));
  }

  /**
   * After an expansion or an added subgraph: the new nodes already stand at
   * their fan places. A few of them are laid out briefly with the old nodes
   * they link to held fixed; many keep the fan (a layout would cost seconds).
   * On a large view all keep it: they are drawn at once into the picture shown,
   * and a move after that would leave them drawn where they were until the whole
   * view is drawn again (a glide instead drew every node in each frame: 20-130 ms
   * a frame at 5k/10k). Resolves with the places of the nodes laid out (none when
   * they keep the fan), or null if a newer run took over.
   */
  async layoutAdded(added: readonly string[]): Promise<Map<string, Position> | null> {
    const token = this.newLayoutRun();
    await this.applied();
    if (this.layoutToken !== token) return null;
    if (this.style.light) return new Map();
    const { cy } = this;
    const wanted = new Set(added);
    const fresh = cy.nodes().filter((n: NodeSingular) => wanted.has(n.id()) && !n.hasClass('off'));
    if (fresh.empty() || fresh.length > EXPAND_LAYOUT.maxNodes) return new Map();
    const nodes = fresh.union(fresh.neighborhood().nodes().not('.off'));
    const edges = nodes.connectedEdges().not('.off').filter((e) => nodes.contains((e as EdgeSingular).source()) && nodes.contains((e as EdgeSingular).target()));
    const fixed = new Set(nodes.filter((n: NodeSingular) => !wanted.has(n.id()) || n.hasClass('pinned')).map((n: NodeSingular) => n.id()));
    const places = await this.computePlaces(token, 'expand', nodes.toArray() as NodeSingular[], edges.toArray() as EdgeSingular[], fixed);
    if (!places) return null;
    return this.settle(animateTo(nodes, places, 0));
  }

  /** Stops the layout under way, if any, and starts a new run, which any later run or undo ends. */
  private newLayoutRun(): object {
    this.layout?.stop();
    this.layout = undefined;
    const token = {};
    this.layoutToken = token;
    return token;
  }

  /**
   * New places for `nodes`, worked out off the page's thread; null if a newer run took over,
   * or the nodes on the canvas changed meanwhile (the places would be for a graph no longer shown).
   */
  private async computePlaces(token: object, layout: LayoutName | 'expand', nodes: readonly NodeSingular[], edges: readonly EdgeSingular[], fixed: ReadonlySet<string>): Promise<Map<string, Position> | null> {
    const drawn = this.drawn?.state.nodes;
    const prepared = await prepareJob(layout, nodes, edges, fixed, { w: this.cy.width(), h: this.cy.height() });
    if (this.layoutToken !== token) return null;
    const result = await this.layouts(prepared.job);
    if (!result || this.layoutToken !== token || this.drawn?.state.nodes !== drawn) return null;
    return placesOf(prepared, result);
  }

  /** Waits for the nodes to reach their places; null if something else moved them first. */
  private async settle(layout: RunningLayout): Promise<Map<string, Position> | null> {
    this.layout = layout;
    await layout.done;
    if (this.layout !== layout) return null;
    this.layout = undefined;
    return this.positions();
  }

  positions(): Map<string, Position> {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  focus(id: string): void {
    focusOn(this.cy, id);
  }

  fit(): void {
    // The nodes' boxes: edges run between them (measuring 10,000 edges as well took 40-75 ms at 5k/10k).
    // A large view's are taken from places and sizes alone (camera.ts).
    if (!this.style.light) return fitTo(this.cy, this.cy.nodes().not('.off'));
    const box = shownNodesBox(this.cy);
    if (box) fitBox(this.cy, box);
  }

  /** Shows nodes just added: a small view is fitted whole, a large one moved only if need be (camera.ts). */
  fitAdded(ids: readonly string[]): void {
    if (this.style.light) showAdded(this.cy, ids);
    else this.fit();
  }

  /** Dims everything but `ids` (a chosen path); an empty list lifts the dimming. */
  highlight(ids: string[]): void {
    const keep = new Set(ids);
    this.cy.batch(() => {
      // Only those that have them: Cytoscape restyles every element it is asked to remove a class from.
      this.cy.$('.dimmed, .highlight').removeClass('dimmed highlight');
      if (keep.size === 0) return;
      this.cy.elements().forEach((e) => { e.addClass(keep.has(e.id()) ? 'highlight' : 'dimmed'); });
    });
  }

  viewportCentre(): Position {
    const { x1, x2, y1, y2 } = this.cy.extent();
    return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  }

  /** The places of the nodes on the canvas, among which new nodes find free spots. */
  room(): Room {
    // From the canvas's own list: cy.nodes() builds a collection of them first (~4 ms at 5k/10k).
    const all = (this.cy as unknown as { mutableElements(): ArrayLike<NodeSingular> }).mutableElements();
    const places: Position[] = [];
    for (let i = 0; i < all.length; i++) if (all[i]!.isNode()) places.push(all[i]!.position());
    return new Room(VIEW.minGap, places);
  }

  /** The nearest spot to `wanted` (stepping right) that no node crowds. */
  freeSpot(wanted: Position): Position {
    return this.room().freeSpot(wanted);
  }

  /** A node's place on screen, in page coordinates (for menus). */
  pagePoint(id: string): Position | undefined {
    const node = this.cy.getElementById(id) as NodeSingular;
    if (node.empty()) return undefined;
    const box = this.cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  private bindEvents(): void {
    const { cy, handlers } = this;
    // Cytoscape's own work on a mouse-up (hit test, selection, releasing the drag layer) passes over every
    // element: ~20 ms on a large view. What a tap does in the app (the store, the details panel) follows in a
    // task of its own, so the two never add up to one long task; Cytoscape shows the selection meanwhile.
    const later = (run: () => void) => { setTimeout(run, 0); };
    cy.on('tap', 'node', (e: EventObject) => { const id = e.target.id(); later(() => handlers.onNodeTap(id)); });
    cy.on('tap', 'edge', (e: EventObject) => { const id = e.target.id(); later(() => handlers.onEdgeTap(id)); });
    cy.on('dbltap', 'node', (e: EventObject) => { const id = e.target.id(); later(() => handlers.onNodeExpand(id)); });
    cy.on('tap', (e: EventObject) => { if (e.target === cy) later(() => handlers.onBackgroundTap()); });
    // Right-click with a mouse, long-press on touch.
    cy.on('cxttap taphold', 'node', (e: EventObject) => {
      const box = cy.container()!.getBoundingClientRect();
      const p = e.renderedPosition ?? e.target.renderedPosition();
      handlers.onNodeMenu(e.target.id(), { x: box.left + p.x, y: box.top + p.y });
    });
    cy.on('dragfree', 'node', (e: EventObject) => {
      // Dragging a selected node moves the whole selection; report every node it moved.
      const moved = e.target.selected() ? cy.nodes(':selected') : e.target;
      handlers.onNodesMoved(new Map(moved.map((n: NodeSingular) => [n.id(), { ...n.position() }])));
    });
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      // Not while a button is held (the view being dragged): a restyle would cost a full redraw mid-pan.
      if (((e.originalEvent as MouseEvent | undefined)?.buttons ?? 0) !== 0) return;
      this.pointing(true);
      // On a large view a restyle redraws thousands of elements; a tooltip names the element instead
      // (its label is hidden when zoomed out anyway).
      if (this.style.light) this.tip.show(e.target, e.renderedPosition);
      else e.target.addClass('hover');
    });
    cy.on('mouseout', 'node, edge', (e: EventObject) => {
      // Cytoscape restyles (and redraws) on removing a class even when the element lacks it.
      if (!e.target.removed() && e.target.hasClass('hover')) e.target.removeClass('hover');
      this.tip.hide();
      this.pointing(false);
    });
    cy.on('viewport remove', () => this.tip.hide());
    // The browser's own menu would cover ours.
    cy.container()?.addEventListener('contextmenu', (e) => e.preventDefault());
  }

  /**
   * The pointer cursor over an element. Set on the container's parent: Cytoscape
   * treats any attribute change on its container as a resize and redraws everything.
   */
  private pointing(on: boolean): void {
    this.cy.container()?.parentElement?.classList.toggle('is-pointing', on);
  }
}
