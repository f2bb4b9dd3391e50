// The one place the view state lives. Actions commit new states (one undo step
// each); views subscribe and redraw. Imports nothing from graph/ or panels/.
import { History } from './history.js';
import { emptyState, type ViewState } from './types.js';

/** Why the state changed: views skip work they do not need (a selection change redraws no layout). */
export type ChangeKind = 'commit' | 'amend' | 'live' | 'undo' | 'redo' | 'reset';

export type Listener = (state: ViewState, kind: ChangeKind) => void;

export class Store {
  private readonly history: History<ViewState>;
  private state: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState = emptyState()) {
    this.state = initial;
    this.history = new History(initial);
  }

  get current(): ViewState {
    return this.state;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  get undoLabel(): string | undefined {
    return this.history.undoLabel;
  }

  get redoLabel(): string | undefined {
    return this.history.redoLabel;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A change the user can undo. */
  commit(label: string, next: ViewState): void {
    this.history.push(label, next);
    this.set(next, 'commit');
  }

  /** Folds a follow-up (positions after a layout) into the last step. */
  amend(next: ViewState): void {
    this.history.amend(next);
    this.set(next, 'amend');
  }

  /** A change not worth an undo step on its own (selection, a slider being dragged). */
  live(next: ViewState): void {
    this.set(next, 'live');
  }

  undo(): boolean {
    const previous = this.history.undo();
    if (previous) this.set({ ...previous, selection: this.state.selection }, 'undo');
    return previous !== undefined;
  }

  redo(): boolean {
    const next = this.history.redo();
    if (next) this.set({ ...next, selection: this.state.selection }, 'redo');
    return next !== undefined;
  }

  private set(next: ViewState, kind: ChangeKind): void {
    this.state = next;
    for (const listener of this.listeners) listener(next, kind);
  }
}
