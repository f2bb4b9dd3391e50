// The explorer's controller: wires the search, the canvas and the panels
// together and keeps what the session has learned (names of every node seen,
// how far each node has been expanded).
import type { Api } from './api.js';
import { adviceFor, reasonOf } from './panels/advice.js';
import { hiddenTotal } from './graph/elements.js';
import { GraphView } from './graph/view.js';
import { DetailsPanel } from './panels/details.js';
import { renderEdgeDetails, type Endpoint } from './panels/edge-details.js';
import { plural } from './panels/format.js';
import { renderLegend, type Legend } from './panels/legend.js';
import { renderNodeDetails, type Expansion, type NodeDetailsView } from './panels/node-details.js';
import { indexSchema, type SchemaIndex } from './panels/schema-index.js';
import { SearchBox, type SearchElements } from './panels/search.js';
import type { StatusBar } from './panels/status.js';
import type { EdgeDetail, GraphNode, Schema, SearchHit } from './types.js';

export const EXPLORER_DEFAULTS = {
  /** Neighbours fetched per expansion; the rest are counted as hidden and fetched on demand. */
  neighborPage: 25,
} as const;

export interface ExplorerElements {
  canvas: HTMLElement;
  emptyState: HTMLElement;
  details: HTMLElement;
  legend: HTMLDetailsElement;
  search: SearchElements;
  fitButton: HTMLButtonElement;
  clearButton: HTMLButtonElement;
}

export class Explorer {
  readonly graph: GraphView;
  private readonly types: SchemaIndex;
  private readonly details: DetailsPanel;
  private readonly search: SearchBox;
  private readonly legend: Legend;
  /** Every node any answer has named, so edges can name their ends. */
  private readonly known = new Map<string, GraphNode>();
  private readonly expansions = new Map<string, Expansion>();
  private readonly expanding = new Set<string>();
  private nodeView: { id: string; view: NodeDetailsView } | undefined;

  constructor(private readonly api: Api, schema: Schema, private readonly ui: ExplorerElements, private readonly status: StatusBar) {
    this.types = indexSchema(schema);
    this.details = new DetailsPanel(ui.details);
    this.graph = new GraphView(ui.canvas, schema, {
      onNodeTap: (id) => void this.openNode(id),
      onEdgeTap: (id) => void this.openEdge(id),
      onNodeExpand: (id) => void this.expand(id),
      onBackgroundTap: () => this.details.empty(),
      onCountChange: (n) => this.onCountChange(n),
    });
    this.search = new SearchBox(ui.search, api, this.types, (hit) => this.pick(hit));
    this.legend = renderLegend(ui.legend, schema);
    ui.fitButton.addEventListener('click', () => this.graph.fit());
    ui.clearButton.addEventListener('click', () => this.clear());
    document.addEventListener('keydown', (e) => this.onShortcut(e));
  }

  /** A search suggestion was chosen: put it on the canvas, centre it, show its details. */
  pick(hit: SearchHit): void {
    this.remember(hit);
    this.graph.showEntity(hit);
    void this.openNode(hit.id);
  }

  async openNode(id: string): Promise<void> {
    // A second tap (or the taps of a double-click) on the node already shown fetches nothing.
    if (this.details.isShowing('node', id)) return;
    this.nodeView = undefined;
    const name = this.known.get(id)?.name;
    const detail = await this.details.load({ kind: 'node', id }, name ? `“${name}”` : 'the entity', (signal) => this.api.node(id, signal), (d) => {
      this.remember(d.node, ...d.neighbors);
      const view = renderNodeDetails(d, {
        types: this.types,
        expansion: this.expansions.get(id),
        onExpand: (nodeId) => void this.expand(nodeId),
        onOpenEdge: (edge, other) => this.openEdgeFrom(id, edge, other),
      });
      this.nodeView = { id, view };
      return view.root;
    });
    // Relations to nodes already on the canvas are drawn at once: no dangling edge is possible.
    if (detail) this.graph.linkKnown(detail.edges);
  }

