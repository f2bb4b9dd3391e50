// Which command a key press means. Pure (takes the event's fields), so the
// table is tested directly and the help overlay lists the same keys.

export type Command =
  | 'search' | 'help' | 'undo' | 'redo' | 'expand' | 'collapse' | 'hide' | 'show-hidden'
  | 'pin' | 'remove' | 'menu' | 'relayout' | 'fit' | 'escape';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** Focus is in a text field: plain letters are typing, not commands. */
  typing: boolean;
}

export function commandFor(e: KeyPress): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    // Undo and redo in a text field belong to the field.
    if (e.typing) return null;
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  }
  if (e.key === 'Escape') return 'escape';
  if (e.typing || e.altKey) return null;
  if (e.key === 'F10' && e.shiftKey) return 'menu';
  if (e.key === 'ContextMenu') return 'menu';
  const plain: Record<string, Command> = {
    '/': 'search', '?': 'help', e: 'expand', c: 'collapse', p: 'pin', m: 'menu', l: 'relayout', f: 'fit',
    Delete: 'remove', Backspace: 'remove',
  };
  if (key === 'h') return e.shiftKey ? 'show-hidden' : 'hide';
  return plain[key] ?? null;
}
