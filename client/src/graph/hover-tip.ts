// A tooltip over the canvas naming the node or edge under the pointer, used on
// large views instead of a hover restyle (which would redraw every element).
// Names are document text: set as text, never as HTML.
import type { EdgeSingular, NodeSingular, Position } from 'cytoscape';

export class HoverTip {
  private readonly element: HTMLDivElement;

  constructor(container: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'canvas-tip';
    this.element.setAttribute('role', 'tooltip');
    this.element.dataset.testid = 'canvas-tip';
    this.element.hidden = true;
    (container.parentElement ?? container).appendChild(this.element);
  }

  show(target: NodeSingular | EdgeSingular, at: Position | undefined): void {
    let p: Position;
    if (target.isNode()) {
      const node = target as NodeSingular;
      this.element.textContent = `${String(node.data('name'))} · ${String(node.data('type'))}`;
      p = at ?? node.renderedPosition();
    } else {
      const edge = target as EdgeSingular;
      this.element.textContent = `${String(edge.source().data('name'))} — ${String(edge.data('label') ?? edge.data('type'))} → ${String(edge.target().data('name'))}`;
      p = at ?? edge.renderedMidpoint();
    }
    this.element.style.left = `${Math.round(p.x + 12)}px`;
    this.element.style.top = `${Math.round(p.y + 12)}px`;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
