// What happened to the canvas since the kept picture (see reveal.ts) was drawn,
// and whether the picture still shows it. A selection or a tap's highlight only
// adds to an element's look: those elements are drawn again on top of the
// picture. Anything else (a class, data, a move, an add or remove, a new
// stylesheet) makes the picture out of date, except a person dragging nodes of a
// large view: they are cleared from the picture while dragged and drawn into it
// where dropped (reveal.ts).

/** A box in model units. */
export interface Box { x1: number; y1: number; x2: number; y2: number }

/** State switches that restyle an element: true = on, false = off. */
const SWITCHES: Record<string, boolean> = { select: true, activate: true, unselect: false, unactivate: false };

/** What a dragged node filled in the picture: its own box, and its edges' where edges are not hidden during a drag. */
interface Lifted { node: Box; edges: Box[] }

export class PictureChanges {
  private readonly styled = new Set<string>();
  private readonly switched = new Set<string>();
  /** Elements drawn selected or active into the picture: switching them off needs a new picture. */
  private onAtStart = new Set<string>();
  private staleBecause: string | undefined;
  /**
   * An element moved other than by a drag or a held apply (an animation, say): the picture shows it where
   * it was, and, as it may move again in the next frame, drawing it again a slice at a time would never end.
   */
  moved = false;
  /** Nodes grabbed since the picture was drawn, with the box each filled in it (and its edges', where they stay drawn). */
  private readonly grabbed = new Map<string, Lifted>();
  /** Nodes a drag moved, with the boxes they and their edges filled in the picture: to be cleared from it. */
  private readonly lifted = new Map<string, Lifted>();
  /** Nodes cleared from the picture by a drag: to be drawn into it where they were dropped. */
  private readonly carried = new Set<string>();
  /** Elements added since the picture was drawn, in order. */
  private addedIds: string[] = [];

  /** A new picture is drawn now, with these elements selected or active. */
  start(switchedOn: Iterable<string>): void {
    this.styled.clear();
    this.switched.clear();
    this.onAtStart = new Set(switchedOn);
    this.staleBecause = undefined;
    this.moved = false;
    this.grabbed.clear();
    this.lifted.clear();
    this.carried.clear();
    this.addedIds = [];
  }

  /**
   * The picture was drawn again (at a new camera) with these elements selected or
   * active; what is drawn on top stays, as an element may have been drawn before its switch.
   */
  restart(switchedOn: Iterable<string>): void {
    this.onAtStart = new Set(switchedOn);
  }

  /** A person took hold of node `id`, drawn in the picture within `box`, its edges within `edges` (it may be dragged next). */
  grab(id: string, box: Box, edges: Box[] = []): void {
    this.grabbed.set(id, { node: box, edges });
  }

  /**
   * An event of `type` on the element `id` (undefined for the whole graph); `dragging` while a person drags
   * nodes; `held` while a change is applied with the canvas held (hold.ts): a move then is a step to a
   * new state, as a restyle is, not one frame of many.
   */
  record(type: string, id: string | undefined, dragging = false, held = false): void {
    if (type === 'position' && dragging && id !== undefined) {
      const held = this.grabbed.get(id);
      if (held) {
        this.grabbed.delete(id);
        this.lifted.set(id, held);
        return;
      }
      if (this.lifted.has(id) || this.carried.has(id)) return;
    }
    if (type in SWITCHES && id !== undefined) {
      this.switched.add(id);
      if (!SWITCHES[type] && this.onAtStart.has(id)) this.staleBecause ??= `${type} on ${id}`;
      return;
    }
    // Cytoscape restyles an element before it reports the switch that caused it: judged when drawing.
    if (type === 'style' && id !== undefined) {
      this.styled.add(id);
      return;
    }
    if (type === 'position' && !held) this.moved = true;
    if (type === 'add' && id !== undefined) this.addedIds.push(id);
    this.staleBecause ??= id === undefined ? type : `${type} on ${id}`;
  }

  /** Why the picture is out of date, or undefined if it still holds (with `overlay()` drawn on top). */
  settle(): string | undefined {
    for (const id of this.styled) if (!this.switched.has(id)) this.staleBecause ??= `style on ${id}`;
    this.styled.clear();
    return this.staleBecause;
  }

  /** True while nodes are dragged away from the picture or not yet drawn back where dropped. */
  get dragged(): boolean {
    return this.lifted.size > 0 || this.carried.size > 0;
  }

  /** The boxes to clear from the picture for the nodes (and edges) a drag moved since the last call; they are carried from now on. */
  lift(): { nodes: Box[]; edges: Box[] } {
    const nodes = [...this.lifted.values()].map((l) => l.node);
    const edges = [...this.lifted.values()].flatMap((l) => l.edges);
    for (const id of this.lifted.keys()) this.carried.add(id);
    this.lifted.clear();
    return { nodes, edges };
  }

  /** The nodes cleared from the picture by drags, to draw where they are now; forgotten after the call. */
  drop(): string[] {
    const ids = [...this.carried];
    this.carried.clear();
    return ids;
  }

  /** Elements added since the picture was drawn (some may be gone again). */
  added(): readonly string[] {
    return this.addedIds;
  }

  /** Elements whose selection or highlight changed since the picture was drawn. */
  overlay(): Iterable<string> {
    return this.switched;
  }
}
