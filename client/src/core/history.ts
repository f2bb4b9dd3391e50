// An undo/redo stack of immutable states. Pure: the store drives it, tests run it directly.

export interface Entry<T> {
  label: string;
  state: T;
}

export const HISTORY_DEFAULTS = {
  /** Steps kept; the oldest are dropped past this, so a day-long session stays small. */
  limit: 100,
} as const;

export class History<T> {
  private entries: Array<Entry<T>>;
  private index = 0;

  constructor(initial: T, private readonly limit: number = HISTORY_DEFAULTS.limit) {
    this.entries = [{ label: 'start', state: initial }];
  }

  get current(): Entry<T> {
    return this.entries[this.index]!;
  }

  get canUndo(): boolean {
    return this.index > 0;
  }

  get canRedo(): boolean {
    return this.index < this.entries.length - 1;
  }

  /** The label of the step undo would revert, or of the step redo would replay. */
  get undoLabel(): string | undefined {
    return this.canUndo ? this.current.label : undefined;
  }

  get redoLabel(): string | undefined {
    return this.entries[this.index + 1]?.label;
  }

  /** Records a new step; anything that was undone is dropped. */
  push(label: string, state: T): void {
    this.entries = this.entries.slice(0, this.index + 1);
    this.entries.push({ label, state });
    if (this.entries.length > this.limit) this.entries.shift();
    this.index = this.entries.length - 1;
  }

  /** Replaces the current step's state (a layout settling after the step that started it). */
  amend(state: T): void {
    this.entries[this.index] = { label: this.current.label, state };
  }

  undo(): T | undefined {
    if (!this.canUndo) return undefined;
    this.index -= 1;
    return this.current.state;
  }

  redo(): T | undefined {
    if (!this.canRedo) return undefined;
    this.index += 1;
    return this.current.state;
  }
}