  async openEdge(id: string): Promise<void> {
    if (this.details.isShowing('edge', id)) return;
    this.nodeView = undefined;
    await this.details.load({ kind: 'edge', id }, 'the relation', (signal) => this.api.edge(id, signal), (edge) => this.edgeView(edge));
  }

  /** Expands a node: fetches its next page of neighbours and adds it around the node. */
  async expand(id: string): Promise<void> {
    if (this.expanding.has(id)) return;
    const previous = this.expansions.get(id);
    const name = this.known.get(id)?.name ?? id;
    if (previous && hiddenTotal(previous.hidden) === 0) {
      this.status.info(`All ${plural(previous.total, 'neighbour')} of ${name} are already on the canvas.`);
      return;
    }
    this.expanding.add(id);
    this.refreshNeighborhood(id);
    try {
      const offset = previous?.loaded ?? 0;
      const page = await this.api.neighbors(id, { limit: EXPLORER_DEFAULTS.neighborPage, offset });
      this.remember(page.center, ...page.nodes);
      const added = this.graph.addNeighborhood(page);
      const expansion = { loaded: offset + page.nodes.length, total: page.total, hidden: page.hidden };
      this.expansions.set(id, expansion);
      this.graph.markExpanded(id, hiddenTotal(page.hidden));
      this.status.info(expansionNotice(name, added, expansion));
    } catch (error) {
      this.status.error(`Could not expand ${name}: ${reasonOf(error)} ${adviceFor(error)}`);
    } finally {
      this.expanding.delete(id);
      this.refreshNeighborhood(id);
    }
  }

  clear(): void {
    this.graph.clear();
    this.expansions.clear();
    this.details.empty();
    this.search.focus();
  }

  /** An edge chosen in a node's relation list: draw it (with its far end) and show it. */
  private openEdgeFrom(fromId: string, edge: EdgeDetail, other: GraphNode | undefined): void {
    const from = this.known.get(fromId);
    if (other && from && this.graph.has(fromId)) this.graph.addAround(from, [other], [edge]);
    this.graph.selectEdge(edge.id);
    this.nodeView = undefined;
    this.details.show({ kind: 'edge', id: edge.id }, this.edgeView(edge));
  }

  private edgeView(edge: EdgeDetail): HTMLElement {
    return renderEdgeDetails(edge, {
      types: this.types,
      endpoint: (id) => this.endpoint(id),
      onOpenNode: (id) => {
        this.graph.focus(id);
        void this.openNode(id);
      },
    });
  }

  private endpoint(id: string): Endpoint {
    const node = this.known.get(id) ?? this.graph.summary(id);
    return node ? { id, name: node.name, type: node.type } : { id };
  }

  private refreshNeighborhood(id: string): void {
    if (this.nodeView?.id === id && this.details.isShowing('node', id)) {
      this.nodeView.view.setExpansion(this.expansions.get(id), this.expanding.has(id));
    }
  }

  private onCountChange(nodes: number): void {
    this.ui.emptyState.hidden = nodes > 0;
    // Once exploring starts, fitted graphs reach the corner the legend sits in.
    if (nodes > 1) this.legend.makeRoom();
  }

  private remember(...nodes: GraphNode[]): void {
    for (const node of nodes) this.known.set(node.id, node);
  }

  private onShortcut(e: KeyboardEvent): void {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      this.search.focus();
    }
  }
}

function expansionNotice(name: string, added: number, expansion: Expansion): string {
  if (expansion.total === 0) return `${name} has no neighbours.`;
  const hidden = hiddenTotal(expansion.hidden);
  const head = added > 0 ? `Added ${plural(added, 'neighbour')} of ${name}.` : `The neighbours of ${name} were already on the canvas.`;
  return hidden > 0 ? `${head} ${hidden} more not shown yet: see the details panel.` : head;
}
