// What the details panel shows and how it reacts: a node (with its paging
// "+N more"), an edge with its evidence, a source document with its mentions.
import type { Api } from './api.js';
import type { CanvasActions } from './actions.js';
import { loadedCount, remaining, totalCount } from './core/expansion.js';
import { addElements } from './core/state.js';
import type { Store } from './core/store.js';
import type { CanvasNode } from './core/types.js';
import type { GraphView } from './graph/view.js';
import { adviceFor, reasonOf } from './panels/advice.js';
import type { DetailsPanel } from './panels/details.js';
import { renderDocument } from './panels/document-view.js';
import { renderEdgeDetails, type Endpoint } from './panels/edge-details.js';
import { renderNodeDetails, type Expansion, type NodeDetailsView } from './panels/node-details.js';
import type { SchemaIndex } from './panels/schema-index.js';
import type { StatusBar } from './panels/status.js';
import type { EdgeDetail, GraphNode } from './types.js';

export class Inspector {
  /** Every node any answer has named, so edges can name their ends. */
  readonly known = new Map<string, GraphNode>();
  /** Neighbours per relation type from each node's details, for the menu's counts. */
  readonly relationCounts = new Map<string, Record<string, number>>();
  private nodeView: { id: string; view: NodeDetailsView } | undefined;

  constructor(
    private readonly api: Api,
    private readonly types: SchemaIndex,
    private readonly details: DetailsPanel,
    private readonly store: Store,
    private readonly graph: GraphView,
    private readonly actions: CanvasActions,
    private readonly status: StatusBar,
  ) {}

  nameOf(id: string): string {
    return this.known.get(id)?.name ?? this.graph.summary(id)?.name ?? id;
  }

  remember(...nodes: GraphNode[]): void {
    for (const node of nodes) this.known.set(node.id, node);
  }

  empty(): void {
    this.nodeView = undefined;
    this.details.empty();
  }

  /** A node was tapped: select it and show its details. */
  openNode(id: string): void {
    this.actions.select(id);
    void this.showNode(id);
  }

  async showNode(id: string): Promise<void> {
    // A second tap (or the taps of a double-click) on the node already shown fetches nothing.
    if (this.details.isShowing('node', id)) return;
    this.nodeView = undefined;
    const name = this.known.get(id)?.name;
    await this.details.load({ kind: 'node', id }, name ? `“${name}”` : 'the entity', (signal) => this.api.node(id, signal), (d) => {
      this.remember(d.node, ...d.neighbors);
      const counts: Record<string, number> = {};
      for (const e of d.edges) counts[e.type] = (counts[e.type] ?? 0) + 1;
      const byType = (d as { degreeByType?: Record<string, number> }).degreeByType;
      this.relationCounts.set(id, byType && Object.keys(byType).length > 0 ? byType : counts);
      const view = renderNodeDetails(d, {
        types: this.types,
        expansion: this.expansionOf(id),
        onExpand: (nodeId) => void this.actions.expand(nodeId),
        onExpandRelation: (nodeId, type) => void this.actions.expand(nodeId, { kind: 'relation', type }),
        onOpenEdge: (edge, other) => this.openEdgeFrom(id, edge, other),
      });
      this.nodeView = { id, view };
      return view.root;
    });
  }

  openEdge(id: string): void {
    this.actions.select(id);
    if (this.details.isShowing('edge', id)) return;
    this.nodeView = undefined;
    void this.details.load({ kind: 'edge', id }, 'the relation', (signal) => this.api.edge(id, signal), (edge) => this.edgeView(edge));
  }

  /** Redraws the neighbourhood section of the node shown, after an expansion or an undo. */
  refresh(): void {
    const shown = this.nodeView;
    if (!shown) return;
    if (!this.details.isShowing('node', shown.id)) {
      this.nodeView = undefined;
      return;
    }
    shown.view.setExpansion(this.expansionOf(shown.id), this.actions.expanding.has(shown.id));
  }

  /** Opens a source document at an evidence span; Back returns to the edge. */
  openDocument(documentId: string, span: { start: number; end: number }, from?: EdgeDetail): void {
    this.nodeView = undefined;
    void this.details.load({ kind: 'document', id: documentId }, 'the document', (signal) => this.api.document(documentId, signal), (doc) => renderDocument(doc, {
      types: this.types,
      evidence: span,
      onMention: (entityId) => void this.bringEntity(entityId),
      onBack: from ? () => this.details.show({ kind: 'edge', id: from.id }, this.edgeView(from)) : undefined,
    }));
  }

  /** Puts an entity on the canvas (fetching it if needed) and centres it; the panel stays as it is. */
  async bringEntity(id: string): Promise<void> {
    const onCanvas = this.store.current.nodes.get(id);
    try {
      const node = onCanvas?.node ?? (await this.api.node(id)).node;
      this.remember(node);
      this.actions.add(node);
      this.status.info(`${node.name} is ${onCanvas ? 'selected' : 'now on the canvas'}.`);
    } catch (error) {
      this.status.error(`Could not show that entity: ${reasonOf(error)} ${adviceFor(error)}`);
    }
  }

  private openEdgeFrom(fromId: string, edge: EdgeDetail, other: GraphNode | undefined): void {
    const { evidence: _evidence, ...wire } = edge;
    const state = this.store.current;
    const from = state.nodes.get(fromId);
    if (other && from && !state.edges.has(edge.id)) {
      const placed = state.nodes.has(other.id) ? [] : [{ node: other as CanvasNode, position: this.graph.freeSpot({ x: from.x + 120, y: from.y }) }];
      this.store.commit(`add ${other.name}`, { ...addElements(state, placed, [wire]), selection: edge.id });
    } else {
      this.actions.select(edge.id);
    }
    this.nodeView = undefined;
    this.details.show({ kind: 'edge', id: edge.id }, this.edgeView(edge));
  }

  private edgeView(edge: EdgeDetail): HTMLElement {
    return renderEdgeDetails(edge, {
      types: this.types,
      endpoint: (id) => this.endpoint(id),
      onOpenNode: (id) => {
        this.graph.focus(id);
        this.openNode(id);
      },
      onOpenDocument: (documentId, span) => this.openDocument(documentId, span, edge),
    });
  }

  private endpoint(id: string): Endpoint {
    const node = this.known.get(id) ?? this.graph.summary(id);
    return node ? { id, name: node.name, type: node.type } : { id };
  }

  private expansionOf(id: string): Expansion | undefined {
    const exp = this.store.current.expansions.get(id);
    return exp ? { loaded: loadedCount(exp), total: totalCount(exp), hidden: remaining(exp) } : undefined;
  }
}
