// A small popup menu (ARIA menu pattern) with one level of submenus: opened at
// a point, navigated with arrows, Enter, Escape, ArrowRight/Left for submenus.
import { el } from '../dom.js';

export interface MenuItem {
  label: string;
  /** Shown right-aligned: a shortcut or a count. */
  hint?: string;
  disabled?: boolean;
  testId?: string;
  run?: () => void;
  submenu?: MenuItem[];
}

export class PopupMenu {
  private root: HTMLElement | undefined;
  private sub: HTMLElement | undefined;
  private restoreFocus: HTMLElement | null = null;

  constructor(private readonly host: HTMLElement = document.body) {
    document.addEventListener('mousedown', (e) => {
      if (this.root && !this.root.contains(e.target as Node) && !this.sub?.contains(e.target as Node)) this.close();
    });
    window.addEventListener('blur', () => this.close());
  }

  get isOpen(): boolean {
    return this.root !== undefined;
  }

  open(items: MenuItem[], at: { x: number; y: number }, label: string): void {
    this.close();
    this.restoreFocus = document.activeElement as HTMLElement | null;
    this.root = this.build(items, label, 'context-menu');
    this.place(this.root, at);
    this.focusItem(this.root, 0);
  }

  close(): void {
    this.closeSub();
    if (!this.root) return;
    this.root.remove();
    this.root = undefined;
    this.restoreFocus?.focus?.();
  }

  private build(items: MenuItem[], label: string, testId: string): HTMLElement {
    const menu = el('div', { class: 'menu', role: 'menu', 'aria-label': label, 'data-testid': testId, tabindex: -1 });
    for (const item of items) menu.append(this.itemElement(item, menu));
    menu.addEventListener('keydown', (e) => this.onKey(e, menu));
    this.host.append(menu);
    return menu;
  }

  private itemElement(item: MenuItem, menu: HTMLElement): HTMLElement {
    const button = el('button', {
      type: 'button', role: 'menuitem', class: 'menu-item', tabindex: -1, disabled: item.disabled,
      'aria-haspopup': item.submenu ? 'menu' : undefined, 'data-testid': item.testId,
    }, el('span', { class: 'menu-label' }, item.label), item.hint ? el('span', { class: 'menu-hint' }, item.hint) : null,
    item.submenu ? el('span', { class: 'menu-arrow', 'aria-hidden': 'true' }, '▸') : null);
    const openSub = () => { if (item.submenu) this.openSub(item, button); };
    button.addEventListener('click', () => {
      if (item.submenu) return openSub();
      this.close();
      item.run?.();
    });
    button.addEventListener('mouseenter', () => {
      button.focus();
      if (menu === this.root) {
        if (item.submenu) openSub();
        else this.closeSub();
      }
    });
    return button;
  }

  private openSub(item: MenuItem, anchor: HTMLElement): void {
    if (this.sub?.dataset.owner === item.label) return;
    this.closeSub();
    const sub = this.build(item.submenu ?? [], item.label, 'context-submenu');
    sub.dataset.owner = item.label;
    anchor.setAttribute('aria-expanded', 'true');
    const box = anchor.getBoundingClientRect();
    this.place(sub, { x: box.right - 2, y: box.top - 4 });
    this.sub = sub;
  }

  private closeSub(): void {
    this.root?.querySelectorAll('[aria-expanded="true"]').forEach((b) => b.removeAttribute('aria-expanded'));
    this.sub?.remove();
    this.sub = undefined;
  }

  private onKey(e: KeyboardEvent, menu: HTMLElement): void {
    const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])')];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (step: number) => items[(index + step + items.length) % items.length]?.focus();
    const current = items[index];
    switch (e.key) {
      case 'ArrowDown': move(1); break;
      case 'ArrowUp': move(-1); break;
      case 'Home': items[0]?.focus(); break;
      case 'End': items[items.length - 1]?.focus(); break;
      case 'ArrowRight':
        if (current?.getAttribute('aria-haspopup') && menu === this.root) {
          current.click();
          if (this.sub) this.focusItem(this.sub, 0);
        }
        break;
      case 'ArrowLeft':
      case 'Escape':
        if (menu === this.sub) {
          const owner = this.root?.querySelector<HTMLElement>('[aria-expanded="true"]');
          this.closeSub();
          owner?.focus();
        } else {
          this.close();
        }
        break;
      case 'Tab': this.close(); return;
      default: return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  private focusItem(menu: HTMLElement, index: number): void {
    menu.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')[index]?.focus();
  }

  /** Places a menu at a page point, kept inside the window. */
  private place(menu: HTMLElement, at: { x: number; y: number }): void {
    menu.style.left = '0px';
    menu.style.top = '0px';
    const { width, height } = menu.getBoundingClientRect();
    menu.style.left = `${Math.max(4, Math.min(at.x, window.innerWidth - width - 4))}px`;
    menu.style.top = `${Math.max(4, Math.min(at.y, window.innerHeight - height - 4))}px`;
  }
}
