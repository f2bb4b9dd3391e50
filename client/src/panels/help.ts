// The keyboard shortcuts overlay ("?"): a modal dialog listing every shortcut.
import { el } from '../dom.js';

export const SHORTCUTS: ReadonlyArray<[keys: string[], what: string]> = [
  [['/'], 'Search for an entity'],
  [['?'], 'Show or hide this help'],
  [['Ctrl', 'Z'], 'Undo'],
  [['Ctrl', 'Shift', 'Z'], 'Redo (also Ctrl+Y)'],
  [['E'], 'Expand the selected node (again for the next page)'],
  [['C'], 'Collapse what expanding the selected node added'],
  [['H'], 'Hide the selected node'],
  [['Shift', 'H'], 'Show every node hidden by hand'],
  [['P'], 'Pin or unpin the selected node'],
  [['Delete'], 'Remove the selected node'],
  [['M'], 'Open the menu of the selected node (also Shift+F10)'],
  [['L'], 'Run the layout again'],
  [['F'], 'Fit the graph in view'],
  [['Esc'], 'Close a menu or this help; clear the selection'],
];

export class HelpOverlay {
  private readonly dialog: HTMLDialogElement;

  constructor(host: HTMLElement = document.body) {
    const close = el('button', { type: 'button', class: 'button ghost dialog-close', 'aria-label': 'Close help' }, '✕');
    this.dialog = el('dialog', { class: 'help', 'aria-labelledby': 'help-title', 'data-testid': 'help-overlay' },
      el('header', { class: 'help-header' }, el('h2', { id: 'help-title' }, 'Keyboard shortcuts'), close),
      el('table', { class: 'shortcuts' }, el('tbody', {}, ...SHORTCUTS.map(([keys, what]) => el('tr', {},
        el('td', {}, ...keys.flatMap((k, i) => [i > 0 ? ' + ' : null, el('kbd', {}, k)])),
        el('td', {}, what))))),
      el('p', { class: 'muted help-mouse' },
        'Mouse: double-click a node to expand it, right-click (or long-press) for its menu, drag to move nodes; ',
        'scroll to zoom. A copied page link reopens this exact view.'));
    close.addEventListener('click', () => this.dialog.close());
    // A click on the backdrop lands on the dialog itself.
    this.dialog.addEventListener('click', (e) => { if (e.target === this.dialog) this.dialog.close(); });
    host.append(this.dialog);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  toggle(): void {
    if (this.dialog.open) this.dialog.close();
    else this.dialog.showModal();
  }
}
