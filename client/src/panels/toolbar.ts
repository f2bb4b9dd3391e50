// The header toolbar: undo and redo (with what they would undo), layout choice,
// re-run layout, fit, the Export menu, help and clear.
import { LAYOUT_NAMES, type LayoutName } from '../core/types.js';
import { required } from '../dom.js';
import { LAYOUTS } from '../graph/layout.js';
import { el } from '../dom.js';
import type { MenuItem, PopupMenu } from './menu.js';

export interface ToolbarActions {
  undo(): void;
  redo(): void;
  layout(name: LayoutName): void;
  relayout(): void;
  fit(): void;
  exportItems(): MenuItem[];
  help(): void;
  clear(): void;
}

export class Toolbar {
  private readonly undoButton = required<HTMLButtonElement>('#undo-button');
  private readonly redoButton = required<HTMLButtonElement>('#redo-button');
  private readonly layoutSelect = required<HTMLSelectElement>('#layout-select');

  constructor(actions: ToolbarActions, menu: PopupMenu) {
    this.layoutSelect.replaceChildren(...LAYOUTS.filter((l) => LAYOUT_NAMES.includes(l.id)).map((l) => el('option', { value: l.id }, l.label)));
    this.undoButton.addEventListener('click', () => actions.undo());
    this.redoButton.addEventListener('click', () => actions.redo());
    this.layoutSelect.addEventListener('change', () => actions.layout(this.layoutSelect.value as LayoutName));
    required('#relayout-button').addEventListener('click', () => actions.relayout());
    required('#fit-button').addEventListener('click', () => actions.fit());
    required('#help-button').addEventListener('click', () => actions.help());
    required('#clear-button').addEventListener('click', () => actions.clear());
    const exportButton = required('#export-button');
    exportButton.addEventListener('click', () => {
      const box = exportButton.getBoundingClientRect();
      menu.open(actions.exportItems(), { x: box.left, y: box.bottom + 4 }, 'Export');
    });
  }

  update(history: { canUndo: boolean; canRedo: boolean; undoLabel?: string; redoLabel?: string }, layout: LayoutName, empty: boolean): void {
    this.undoButton.disabled = !history.canUndo;
    this.redoButton.disabled = !history.canRedo;
    this.undoButton.title = history.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    this.redoButton.title = history.redoLabel ? `Redo ${history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
    this.layoutSelect.value = layout;
    for (const id of ['#relayout-button', '#fit-button', '#export-button', '#clear-button']) required<HTMLButtonElement>(id).disabled = empty;
  }
}
