// The graph canvas: one Cytoscape instance, what is on it, and the gestures on
// it (tap a node or edge to inspect it, double-tap a node to expand it).
import cytoscape, { type Core, type EventObject, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdge, GraphNode, Neighborhood, Schema } from '../types.js';
import {
  additions, edgeElement, nodeElement, relationLabels, ringPositions, type RelationLabels,
} from './elements.js';
import { startLayout, type RunningLayout } from './layout.js';
import { buildStylesheet } from './style.js';

cytoscape.use(fcose);

export interface GraphHandlers {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onNodeExpand(id: string): void;
  onBackgroundTap(): void;
  /** The number of nodes on the canvas changed. */
  onCountChange(nodes: number): void;
}

/** What the canvas knows about a node, enough to name it. */
export interface NodeSummary {
  id: string;
  name: string;
  type: string;
}

const VIEW = {
  /** Zoom never goes past this when fitting or centring, so a lone node is not huge. */
  maxFitZoom: 1.4,
  /** Padding in pixels around the graph when fitting. */
  fitPadding: 48,
  /** A node this close to a new one's spot pushes the new one aside. */
  minGap: 70,
} as const;

export class GraphView {
  readonly cy: Core;
  private readonly labels: RelationLabels;
  private layout: RunningLayout | undefined;

  constructor(container: HTMLElement, schema: Schema, private readonly handlers: GraphHandlers) {
    this.labels = relationLabels(schema);
    this.cy = cytoscape({
      container,
      style: buildStylesheet(schema),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.bindEvents();
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  summary(id: string): NodeSummary | undefined {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.isNode()) return undefined;
    return { id, name: String(node.data('name')), type: String(node.data('type')) };
  }

  /** Puts an entity on the canvas (if absent), selects it and centres the view on it. */
  showEntity(entity: GraphNode): void {
    if (!this.has(entity.id)) {
      this.cy.add(nodeElement(entity, this.freeSpot(this.viewportCentre())));
      this.changed();
    }
    this.focus(entity.id);
  }

  focus(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.elements(':selected').unselect();
    node.select();
    this.cy.animate({ center: { eles: node }, zoom: Math.min(Math.max(this.cy.zoom(), 1), VIEW.maxFitZoom) }, { duration: 300 });
  }

  selectEdge(id: string): void {
    const edge = this.cy.getElementById(id);
    if (edge.empty()) return;
    this.cy.elements(':selected').unselect();
    edge.select();
  }

  /** Adds a page of neighbours around its centre and lays the graph out; returns how many neighbours were new. */
  addNeighborhood(page: Neighborhood): number {
    return this.addAround(page.center, page.nodes, page.edges);
  }

  /**
   * Adds nodes around `centre` (added too when absent) with the edges among
   * them and the canvas, starts them on a ring beside it, and runs the layout.
   */
  addAround(centre: GraphNode, nodes: GraphNode[], edges: GraphEdge[]): number {
    const add = additions(this.presentIds(), [centre, ...nodes], edges);
    const centreIsNew = add.nodes.some((n) => n.id === centre.id);
    const origin = centreIsNew ? this.freeSpot(this.viewportCentre()) : (this.cy.getElementById(centre.id) as NodeSingular).position();
    const around = add.nodes.filter((n) => n.id !== centre.id);
    const spots = ringPositions(origin, around.length);
    this.cy.batch(() => {
      if (centreIsNew) this.cy.add(nodeElement(centre, origin));
      around.forEach((n, i) => this.cy.add(nodeElement(n, spots[i])));
      this.cy.add(add.edges.map((e) => edgeElement(e, this.labels)));
    });
    if (add.nodes.length > 0) this.changed();
    if (add.nodes.length > 0 || add.edges.length > 0) void this.relayout(this.cy.getElementById(centre.id) as NodeSingular);
    return around.length;
  }

  /** Adds the edges among nodes already on the canvas, e.g. those a node's details reveal. */
  linkKnown(edges: GraphEdge[]): void {
    const add = additions(this.presentIds(), [], edges);
    if (add.edges.length > 0) this.cy.add(add.edges.map((e) => edgeElement(e, this.labels)));
  }

  /** Marks a node as expanded; `hidden` neighbours still not shown are counted in its label. */
  markExpanded(id: string, hidden: number): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    node.addClass('expanded');
    const name = String(node.data('name'));
    node.data('label', hidden > 0 ? `${name} (+${hidden})` : name);
  }

  fit(): void {
    if (this.cy.nodes().empty()) return;
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: VIEW.fitPadding } }, {
      duration: 300,
      complete: () => {
        if (this.cy.zoom() > VIEW.maxFitZoom) this.cy.zoom({ level: VIEW.maxFitZoom, renderedPosition: this.renderedCentre() });
      },
    });
  }

  clear(): void {
    this.cy.elements().remove();
    this.changed();
  }

  private async relayout(anchor: NodeSingular): Promise<void> {
    // Two fcose runs at once pull the same nodes two ways; the newer one wins.
    this.layout?.stop();
    const layout = startLayout(this.cy, anchor);
    this.layout = layout;
    await layout.done;
    if (this.layout === layout) {
      this.layout = undefined;
      this.fit();
    }
  }

  private bindEvents(): void {
    const { cy, handlers } = this;
    cy.on('tap', 'node', (e: EventObject) => handlers.onNodeTap(e.target.id()));
    cy.on('tap', 'edge', (e: EventObject) => handlers.onEdgeTap(e.target.id()));
    cy.on('dbltap', 'node', (e: EventObject) => handlers.onNodeExpand(e.target.id()));
    cy.on('tap', (e: EventObject) => { if (e.target === cy) handlers.onBackgroundTap(); });
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      e.target.addClass('hover');
      cy.container()?.classList.add('is-pointing');
    });
    cy.on('mouseout', 'node, edge', (e: EventObject) => {
      e.target.removeClass('hover');
      cy.container()?.classList.remove('is-pointing');
    });
  }

  private presentIds(): Set<string> {
    return new Set(this.cy.elements().map((e) => e.id()));
  }

  private changed(): void {
    this.handlers.onCountChange(this.cy.nodes().length);
  }

  private viewportCentre(): Position {
    const { x1, x2, y1, y2 } = this.cy.extent();
    return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  }

  private renderedCentre(): Position {
    return { x: this.cy.width() / 2, y: this.cy.height() / 2 };
  }

  /** The nearest spot to `wanted` (stepping right) that no node crowds. */
  private freeSpot(wanted: Position): Position {
    const spot = { ...wanted };
    const positions = this.cy.nodes().map((n) => n.position());
    const crowded = () => positions.some((p) => Math.hypot(p.x - spot.x, p.y - spot.y) < VIEW.minGap);
    for (let i = 0; i < 50 && crowded(); i++) spot.x += VIEW.minGap;
    return spot;
  }
}
