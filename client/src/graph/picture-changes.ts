// What happened to the canvas since the kept picture (see reveal.ts) was drawn,
// and whether the picture still shows it. A selection or a tap's highlight only
// adds to an element's look: those elements are drawn again on top of the
// picture. Anything else (a class, data, a move, an add or remove, a new
// stylesheet) makes the picture out of date.

/** State switches that restyle an element: true = on, false = off. */
const SWITCHES: Record<string, boolean> = { select: true, activate: true, unselect: false, unactivate: false };

export class PictureChanges {
  private readonly styled = new Set<string>();
  private readonly switched = new Set<string>();
  /** Elements drawn selected or active into the picture: switching them off needs a new picture. */
  private onAtStart = new Set<string>();
  private staleBecause: string | undefined;
  /** An element moved: the renderer draws dragged elements on a layer of their own, so a kept picture would show them twice. */
  moved = false;

  /** A new picture is drawn now, with these elements selected or active. */
  start(switchedOn: Iterable<string>): void {
    this.styled.clear();
    this.switched.clear();
    this.onAtStart = new Set(switchedOn);
    this.staleBecause = undefined;
    this.moved = false;
  }

  /**
   * The picture was drawn again (at a new camera) with these elements selected or
   * active; what is drawn on top stays, as an element may have been drawn before its switch.
   */
  restart(switchedOn: Iterable<string>): void {
    this.onAtStart = new Set(switchedOn);
  }

  /** An event of `type` on the element `id` (undefined for the whole graph). */
  record(type: string, id: string | undefined): void {
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
    if (type === 'position') this.moved = true;
    this.staleBecause ??= id === undefined ? type : `${type} on ${id}`;
  }

  /** Why the picture is out of date, or undefined if it still holds (with `overlay()` drawn on top). */
  settle(): string | undefined {
    for (const id of this.styled) if (!this.switched.has(id)) this.staleBecause ??= `style on ${id}`;
    this.styled.clear();
    return this.staleBecause;
  }

  /** Elements whose selection or highlight changed since the picture was drawn. */
  overlay(): Iterable<string> {
    return this.switched;
  }
}
